import { renderToBuffer } from '@react-pdf/renderer';
import type { ExportModel } from '../export-types.js';
import { forgetCachedGlyphs } from './glyph-cache.js';
import { registerReportFonts } from './pdf-fonts.js';
import { ReportDocument } from './report-document.js';

/** Renders the report as a PDF file's bytes. */
export async function renderPdf(model: ExportModel): Promise<Buffer> {
  registerReportFonts();
  forgetCachedGlyphs();
  return renderToBuffer(<ReportDocument model={model} />);
}
