import { renderCsv } from './csv-export.js';
import type { ExportModel } from './export-types.js';
import { renderJson } from './json-export.js';
import { renderMarkdown } from './markdown-export.js';
import { renderPdfOffThread } from './pdf/pdf-worker-client.js';

interface ExportFormat {
  contentType: string;
  render: (model: ExportModel) => string | Promise<Buffer>;
}

/** Every export format by its file extension. */
export const EXPORT_FORMATS = {
  json: { contentType: 'application/json; charset=utf-8', render: renderJson },
  pdf: { contentType: 'application/pdf', render: renderPdfOffThread },
  csv: { contentType: 'text/csv; charset=utf-8; header=present', render: renderCsv },
  md: { contentType: 'text/markdown; charset=utf-8; variant=GFM', render: renderMarkdown },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

/** Whether a requested extension is one of the export formats. */
export function isExportFormat(name: string): name is ExportFormatName {
  return Object.hasOwn(EXPORT_FORMATS, name);
}

/** Renders the model in one format, as the bytes to send. */
export async function renderExport(model: ExportModel, format: ExportFormatName): Promise<Buffer> {
  const output = await EXPORT_FORMATS[format].render(model);
  return typeof output === 'string' ? Buffer.from(output, 'utf8') : output;
}
