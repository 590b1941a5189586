import { describe, expect, it } from 'vitest';
import { renderPdfOffThread } from '../../server/export/pdf/pdf-worker-client.js';
import { renderPdf } from '../../server/export/pdf/render-pdf.js';
import { pdfFile, pdfInfo, stressModel } from './export-pdf-support.js';

/** Runs `work` while timing the event loop; returns its result and the longest stall seen. */
async function withLoopWatch<T>(work: () => Promise<T>): Promise<{ result: T; longestStall: number }> {
  let last = performance.now();
  let longestStall = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    longestStall = Math.max(longestStall, now - last);
    last = now;
  }, 5);
  try {
    const result = await work();
    // A render that never let the timer fire shows up here, as one stall as long as itself.
    longestStall = Math.max(longestStall, performance.now() - last);
    return { result, longestStall };
  } finally {
    clearInterval(tick);
  }
}

describe('PDF rendering off the main thread', () => {
  it('renders the same report while the event loop keeps turning', async () => {
    const model = stressModel(120);
    // The first call starts the worker and loads its fonts; time the second, as a server would.
    await renderPdfOffThread(model);
    const inProcess = await withLoopWatch(() => renderPdf(model));
    const offThread = await withLoopWatch(() => renderPdfOffThread(model));
    expect(pdfInfo(pdfFile(offThread.result)).Pages).toBe(pdfInfo(pdfFile(inProcess.result)).Pages);
    // In process, the loop stalls for about the whole render; off the thread, only briefly.
    expect(inProcess.longestStall).toBeGreaterThan(300);
    expect(offThread.longestStall).toBeLessThan(inProcess.longestStall / 3);
  }, 60_000);
});
