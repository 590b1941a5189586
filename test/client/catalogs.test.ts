import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../client/i18n/languages.js';
import { LOCALES_DIR } from '../../scripts/build/i18n-catalogs.js';
import { catalogLayout, checkCatalog, readCatalog, type Catalog } from '../../scripts/i18n/check-catalogs.js';
import { AR_XB, EN_XA, pseudoCatalog } from '../../scripts/i18n/pseudo.js';

const { areas } = catalogLayout(LOCALES_DIR);
const english = Object.fromEntries(areas.map((area) => [area, readCatalog(LOCALES_DIR, 'en', area)]));

describe('every catalog against English', () => {
  it('has a folder for each language in the switch, with one file per area and nothing else', () => {
    for (const { tag } of LANGUAGES) {
      const files = readdirSync(join(LOCALES_DIR, tag)).sort();
      expect(files, tag).toEqual(areas.map((area) => `${area}.json`).sort());
    }
  });

  for (const { tag } of LANGUAGES.filter((language) => language.tag !== 'en')) {
    it(`${tag}: same keys, valid ICU, same placeholders, the language's plural forms`, () => {
      const problems = areas.flatMap((area) =>
        checkCatalog(tag, readCatalog(LOCALES_DIR, tag, area), english[area] as Catalog),
      );
      expect(problems).toEqual([]);
    });
  }

  it('English itself parses and has one and other in every plural', () => {
    const problems = areas.flatMap((area) => checkCatalog('en', english[area] as Catalog, english[area] as Catalog));
    expect(problems).toEqual([]);
  });

  it('catches a missing key, an extra key, a renamed or retyped placeholder and a missing plural form', () => {
    const source: Catalog = {
      a: 'Hello {name}',
      b: '{count, plural, one {{count, number} idea} other {{count, number} ideas}}',
      c: 'Step {step, number}',
    };
    const broken: Catalog = {
      a: 'Bonjour {nom}',
      b: '{count, plural, one {{count, number} идея} other {{count, number} идей}}',
      d: 'extra',
    };
    const problems = checkCatalog('ru', broken, source).join('\n');
    expect(problems).toContain('ru c: missing');
    expect(problems).toContain('ru d: not in English');
    expect(problems).toContain('ru a: placeholders {nom:text} instead of English {name:text}');
    expect(problems).toContain('ru b: plural lacks few, many');
    expect(checkCatalog('fr', { c: 'Étape {step}' }, { c: source.c as string }).join()).toContain('step:text');
    expect(checkCatalog('fr', { c: 'Étape {step, number' }, { c: source.c as string }).join()).toContain(
      'not valid ICU',
    );
  });
});

describe('the pseudo-locales', () => {
  it('keep every placeholder and plural form, accent every letter, and run ~40% longer', () => {
    for (const locale of [EN_XA, AR_XB]) {
      let english = 0;
      let pseudo = 0;
      for (const area of areas) {
        const source = english_(area);
        const made = pseudoCatalog(source, locale);
        expect(checkCatalog(locale.tag, made, source), `${locale.tag} ${area}`).toEqual([]);
        english += Object.values(source).join('').length;
        pseudo += Object.values(made).join('').length;
      }
      expect(pseudo / english).toBeGreaterThan(1.3);
    }
    const sample = pseudoCatalog({ k: 'Join {code}: {count, plural, one {# idea} other {# ideas}}' }, EN_XA).k ?? '';
    expect(sample).toMatch(/^⟦Ĵöö/);
    expect(sample).toContain('{code}');
    expect(sample.replace(/\{[^{}]*\}|one|other|plural|count/g, '')).not.toMatch(/[a-zA-Z]/);
  });

  it('are written for the build, not committed', () => {
    expect(existsSync(join(LOCALES_DIR, 'en-XA', 'common.json'))).toBe(true);
  });
});

function english_(area: string): Catalog {
  return english[area] as Catalog;
}
