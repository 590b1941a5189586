import { Worker } from 'node:worker_threads';
import type { ExportModel } from '../export-types.js';
import type { PdfRequest, PdfResponse } from './pdf-worker.js';

/** A PDF that takes longer than this is abandoned and its worker replaced. */
const RENDER_TIMEOUT_MS = 60_000;
/** PDFs waiting or rendering at most; more are refused rather than queued without end. */
const MAX_PENDING = 8;

/** Refusal when too many PDFs are already waiting. */
export class PdfBusyError extends Error {
  constructor() {
    super('Too many PDF exports are being made; try again in a few seconds.');
  }
}

interface Pending {
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

function failAll(error: Error): void {
  for (const [id, request] of pending) {
    clearTimeout(request.timer);
    request.reject(error);
    pending.delete(id);
  }
}

function settle(response: PdfResponse): void {
  const request = pending.get(response.id);
  if (!request) return;
  pending.delete(response.id);
  clearTimeout(request.timer);
  if (response.ok) request.resolve(Buffer.from(response.pdf.buffer, response.pdf.byteOffset, response.pdf.byteLength));
  else request.reject(new Error(`PDF rendering failed: ${response.error}`));
}

function startWorker(): Worker {
  const started = new Worker(new URL('./pdf-worker-entry.mjs', import.meta.url));
  // An idle worker must not keep the server process alive on shutdown.
  started.unref();
  started.on('message', settle);
  started.on('error', (error) => failAll(error));
  started.on('exit', (code) => {
    if (worker === started) worker = null;
    failAll(new Error(`PDF worker stopped (exit code ${code})`));
  });
  return started;
}

/**
 * Renders the report in a worker thread, so a long PDF never holds up the event loop that
 * serves every live session. The worker starts on first use and is kept for later exports.
 */
export function renderPdfOffThread(model: ExportModel): Promise<Buffer> {
  if (pending.size >= MAX_PENDING) return Promise.reject(new PdfBusyError());
  worker ??= startWorker();
  const current = worker;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error('PDF rendering timed out'));
      // The worker may be stuck; a fresh one serves the next export.
      if (worker === current) worker = null;
      void current.terminate();
    }, RENDER_TIMEOUT_MS);
    pending.set(id, { resolve, reject, timer });
    const request: PdfRequest = { id, model };
    current.postMessage(request);
  });
}
