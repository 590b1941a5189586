import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes PDF bytes to a fresh temporary file and returns its path, for poppler to read. */
export function pdfFile(bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'roundtable-pdf-')), 'report.pdf');
  writeFileSync(path, bytes);
  return path;
}

/**
 * The PDF's text as poppler's pdftotext reads it, UTF-8: in reading order, or with `raw` in the
 * order it was drawn (which keeps a paragraph whole when mixed fonts give its lines uneven
 * spacing, but lists right-to-left words in visual order).
 */
export function pdfText(path: string, raw = false): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...(raw ? ['-raw'] : []), path, '-'], { encoding: 'utf8' });
}

/** pdfinfo's fields, such as Pages and Title. */
export function pdfInfo(path: string): Record<string, string> {
  const output = execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' });
  return Object.fromEntries(
    output
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1] ?? '', match[2] ?? '']),
  );
}

const BIDI_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Runs of Arabic lam and alef letters, which the font joins into lam-alef ligature glyphs. */
const LAM_ALEF_RUN = /[\u0644\u0622\u0623\u0625\u0627]{2,}/g;

/**
 * Text reduced to what layout cannot change: no whitespace (lines wrap anywhere in CJK, and
 * between words elsewhere), no bidi marks (pdftotext adds them around right-to-left runs), and
 * the letters of each lam/alef run in one order, because pdftotext writes the two letters of a
 * lam-alef ligature glyph reversed in right-to-left lines. Applied to both sides of a comparison.
 */
export function comparable(text: string): string {
  return text
    .replace(BIDI_MARKS, '')
    .replace(/\s+/g, '')
    .replace(LAM_ALEF_RUN, (run) => [...run].sort().join(''));
}
