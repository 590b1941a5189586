import type { ExportModel } from './export-types.js';

/**
 * The export model as JSON, described by docs/export.schema.json. Indented, because people
 * open these files too; "<" is written as \u003c so the file stays inert if pasted into HTML.
 */
export function renderJson(model: ExportModel): string {
  return JSON.stringify(model, null, 2).replaceAll('<', '\\u003c') + '\n';
}
