/**
 * What is taken out of every text a person sends, before any length check:
 * - lone surrogates (half of an emoji, or garbage): not text, and not valid UTF-8 on disk;
 * - control characters but tab and line breaks (NUL first of all); CR LF and CR become LF;
 * - bidi embeddings and overrides (U+202A-U+202E) and isolates (U+2066-U+2069). Isolates are
 *   the "safe" controls, but they still reorder whole words on screen (the Trojan Source attacks
 *   use them too), no keyboard types them, and an unclosed one spills into the next cell of a
 *   CSV or Markdown export. Right-to-left text lays itself out without them; the marks (LRM,
 *   RLM, ALM) that Arabic and Hebrew keyboards do type are kept.
 * Everything else the person wrote stays: emoji and their ZWJ sequences, Arabic, CJK, accents
 * (composed to NFC, so the same word is stored and compared one way).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

/** A person's text made safe to store, show and export, with nothing of theirs lost but controls. */
export function cleanText(raw: string): string {
  return raw
    .replace(LONE_SURROGATE, '')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(BIDI_CONTROL, '')
    .normalize('NFC');
}
