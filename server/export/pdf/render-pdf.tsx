import { renderToBuffer } from '@react-pdf/renderer';
import type { ExportModel } from '../export-types.js';
import { registerReportFonts } from './pdf-fonts.js';
import { ReportDocument } from './report-document.js';

/** Renders the report as a PDF file's bytes. */
export async function renderPdf(model: ExportModel): Promise<Buffer> {
  registerReportFonts();
  return renderToBuffer(<ReportDocument model={model} />);
}
