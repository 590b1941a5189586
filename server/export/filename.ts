import type { ExportModel } from './export-types.js';
import type { ExportFormatName } from './formats.js';

const LONGEST_TITLE_PART = 60;

/**
 * The title as a file name part: letters and digits of any script joined by dashes. Everything
 * else (separators, quotes, wildcards, control and bidi characters, emoji) becomes a dash, so no
 * file system or download dialog sees anything odd.
 */
function titlePart(title: string, asciiOnly: boolean): string {
  const letters = asciiOnly
    ? title
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[^A-Za-z0-9]+/g, ' ')
        .toLowerCase()
    : title.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ');
  const words = letters.trim().split(' ').filter(Boolean);
  let part = '';
  for (const word of words) {
    const next = part === '' ? word : `${part}-${word}`;
    if (Array.from(next).length > LONGEST_TITLE_PART) break;
    part = next;
  }
  // A first word longer than the limit is cut rather than dropped.
  return part === '' && words[0] ? Array.from(words[0]).slice(0, LONGEST_TITLE_PART).join('') : part;
}

function fileName(model: ExportModel, format: ExportFormatName, title: string): string {
  const date = model.session.createdAt.slice(0, 10);
  return ['roundtable', title, model.session.code, date].filter(Boolean).join('-') + `.${format}`;
}

/** RFC 8187 percent-encoding: everything outside attr-char is escaped. */
function encodeExtValue(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A Content-Disposition header for the download: an ASCII name every client accepts, and the
 * name with the title in its own script for those that read filename* (RFC 6266).
 */
export function contentDisposition(model: ExportModel, format: ExportFormatName): string {
  const ascii = fileName(model, format, titlePart(model.session.title, true));
  const unicode = fileName(model, format, titlePart(model.session.title, false));
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(unicode)}`;
}
