import type { ExportModel } from './export-types.js';
import type { ExportFormatName } from './formats.js';

const LONGEST_TITLE_PART = 60;
/** Characters no file system or download dialog should see in a name: controls, separators, wildcards. */
const UNSAFE_IN_FILENAME = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\\/:*?"<>|]/gu;

/** The title as a readable file name part in any script: unsafe characters gone, spaces as dashes. */
function titlePart(title: string, keep: (text: string) => string): string {
  const cleaned = keep(title.replace(UNSAFE_IN_FILENAME, ' '))
    .trim()
    .replace(/[\s.]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return Array.from(cleaned).slice(0, LONGEST_TITLE_PART).join('').replace(/-$/, '');
}

/** Latin letters without their accents and digits only, for clients that ignore filename*. */
function asciiOnly(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, ' ');
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
  const ascii = fileName(model, format, titlePart(model.session.title, asciiOnly).toLowerCase());
  const unicode = fileName(
    model,
    format,
    titlePart(model.session.title, (text) => text),
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(unicode)}`;
}
