import { IntlMessageFormat } from 'intl-messageformat';
import { useMemo } from 'react';
import { create } from 'zustand';
import {
  CONSOLE_AREAS,
  ENGLISH_PHONE,
  loadArea,
  PHONE_AREAS,
  type Area,
  type CompiledMessage,
  type MessageKey,
  type Messages,
} from './catalogs.js';
import { FALLBACK, languageFor, storeLanguage, type Language } from './languages.js';

export type { MessageKey } from './catalogs.js';
/** Values for a message's placeholders: numbers are formatted the locale's way by the message itself. */
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

// Each language's messages loaded so far, and the areas this page shows: a phone needs only its
// own, and the console and projector add theirs as they load, so phones never download them.
const catalogs: Record<string, Messages> = { [FALLBACK]: { ...ENGLISH_PHONE } };
const areasInUse = new Set<Area>(PHONE_AREAS);
const loaded = new Set<string>(PHONE_AREAS.map((area) => `${FALLBACK}/${area}`));
const formats = new Map<string, IntlMessageFormat>();

interface LocaleState {
  locale: string;
  dir: 'ltr' | 'rtl';
  /** Goes up when messages arrive, so screens translated before then render again. */
  revision: number;
}
const useLocaleStore = create<LocaleState>(() => ({ locale: FALLBACK, dir: 'ltr', revision: 0 }));

async function loadAreas(locale: string, areas: Iterable<Area>): Promise<void> {
  const missing = [...areas].filter((area) => !loaded.has(`${locale}/${area}`));
  const results = await Promise.all(missing.map((area) => loadArea(locale, area)));
  results.forEach((messages, i) => {
    if (!messages) return;
    catalogs[locale] = { ...catalogs[locale], ...messages };
    loaded.add(`${locale}/${missing[i]}`);
  });
  if (missing.length > 0) useLocaleStore.setState((state) => ({ revision: state.revision + 1 }));
}

function formatterFor(locale: string, key: string, message: CompiledMessage): IntlMessageFormat {
  const id = `${locale}\u0000${key}`;
  let format = formats.get(id);
  if (!format) formats.set(id, (format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true })));
  return format;
}

/** Translates with an explicit locale; falls back to English for a key a catalog lacks. */
export function translate(locale: string, key: MessageKey, params?: MessageParams): string {
  const own = catalogs[locale]?.[key];
  const [lang, message] = own === undefined ? [FALLBACK, catalogs[FALLBACK]?.[key]] : [locale, own];
  // A key no catalog has (a phase added on the server before the client knew it) shows as itself, never crashes.
  if (message === undefined) return String(key);
  // Plain text needs no formatting (and in a build, no parser): see scripts/build/i18n-catalogs.ts.
  if (typeof message === 'string' && !/[{}']/.test(message)) return message;
  try {
    return String(formatterFor(lang, key, message).format(params));
  } catch {
    // A catalog whose placeholder does not match what the screen passes: show the key, not a blank screen.
    return String(key);
  }
}

/** Translates in the current locale, for code outside React components. */
export const t: Translate = (key, params) => translate(useLocaleStore.getState().locale, key, params);

/** A refusal's code in words; a code this client does not know yet reads as a generic failure. */
export function errorText(code: string): string {
  const key = `error.${code}`;
  return key in ENGLISH_PHONE ? t(key as MessageKey) : t('error.INTERNAL');
}

/** The translator for the current locale; components re-render when the locale or its messages change. */
export function useT(): Translate {
  const locale = useLocaleStore((state) => state.locale);
  const revision = useLocaleStore((state) => state.revision);
  return useMemo<Translate>(() => {
    void revision;
    return (key, params) => translate(locale, key, params);
  }, [locale, revision]);
}

export function currentLocale(): string {
  return useLocaleStore.getState().locale;
}

export function useLocale(): string {
  return useLocaleStore((state) => state.locale);
}

function applyToDocument(language: Language): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language.tag;
  document.documentElement.dir = language.dir;
}

/**
 * Switches language once its messages for this page's areas are here, and tells the browser and
 * assistive technology the page's language and direction.
 */
export async function setLocale(tag: string, options: { remember?: boolean } = {}): Promise<void> {
  const language = languageFor(tag) ?? (languageFor(FALLBACK) as Language);
  await loadAreas(language.tag, areasInUse);
  if (options.remember) storeLanguage(language.tag);
  useLocaleStore.setState({ locale: language.tag, dir: language.dir });
  applyToDocument(language);
}

/** Loads a lazy screen's messages, in English and in the current language, before that screen shows. */
export async function loadScreenAreas(areas: readonly Area[]): Promise<void> {
  areas.forEach((area) => areasInUse.add(area));
  await Promise.all([loadAreas(FALLBACK, areas), loadAreas(currentLocale(), areas)]);
}

/** The console's and projector's messages. */
export const loadConsoleAreas = (): Promise<void> => loadScreenAreas(CONSOLE_AREAS);

/** Loads another language's messages for the given areas, e.g. to preview them in a test. */
export async function loadLocale(tag: string, areas: readonly Area[]): Promise<void> {
  await loadAreas(tag, areas);
}
