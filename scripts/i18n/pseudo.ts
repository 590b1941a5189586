import {
  isPluralElement,
  isSelectElement,
  isTagElement,
  parse,
  TYPE,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

/** A pseudo-locale made from English, to catch text that bypasses the catalogs and layouts too tight for longer words. */
export interface PseudoLocale {
  tag: string;
  /** Transforms one run of English literal text. */
  transform: (text: string) => string;
}

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀçđéƒĝĥîĵķļɱñöƥǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖƤǪŔŠŢÛṼŴẊÝŽ'][i] ?? c,
  ]),
);

/** ~40% longer: vowels doubled, so words grow where they break lines, then padded to 140%. */
function lengthen(text: string): string {
  const doubled = text.replace(/[aeiouAEIOU]/g, (v) => v + v.toLowerCase());
  const missing = Math.ceil(text.trim().length * 0.4) - (doubled.length - text.length);
  return missing > 0 ? doubled.replace(/\S(?=\s*$)/, (last) => last + '·'.repeat(missing)) : doubled;
}

function accent(text: string): string {
  return [...lengthen(text)].map((c) => ACCENTED[c] ?? c).join('');
}

// Latin letters reversed in case and order are not enough to mirror a page; the RTL variant
// wraps each run in right-to-left marks so the browser lays the text out as it would Arabic.
const RLM = '\u200F';

/** Accented and ~40% longer, framed by ⟦ ⟧ so a test can tell catalog text from hard-coded text. */
export const EN_XA: PseudoLocale = { tag: 'en-XA', transform: (text) => accent(text) };
/** The same, laid out right to left: the page gets dir="rtl" like Arabic. */
export const AR_XB: PseudoLocale = { tag: 'ar-XB', transform: (text) => RLM + accent(text) + RLM };

function mapLiterals(elements: MessageFormatElement[], transform: (text: string) => string): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: transform(element.value) };
    if (isPluralElement(element) || isSelectElement(element)) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [
          key,
          { ...option, value: mapLiterals(option.value, transform) },
        ]),
      );
      return { ...element, options };
    }
    if (isTagElement(element)) return { ...element, children: mapLiterals(element.children, transform) };
    return element;
  });
}

/** One English message in pseudo form: literal text changed, placeholders and plural keywords kept. */
export function pseudoMessage(message: string, locale: PseudoLocale): string {
  const ast = mapLiterals(parse(message, { ignoreTag: true }), locale.transform);
  return `⟦${printAST(ast)}⟧`;
}

/** A whole catalog in pseudo form. */
export function pseudoCatalog(catalog: Record<string, string>, locale: PseudoLocale): Record<string, string> {
  return Object.fromEntries(Object.entries(catalog).map(([key, message]) => [key, pseudoMessage(message, locale)]));
}
