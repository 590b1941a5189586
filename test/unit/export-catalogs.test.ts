import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { EXPORT_LANGUAGES } from '../../server/export/export-language.js';
import { CATALOGS, type MessageKey, translatorFor } from '../../server/export/translator.js';

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };

/** The placeholder names a message uses, plural and select arguments included, recursively. */
function placeholders(elements: Element[]): string[] {
  return elements.flatMap((element) => [
    // Types 1..6 are argument, number, date, time, select and plural; their value is the name.
    ...(element.type >= 1 && element.type <= 6 && element.value !== undefined ? [element.value] : []),
    ...Object.values(element.options ?? {}).flatMap((option) => placeholders(option.value)),
  ]);
}

function namesIn(message: string, locale: string): string[] {
  const format = new IntlMessageFormat(message, locale);
  return [...new Set(placeholders(format.getAst() as Element[]))].sort();
}

const english = CATALOGS.en;
const keys = Object.keys(english).sort();

describe('export catalogs', () => {
  it.each(EXPORT_LANGUAGES)('%s has exactly the keys of English', (language) => {
    expect(Object.keys(CATALOGS[language]).sort()).toEqual(keys);
  });

  it.each(EXPORT_LANGUAGES)('%s parses as ICU MessageFormat with the placeholders of English', (language) => {
    for (const key of keys as MessageKey[]) {
      const message = CATALOGS[language][key];
      expect(message, `${language} ${key}`).not.toBe('');
      expect(namesIn(message, language), `${language} ${key}`).toEqual(namesIn(english[key], 'en'));
    }
  });

  it.each(EXPORT_LANGUAGES.filter((language) => language !== 'en'))('%s is translated, not copied', (language) => {
    // Headings and labels, at least, differ from English in every other language.
    const same = (keys as MessageKey[]).filter(
      (key) => /^(heading|fact|field|table)\./.test(key) && CATALOGS[language][key] === english[key],
    );
    expect(same.filter((key) => !['fact.vote', 'table.points', 'table.idea', 'fact.date'].includes(key))).toEqual([]);
  });

  it('fails on a broken placeholder or a missing key, as a translator might make them', () => {
    expect(namesIn('{count, plural, one {# idée} other {# idées}}', 'fr')).toEqual(['count']);
    expect(namesIn('{cuont, plural, one {# idée} other {# idées}}', 'fr')).not.toEqual(['count']);
    expect(() => new IntlMessageFormat('{count, plural, one {# idée}', 'fr')).toThrow();
  });

  it('uses the plural forms of each language', () => {
    const people = (language: (typeof EXPORT_LANGUAGES)[number], participants: number) =>
      translatorFor(language).t('participants.people', { participants });
    expect([1, 2, 5, 21].map((n) => people('ru', n))).toEqual([
      '1 участник',
      '2 участника',
      '5 участников',
      '21 участник',
    ]);
    expect([0, 1, 2, 3, 11, 100].map((n) => people('ar', n))).toEqual([
      'لا مشاركين',
      'مشارك واحد',
      'مشاركان',
      '3 مشاركين',
      '11 مشاركًا',
      '100 مشارك',
    ]);
    expect(people('en', 1)).toBe('1 participant');
  });

  it('writes numbers and dates the way each locale does', () => {
    expect(translatorFor('fr').number(11.75, 1)).toBe('11,8');
    expect(translatorFor('en').number(11.75, 1)).toBe('11.8');
    expect(translatorFor('fr').date('2026-11-21T09:30:00.000Z')).toBe('21 novembre 2026');
    expect(translatorFor('zh').date('2026-11-21T09:30:00.000Z')).toBe('2026年11月21日');
    expect(translatorFor('es').typedDate('2027-12-31')).toBe('31 de diciembre de 2027');
    expect(translatorFor('es').typedDate('end of 2027')).toBe('end of 2027');
  });
});
