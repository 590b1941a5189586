import {
  isArgumentElement,
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  parse,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Catalog = Record<string, string>;

/**
 * Plural forms each language must write in every plural message (CLDR's categories; French and
 * Spanish "many" only applies to millions, so their "other" covers it).
 */
export const REQUIRED_PLURAL_FORMS: Record<string, readonly string[]> = {
  en: ['one', 'other'],
  fr: ['one', 'other'],
  es: ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
  zh: ['other'],
};

function kindOf(element: MessageFormatElement): string | null {
  if (isArgumentElement(element)) return 'text';
  if (isNumberElement(element)) return 'number';
  if (isDateElement(element)) return 'date';
  if (isTimeElement(element)) return 'time';
  if (isPluralElement(element)) return 'plural';
  if (isSelectElement(element)) return 'select';
  return null;
}

/** Every placeholder of a message as "name:kind", looking inside plural and select branches. */
export function placeholdersOf(elements: MessageFormatElement[]): Set<string> {
  const found = new Set<string>();
  const visit = (list: MessageFormatElement[]) => {
    for (const element of list) {
      const kind = kindOf(element);
      if (kind && 'value' in element) found.add(`${String(element.value)}:${kind}`);
      if (isPluralElement(element) || isSelectElement(element)) {
        Object.values(element.options).forEach((option) => visit(option.value));
      }
      if (isTagElement(element)) visit(element.children);
    }
  };
  visit(elements);
  return found;
}

function pluralForms(elements: MessageFormatElement[]): string[][] {
  return elements.filter(isPluralElement).map((element) => Object.keys(element.options));
}

function checkMessage(locale: string, key: string, message: string, english: string): string[] {
  let ast: MessageFormatElement[];
  try {
    ast = parse(message, { ignoreTag: true });
  } catch (error) {
    return [`${locale} ${key}: not valid ICU MessageFormat (${(error as Error).message})`];
  }
  const problems: string[] = [];
  const want = [...placeholdersOf(parse(english, { ignoreTag: true }))].sort().join(', ');
  const got = [...placeholdersOf(ast)].sort().join(', ');
  if (want !== got) problems.push(`${locale} ${key}: placeholders {${got}} instead of English {${want}}`);
  const required = REQUIRED_PLURAL_FORMS[locale] ?? ['other'];
  for (const forms of pluralForms(ast)) {
    const missing = required.filter((form) => !forms.includes(form) && !(form === 'zero' && forms.includes('=0')));
    if (missing.length > 0) problems.push(`${locale} ${key}: plural lacks ${missing.join(', ')}`);
  }
  return problems;
}

/** Everything wrong with one language's catalog for one area, compared with English: keys, syntax, placeholders, plural forms. */
export function checkCatalog(locale: string, catalog: Catalog, english: Catalog): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(english)) if (!(key in catalog)) problems.push(`${locale} ${key}: missing`);
  for (const [key, message] of Object.entries(catalog)) {
    const source = english[key];
    if (source === undefined) problems.push(`${locale} ${key}: not in English (extra key)`);
    else problems.push(...checkMessage(locale, key, message, source));
  }
  return problems;
}

/** Reads client/i18n/locales/<locale>/<area>.json. */
export function readCatalog(dir: string, locale: string, area: string): Catalog {
  return JSON.parse(readFileSync(join(dir, locale, `${area}.json`), 'utf8')) as Catalog;
}

/** The areas English has, and the languages that have a folder. */
export function catalogLayout(dir: string): { areas: string[]; locales: string[] } {
  const areas = readdirSync(join(dir, 'en'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length));
  const locales = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return { areas, locales };
}
