import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import a11y from './locales/en/a11y.json';
import alliance from './locales/en/alliance.json';
import common from './locales/en/common.json';
import landing from './locales/en/landing.json';
import participant from './locales/en/participant.json';
import type display from './locales/en/display.json';
import type facilitator from './locales/en/facilitator.json';
import type goals from './locales/en/goals.json';
import type setup from './locales/en/setup.json';
import type tables from './locales/en/tables.json';
import type prework from './locales/en/prework.json';

/** Areas a phone (and the landing page) uses: English ones ship with the app itself. */
export const PHONE_AREAS = ['common', 'landing', 'participant', 'alliance', 'a11y'] as const;
/** Areas only the console and the projector use, loaded with those screens, never by phones. */
export const CONSOLE_AREAS = ['display', 'facilitator', 'goals', 'tables', 'prework'] as const;
/** Parallel tables: the console's overview, the projector's board, a table host's and a table's screens. */
export const TABLE_AREAS = ['tables'] as const;
/** Pre-work and ratification: the representative's form, and phones once a session has a rule. */
export const PREWORK_AREAS = ['prework'] as const;
/** The start page's set-up forms, loaded with that page: phones joining by link never need them. */
export const SETUP_AREAS = ['setup'] as const;
export type Area = (typeof PHONE_AREAS)[number] | (typeof CONSOLE_AREAS)[number] | (typeof SETUP_AREAS)[number];

/** Every key the interface uses, from the English reference catalogs. */
export type MessageKey =
  | keyof typeof common
  | keyof typeof landing
  | keyof typeof participant
  | keyof typeof alliance
  | keyof typeof a11y
  | keyof typeof display
  | keyof typeof facilitator
  | keyof typeof goals
  | keyof typeof setup
  | keyof typeof tables
  | keyof typeof prework;

/** An ICU message: its text in development and tests, its syntax tree in a build (scripts/build/i18n-catalogs.ts). */
export type CompiledMessage = string | MessageFormatElement[];
export type Messages = Record<string, CompiledMessage>;

export const ENGLISH_PHONE: Messages = { ...common, ...landing, ...participant, ...alliance, ...a11y };

// One lazy chunk per language and area; English phone areas are already in the entry.
const loaders = import.meta.glob<Messages>(
  [
    './locales/*/*.json',
    '!./locales/en/common.json',
    '!./locales/en/landing.json',
    '!./locales/en/participant.json',
    '!./locales/en/alliance.json',
    '!./locales/en/a11y.json',
  ],
  { import: 'default' },
);

/** Loads one language's messages for one area; undefined when that language has no such file. */
export async function loadArea(locale: string, area: Area): Promise<Messages | undefined> {
  if (locale === 'en' && (PHONE_AREAS as readonly string[]).includes(area)) return ENGLISH_PHONE;
  const load = loaders[`./locales/${locale}/${area}.json`];
  return load ? await load() : undefined;
}
