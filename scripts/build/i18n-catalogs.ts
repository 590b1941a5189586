import { parse } from '@formatjs/icu-messageformat-parser';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { AR_XB, EN_XA, pseudoCatalog } from '../i18n/pseudo.js';

export const LOCALES_DIR = resolve('client/i18n/locales');
const PSEUDO = [EN_XA, AR_XB];
const CATALOG = /[\\/]client[\\/]i18n[\\/]locales[\\/][^\\/]+[\\/][^\\/]+\.json$/;

/** Writes the pseudo-locales (client/i18n/locales/en-XA, ar-XB; not committed) from the English catalogs. */
export function writePseudoLocales(): void {
  const english = join(LOCALES_DIR, 'en');
  for (const locale of PSEUDO) {
    const dir = join(LOCALES_DIR, locale.tag);
    mkdirSync(dir, { recursive: true });
    for (const file of readdirSync(english).filter((name) => name.endsWith('.json'))) {
      const catalog = JSON.parse(readFileSync(join(english, file), 'utf8')) as Record<string, string>;
      writeFileSync(join(dir, file), `${JSON.stringify(pseudoCatalog(catalog, locale), null, 2)}\n`);
    }
  }
}

/**
 * The catalogs as the client uses them. In a build each ICU message is parsed here into its syntax
 * tree, and the bundle takes intl-messageformat without the parser (formatjs' no-parser entry),
 * which keeps about 7 kB brotli off the phone's path. Development and tests parse at run time.
 */
export function i18nCatalogs(): Plugin {
  let building = false;
  return {
    name: 'roundtable-i18n-catalogs',
    enforce: 'pre',
    config(_config, { command }) {
      building = command === 'build';
      if (!building) return undefined;
      const noParser = resolve('node_modules/@formatjs/icu-messageformat-parser/no-parser.js');
      return { resolve: { alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: noParser }] } };
    },
    configResolved() {
      writePseudoLocales();
    },
    load(id) {
      if (!building || !CATALOG.test(id)) return null;
      const catalog = JSON.parse(readFileSync(id, 'utf8')) as Record<string, string>;
      // Plain text (most messages) stays a string: smaller than its one-literal tree, and shown as is.
      const compiled = Object.fromEntries(
        Object.entries(catalog).map(([key, message]) => [
          key,
          /[{}']/.test(message) ? parse(message, { ignoreTag: true }) : message,
        ]),
      );
      return JSON.stringify(compiled);
    },
  };
}
