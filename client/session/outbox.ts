import type { ErrorCode, Result } from '../../shared/session/result.js';
import type { AppStore } from '../store/app-store.js';
import { newCommandId, type OutboxEntry } from '../store/outbox-slice.js';
import type { Transport } from './transport.js';

/** Refusals worth trying again later; anything else is final and is reported to the person. */
const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['INTERNAL', 'RATE_LIMITED', 'UNAVAILABLE', 'UNAUTHORIZED']);

export interface OutboxDeps {
  store: AppStore;
  transport: Transport;
  /** Told about an action the server refused for good, so the person can be told. */
  onRefused: (entry: OutboxEntry, error: Extract<Result, { ok: false }>['error']) => void;
  /** Called when a retryable refusal needs another try later. */
  scheduleRetry: (flush: () => void) => void;
}

export type NewEntry = OutboxEntry extends infer E
  ? E extends OutboxEntry
    ? Omit<E, 'commandId' | 'queuedAt'>
    : never
  : never;

/**
 * Participant actions go through an outbox: queued with a command id made once, sent in order
 * while attached, removed only when the server has answered. A send whose answer was lost stays
 * queued and is sent again with the same id once the connection is back, which the server
 * applies once: so an action taken offline is kept, and never applied twice.
 */
export function createOutbox(deps: OutboxDeps) {
  const { store, transport } = deps;
  /** Takes an answered entry off the queue; an applied one waits in `acked` for the view that shows it. */
  const settle = (entry: OutboxEntry, applied: boolean) =>
    store.setState((state) => ({
      outbox: state.outbox.filter((queued) => queued.commandId !== entry.commandId),
      ...(applied ? { acked: [...state.acked, entry] } : {}),
    }));

  async function drain(): Promise<void> {
    for (;;) {
      const { outbox, attached, status } = store.getState();
      const entry = outbox[0];
      // Offline, a socket can still look connected until its next ping: what it sends is dropped and
      // holds the queue until the acknowledgement times out. Coming back online attaches again and flushes.
      if (!entry || !attached || status === 'offline' || !transport.isConnected()) return;
      const outcome = await transport.send(entry.event, { ...entry.payload, commandId: entry.commandId });
      if (outcome.kind !== 'acked') return;
      const { result } = outcome;
      if (!result.ok && RETRYABLE.has(result.error.code)) {
        deps.scheduleRetry(() => void flush());
        return;
      }
      settle(entry, result.ok);
      if (!result.ok) deps.onRefused(entry, result.error);
    }
  }

  let running = false;
  let again = false;

  /** Sends what is queued. A call made while a pass runs asks for one more pass, so nothing is sent twice at once or left behind. */
  async function flush(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await drain();
      } while (again);
    } finally {
      running = false;
    }
  }

  /** Queues an action and tries to send it now. */
  function enqueue(entry: NewEntry, now = Date.now()): Promise<void> {
    const queued = { ...entry, commandId: newCommandId(), queuedAt: now } as OutboxEntry;
    store.setState((state) => ({ outbox: [...state.outbox, queued] }));
    return flush();
  }

  return { enqueue, flush };
}

export type Outbox = ReturnType<typeof createOutbox>;
