import { IntlMessageFormat } from 'intl-messageformat';
import ar from './locales/ar.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import es from './locales/es.json' with { type: 'json' };
import fr from './locales/fr.json' with { type: 'json' };
import ru from './locales/ru.json' with { type: 'json' };
import zh from './locales/zh.json' with { type: 'json' };
import type { ExportLanguage } from './export-language.js';

/** Every message of the reports, by key; English is the reference catalog. */
export type MessageKey = keyof typeof en;
type Catalog = Record<MessageKey, string>;

/** One ICU MessageFormat catalog per language, read by translators' tools as plain JSON. */
export const CATALOGS: Record<ExportLanguage, Catalog> = { en, fr, es, ru, ar, zh };

/** Intl locale of each language: Simplified Chinese is zh-Hans. */
const LOCALES: Record<ExportLanguage, string> = { en: 'en', fr: 'fr', es: 'es', ru: 'ru', ar: 'ar', zh: 'zh-Hans' };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The report's words, numbers and dates in one language. */
export interface Translator {
  language: ExportLanguage;
  locale: string;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** A number with at most (and, when `fixed`, exactly) this many decimals. */
  number(value: number, decimals?: number, fixed?: boolean): string;
  /** An ISO timestamp's calendar date in UTC, written the locale's way. */
  date(iso: string): string;
  /** An ISO timestamp to the minute, in UTC. */
  minute(iso: string): string;
  /** A YYYY-MM-DD date typed by the facilitator, in the locale's way; anything else as typed. */
  typedDate(text: string): string;
}

const cache = new Map<ExportLanguage, Translator>();

function makeTranslator(language: ExportLanguage): Translator {
  const locale = LOCALES[language];
  const formats = new Map<MessageKey, IntlMessageFormat>();
  const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const minuteFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const t: Translator['t'] = (key, values) => {
    let format = formats.get(key);
    if (!format) {
      format = new IntlMessageFormat(CATALOGS[language][key], locale);
      formats.set(key, format);
    }
    return String(format.format(values));
  };
  return {
    language,
    locale,
    t,
    number: (value, decimals = 0, fixed = false) =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: fixed ? decimals : 0,
        maximumFractionDigits: decimals,
      }).format(value),
    date: (iso) => dayFormat.format(new Date(iso)),
    minute: (iso) => t('value.time', { time: minuteFormat.format(new Date(iso)) }),
    typedDate: (text) => {
      const match = DATE.exec(text);
      if (!match) return text;
      const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      return Number.isNaN(date.getTime()) ? text : dayFormat.format(date);
    },
  };
}

/** The translator of a language, made once per process. */
export function translatorFor(language: ExportLanguage): Translator {
  let translator = cache.get(language);
  if (!translator) {
    translator = makeTranslator(language);
    cache.set(language, translator);
  }
  return translator;
}
