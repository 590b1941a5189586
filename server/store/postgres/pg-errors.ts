import { StoreUnavailableError } from '../event-store.js';

/** SQLSTATE raised by roundtable_commit when a session's epoch has moved on (see schema.ts). */
const STALE_EPOCH = 'RT001';
const UNIQUE_VIOLATION = '23505';

/** A write refused because another process now owns the session: this one must let it go. */
export class StaleOwnerError extends StoreUnavailableError {
  constructor(readonly sessionIds: string[]) {
    super(`sessions owned by another process: ${sessionIds.join(', ')}`);
  }
}

function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Whether a write was fenced off: a newer epoch, or a (session, version) already written. */
export function isFenced(error: unknown): boolean {
  const state = sqlState(error);
  const constraint = (error as { constraint?: unknown }).constraint;
  return state === STALE_EPOCH || (state === UNIQUE_VIOLATION && constraint === 'versions_pkey');
}

// Connection refused or reset, server shutting down or starting (57P01-57P03), connection
// exceptions (08xxx), a query cut by our timeout: the same batch may well succeed a moment later.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH']);

/** Whether an error says the database is out of reach for now (not that the write was wrong). */
export function isUnreachable(error: unknown): boolean {
  const state = sqlState(error);
  if (state !== undefined && (NETWORK_CODES.has(state) || /^(08|57P0)/.test(state))) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded|Client has encountered a connection error/i.test(message);
}

/** The error the session service understands: UNAVAILABLE when a retry may succeed. */
export function storeError(error: unknown, sessionIds: () => string[]): unknown {
  if (isFenced(error)) return new StaleOwnerError(sessionIds());
  if (isUnreachable(error)) return new StoreUnavailableError('the database cannot be reached', { cause: error });
  return error;
}
