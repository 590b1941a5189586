import { IntlMessageFormat } from 'intl-messageformat';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const LOCALES = resolve('client/i18n/locales');

function catalogOf(lang: string): Record<string, string> {
  const dir = join(LOCALES, lang);
  return Object.assign(
    {},
    ...readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>),
  );
}

/** The words a person sees in `lang`, from the app's own catalogs: tests select by them, as a reader of that language would. */
export function translator(lang: string): (key: string, params?: Record<string, string | number>) => string {
  const catalog = catalogOf(lang);
  return (key, params) => {
    const message = catalog[key];
    if (message === undefined) throw new Error(`${lang} has no message ${key}`);
    return String(new IntlMessageFormat(message, lang, undefined, { ignoreTag: true }).format(params));
  };
}

/** The document's language and direction, as the browser and assistive technology see them. */
export async function expectDocumentIn(page: Page, lang: string, dir: 'ltr' | 'rtl'): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
  expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);
}
