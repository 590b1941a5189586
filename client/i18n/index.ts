import { useMemo } from 'react';
import { create } from 'zustand';
import type { en } from './en/index.js';
import { enPhone } from './en/phone.js';
import { formatMessage } from './format.js';
import type { Message, MessageParams } from './types.js';

export type MessageKey = keyof typeof en;
/** A language's full set of messages: a new language must translate every key. */
export type Catalog = Record<MessageKey, Message>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

// Each language's messages loaded so far: a phone gets only its screens' messages, and the console
// and projector add theirs as they load (addMessages), so phones never download them.
const catalogs: Record<string, Partial<Catalog>> = { en: enPhone };
const FALLBACK = 'en';

/** Adds messages to a language, for screens loaded on demand with their own part of the catalog. */
export function addMessages(locale: string, messages: Partial<Catalog>): void {
  catalogs[locale] = { ...catalogs[locale], ...messages };
}

/** The best supported language for the browser's preferences. */
function preferredLocale(): string {
  const wanted = typeof navigator === 'undefined' ? [] : navigator.languages;
  for (const tag of wanted) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (base in catalogs) return base;
  }
  return FALLBACK;
}

const useLocaleStore = create<{ locale: string }>(() => ({ locale: preferredLocale() }));

/** Translates with an explicit locale; falls back to English for a key a catalog lacks. */
export function translate(locale: string, key: MessageKey, params?: MessageParams): string {
  const message: Message | undefined = catalogs[locale]?.[key] ?? catalogs[FALLBACK]?.[key];
  // A key no catalog has (a phase added on the server before the client knew it) shows as itself, never crashes.
  return message === undefined ? String(key) : formatMessage(locale, message, params);
}

/** Translates in the current locale, for code outside React components. */
export const t: Translate = (key, params) => translate(useLocaleStore.getState().locale, key, params);

/** A refusal's code in words; a code this client does not know yet reads as a generic failure. */
export function errorText(code: string): string {
  const key = `error.${code}`;
  return key in enPhone ? t(key as MessageKey) : t('error.INTERNAL');
}

/** The translator for the current locale; components re-render when the locale changes. */
export function useT(): Translate {
  const locale = useLocaleStore((state) => state.locale);
  return useMemo<Translate>(() => (key, params) => translate(locale, key, params), [locale]);
}

export function currentLocale(): string {
  return useLocaleStore.getState().locale;
}

export function useLocale(): string {
  return useLocaleStore((state) => state.locale);
}

/** Switches language and tells assistive technology which language the page is in. */
export function setLocale(locale: string): void {
  const next = locale in catalogs ? locale : FALLBACK;
  useLocaleStore.setState({ locale: next });
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

export function supportedLocales(): string[] {
  return Object.keys(catalogs);
}
