import { Worker } from 'node:worker_threads';
import type { ExportModel } from '../export-types.js';
import { FairQueue, type Refusal } from './fair-queue.js';
import type { PdfRequest, PdfResponse } from './pdf-worker.js';

/** A PDF that takes longer than this is abandoned and its worker replaced. */
const RENDER_TIMEOUT_MS = 60_000;
/** PDFs waiting or rendering at most; more are refused rather than queued without end. */
const MAX_PENDING = 8;
/** PDFs one session may have waiting or rendering: a facilitator needs one at a time. */
export const MAX_PENDING_PER_SESSION = 2;

/** Refusal when too many PDFs are already waiting, on the server or for this session. */
export class PdfBusyError extends Error {
  constructor(readonly scope: 'server' | 'session') {
    super(
      scope === 'session'
        ? 'This session already has PDF exports being made; wait for them before asking again.'
        : 'Too many PDF exports are being made; try again in a few seconds.',
    );
  }
}

interface Job {
  model: ExportModel;
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
}

interface Running {
  id: number;
  key: string;
  job: Job;
  worker: Worker;
  timer: NodeJS.Timeout;
}

const queue = new FairQueue<Job>(MAX_PENDING, MAX_PENDING_PER_SESSION);
let worker: Worker | null = null;
let running: Running | null = null;
let nextId = 1;

/** Ends the running render one way or the other, then starts the next in turn. */
function finish(id: number, outcome: { pdf: Buffer } | { error: Error }): void {
  if (running?.id !== id) return;
  const { key, job, timer } = running;
  clearTimeout(timer);
  running = null;
  queue.done(key);
  if ('pdf' in outcome) job.resolve(outcome.pdf);
  else job.reject(outcome.error);
  startNext();
}

function onResponse(response: PdfResponse): void {
  if (response.ok) {
    finish(response.id, { pdf: Buffer.from(response.pdf.buffer, response.pdf.byteOffset, response.pdf.byteLength) });
  } else {
    finish(response.id, { error: new Error(`PDF rendering failed: ${response.error}`) });
  }
}

function startWorker(): Worker {
  const started = new Worker(new URL('./pdf-worker-entry.mjs', import.meta.url));
  // An idle worker must not keep the server process alive on shutdown.
  started.unref();
  started.on('message', onResponse);
  started.on('error', (error) => running?.worker === started && finish(running.id, { error }));
  started.on('exit', (code) => {
    if (worker === started) worker = null;
    if (running?.worker === started) finish(running.id, { error: new Error(`PDF worker stopped (exit code ${code})`) });
  });
  return started;
}

/** Hands the next job in turn to the worker, unless one is rendering. */
function startNext(): void {
  if (running) return;
  const next = queue.next();
  if (!next) return;
  worker ??= startWorker();
  const current = worker;
  const id = nextId++;
  const timer = setTimeout(() => {
    // The worker may be stuck; a fresh one serves the next export.
    if (worker === current) worker = null;
    finish(id, { error: new Error('PDF rendering timed out') });
    void current.terminate();
  }, RENDER_TIMEOUT_MS);
  running = { id, key: next.key, job: next.job, worker: current, timer };
  const request: PdfRequest = { id, model: next.job.model };
  current.postMessage(request);
}

const REFUSALS: Record<Refusal, 'server' | 'session'> = { 'server-busy': 'server', 'key-busy': 'session' };

/**
 * Renders the report in a worker thread, so a long PDF never holds up the event loop that
 * serves every live session. Renders run one at a time, taken from the sessions in turn, so a
 * session asking for many PDFs cannot make another wait behind all of them.
 */
export function renderPdfOffThread(model: ExportModel): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // The room code names the session; it is never logged.
    const refusal = queue.push(model.session.code, { model, resolve, reject });
    if (refusal) reject(new PdfBusyError(REFUSALS[refusal]));
    else startNext();
  });
}
