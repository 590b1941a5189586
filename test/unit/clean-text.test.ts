import { describe, expect, it } from 'vitest';
import { cleanText } from '../../shared/protocol/clean-text.js';

describe('cleanText', () => {
  it.each([
    ['bidi override and embedding', 'a\u202Eb\u202Ac\u202Bd\u202Ce\u202Df', 'abcdef'],
    ['bidi isolates', '\u2066x\u2067y\u2068z\u2069', 'xyz'],
    ['NUL and other controls', 'a\u0000b\u0007c\u001Bd\u007Fe\u0085f', 'abcdef'],
    ['lone surrogates, high and low', 'a\uD800b\uDC00c\uDBFF', 'abc'],
    ['line breaks made LF, tabs kept', 'a\r\nb\rc\td\ne', 'a\nb\nc\td\ne'],
    ['decomposed accents composed (NFC)', 'Cafe\u0301 n\u0303', 'Caf\u00E9 \u00F1'],
  ])('removes %s', (_label, raw, kept) => {
    expect(cleanText(raw)).toBe(kept);
  });

  it.each([
    ['an emoji family (ZWJ sequence)', '👩‍👩‍👧 and 🏳️‍🌈'],
    ['a flag and a skin tone', '🇯🇵 👍🏽'],
    ['Arabic with a right-to-left mark', '\u0645\u0631\u062D\u0628\u0627\u200F 123'],
    ['Hebrew with LRM and ALM', '\u05E9\u05DC\u05D5\u05DD\u200E\u061C'],
    ['CJK and Persian with a ZWNJ', '中文 日本語 한국어 \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645'],
  ])('keeps %s as typed', (_label, text) => {
    expect(cleanText(text)).toBe(text);
  });
});
