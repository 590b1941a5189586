import { ERROR_CODES, type ErrorCode } from '../../shared/session/result.js';
import type { AppSocket } from '../socket.js';

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;

/** Refusals that another try cannot change: the client stops and lets the screens say why. */
const FINAL: ReadonlySet<ErrorCode> = new Set([
  'BAD_REQUEST',
  'UNSUPPORTED_VERSION',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'JOIN_REFUSED',
  'NOT_FOUND',
]);

const isErrorCode = (value: unknown): value is ErrorCode => ERROR_CODES.some((code) => code === value);

export interface Refusal {
  /** The error code, when the server named one; null for a sentence (the connection limit's). */
  code: ErrorCode | null;
  /** The least wait the server asked for (`data.retryAfter`, seconds), in milliseconds. */
  retryAfterMs: number;
}

/**
 * What the server's middleware said when it refused a connection: its code is the error's message
 * (the room gate's `UNAVAILABLE`) or `data.code`, and `data.retryAfter` asks for a least wait.
 */
export function readRefusal(error: Error & { data?: unknown }): Refusal {
  const data = typeof error.data === 'object' && error.data !== null ? (error.data as Record<string, unknown>) : {};
  const code = isErrorCode(data.code) ? data.code : isErrorCode(error.message) ? error.message : null;
  const retryAfter = typeof data.retryAfter === 'number' && data.retryAfter > 0 ? data.retryAfter : 0;
  return { code, retryAfterMs: Math.min(retryAfter, 3600) * 1000 };
}

/** The code of a refusal no other try can change (about who or what was asked for), else null. */
export function finalCode(refusal: Refusal): ErrorCode | null {
  return refusal.code !== null && FINAL.has(refusal.code) ? refusal.code : null;
}

/**
 * How long to wait before the try after `attempt` refusals in a row: a step doubling from 0.5 s up
 * to 10 s, half of it fixed and half random (`random` in [0, 1)), so that the phones of a room
 * refused together during a hand-over come back spread out rather than all at once; never less
 * than the wait the server asked for.
 */
export function refusedConnectDelay(attempt: number, random: number, retryAfterMs = 0): number {
  const step = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(attempt, 30));
  return Math.max(retryAfterMs, step / 2) + (random * step) / 2;
}

/**
 * Socket.IO's Manager retries a connection that failed on the way (network, proxy, server down),
 * but not one that the server's middleware refused (the room gate during a hand-over, the
 * connection limit): that socket stays closed until `connect()` is called. This calls it again,
 * with backoff, until a connection is let in or a refusal is final (`onFinal`).
 */
export function retryRefusedConnects(socket: AppSocket, onFinal: (code: ErrorCode) => void): void {
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  socket.on('connect', () => {
    cancel();
    attempt = 0;
  });
  socket.on('connect_error', (error) => {
    // Still active: the failure was on the way, and the Manager is already trying again.
    if (socket.active) return;
    const refusal = readRefusal(error);
    cancel();
    const final = finalCode(refusal);
    if (final) {
      onFinal(final);
      return;
    }
    const delay = refusedConnectDelay(attempt, Math.random(), refusal.retryAfterMs);
    attempt += 1;
    timer = setTimeout(() => {
      timer = null;
      // Someone connected it meanwhile (a wake-up, a move to another room).
      if (!socket.active) socket.connect();
    }, delay);
  });
}
