/** A language the interface speaks, named in itself so anyone can find their own. */
export interface Language {
  tag: string;
  name: string;
  dir: 'ltr' | 'rtl';
}

/** The six languages offered in the language switch. */
export const LANGUAGES: readonly Language[] = [
  { tag: 'en', name: 'English', dir: 'ltr' },
  { tag: 'fr', name: 'Français', dir: 'ltr' },
  { tag: 'es', name: 'Español', dir: 'ltr' },
  { tag: 'ru', name: 'Русский', dir: 'ltr' },
  { tag: 'ar', name: 'العربية', dir: 'rtl' },
  { tag: 'zh', name: '中文', dir: 'ltr' },
];

// Pseudo-locales made from English at build time (scripts/i18n/pseudo.ts): reachable with ?lang=
// for tests and reviewers, never offered in the switch.
const PSEUDO: readonly Language[] = [
  { tag: 'en-XA', name: 'Pseudo', dir: 'ltr' },
  { tag: 'ar-XB', name: 'Pseudo RTL', dir: 'rtl' },
];

export const FALLBACK = 'en';
const STORAGE_KEY = 'roundtable:language';

/** The supported language for a tag, matching on the base language ("fr-CA" is French, "zh-Hans-CN" Chinese). */
export function languageFor(tag: string): Language | undefined {
  const exact = [...LANGUAGES, ...PSEUDO].find((language) => language.tag.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const base = tag.toLowerCase().split('-')[0];
  return LANGUAGES.find((language) => language.tag === base);
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Remembers this device's choice across reloads; storage may be unavailable (private mode): then it is not kept. */
export function storeLanguage(tag: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, tag);
  } catch {
    // The choice still holds until the page is closed.
  }
}

/**
 * The language to start in: a `?lang=` in the address (the projector's link carries the
 * facilitator's choice there, so it never touches the console's own choice in the same browser),
 * then this device's stored choice, then the browser's preferences, then English.
 */
export function initialLanguage(search: string, preferred: readonly string[]): Language {
  const fromUrl = new URLSearchParams(search).get('lang');
  for (const tag of [fromUrl, readStored(), ...preferred]) {
    const language = tag ? languageFor(tag) : undefined;
    if (language) return language;
  }
  return LANGUAGES[0] as Language;
}
