import { parentPort } from 'node:worker_threads';
import type { ExportModel } from '../export-types.js';
import { renderPdf } from './render-pdf.js';

/** A request to the PDF worker and its answer. */
export type PdfRequest = { id: number; model: ExportModel };
export type PdfResponse = { id: number; ok: true; pdf: Uint8Array } | { id: number; ok: false; error: string };

// Requests are handled one after another: rendering is CPU-bound, so running two at once would
// only make both slower.
let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (request: PdfRequest) => {
  queue = queue.then(async () => {
    let response: PdfResponse;
    try {
      // A copy in a buffer of its own, so it can be transferred rather than copied again.
      const pdf = new Uint8Array(await renderPdf(request.model));
      response = { id: request.id, ok: true, pdf };
      parentPort?.postMessage(response, [pdf.buffer]);
    } catch (error) {
      response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
      parentPort?.postMessage(response);
    }
  });
});
