import { Font } from '@react-pdf/renderer';
import { createRequire } from 'node:module';
import { registerEmojiImages } from './pdf-emoji.js';

const resolveFile = createRequire(import.meta.url).resolve;

/**
 * DejaVu Sans: Latin with accents, Greek, Cyrillic, Hebrew and Arabic. Its Arabic joins
 * correctly under react-pdf; Noto Sans Arabic, tried too, lost the first letter of right-aligned lines.
 */
const WESTERN = 'Roundtable Sans';
/** Noto Sans JP: Japanese forms of the Han characters, kana. */
const JAPANESE = 'Roundtable JP';
/** Noto Sans SC: simplified Chinese (Noto Sans JP lacks many simplified characters, e.g. 们 这 发). */
const CHINESE = 'Roundtable SC';

let registered = false;

/**
 * Registers the report's fonts and emoji pictures with react-pdf once per process. They are
 * read from npm packages, located through Node's module resolution from this file, so a bundled
 * server finds them as long as node_modules ships beside it.
 */
export function registerReportFonts(): void {
  if (registered) return;
  Font.register({
    family: WESTERN,
    fonts: [
      { src: resolveFile('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), fontWeight: 400 },
      { src: resolveFile('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'), fontWeight: 700 },
    ],
  });
  Font.register({
    family: JAPANESE,
    fonts: [
      { src: resolveFile('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'), fontWeight: 400 },
      { src: resolveFile('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'), fontWeight: 700 },
    ],
  });
  Font.register({
    family: CHINESE,
    fonts: [
      { src: resolveFile('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'), fontWeight: 400 },
      { src: resolveFile('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'), fontWeight: 700 },
    ],
  });
  // The report's own wording breaks like participants' text: no English hyphenation rules.
  Font.registerHyphenationCallback(breakPoints);
  registerEmojiImages();
  registered = true;
}

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * The font fallback list for a piece of text. react-pdf takes, per character, the first font
 * that has it. Han characters are shared by Chinese and Japanese but drawn differently, so text
 * with kana (Japanese) prefers the Japanese font and any other Han text the Chinese one.
 */
export function fontFamiliesFor(text: string): string[] {
  return KANA.test(text) ? [WESTERN, JAPANESE, CHINESE] : [WESTERN, CHINESE, JAPANESE];
}

/** The fallback list for the report's own wording, in any of its languages. */
export const REPORT_FONTS = [WESTERN, CHINESE, JAPANESE];

const FIRST_LETTER = /\p{L}/u;
const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}]/u;

/** Paragraph direction by the first strong character, as HTML's dir="auto" decides it. */
export function directionOf(text: string): 'ltr' | 'rtl' {
  const first = FIRST_LETTER.exec(text)?.[0];
  return first !== undefined && RIGHT_TO_LEFT.test(first) ? 'rtl' : 'ltr';
}

/** Scripts written without spaces between words, where a line may break between any two characters. */
const BREAK_ANYWHERE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u;
/** Longer words (URLs, long compounds) may break anywhere rather than overflow a table cell. */
const LONGEST_UNBROKEN_WORD = 30;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Where react-pdf may break a word. Western words are never hyphenated: English hyphenation
 * rules would mangle other languages, and a hyphen would change the text people read back.
 * CJK text and over-long words break between characters with an empty piece in between, which
 * react-pdf lays out as a zero-width space, so no hyphen is drawn.
 */
export function breakPoints(word: string): string[] {
  const pieces = Array.from(graphemes.segment(word), (part) => part.segment);
  if (!BREAK_ANYWHERE.test(word) && pieces.length <= LONGEST_UNBROKEN_WORD) return [word];
  return pieces.flatMap((piece) => [piece, '']).slice(0, -1);
}
