import { describeError, type Logger } from '../logger.js';
import { isStoreUnavailable, type EventStore, type SessionChange } from '../store/event-store.js';
import { DEGRADED_AFTER, type Health } from './batch.js';

/** What a command of a batch that could not be kept is answered. */
export type Failure = 'INTERNAL' | 'UNAVAILABLE';
export const FAILURE_MESSAGES: Record<Failure, string> = {
  INTERNAL: 'The change could not be saved; retry with the same commandId.',
  UNAVAILABLE: 'The change could not be saved just now; retry with the same commandId.',
};

/**
 * The session service's writes to its store, whether the store answers at once (SQLite) or later
 * (PostgreSQL): failures counted for the health check, and told apart (a retry may succeed, or not).
 */
export class StoreWriter {
  private failedCommits = 0;

  constructor(
    private readonly store: EventStore,
    private readonly log: Logger,
  ) {}

  /** Null once kept; else what to answer. A promise when the store answers later. */
  commit(changes: SessionChange[]): Failure | null | Promise<Failure | null> {
    if (changes.length === 0) return null;
    try {
      const done = this.store.commit(changes);
      if (!(done instanceof Promise)) return this.committed();
      return done.then(
        () => this.committed(),
        (error: unknown) => this.failed(changes, error),
      );
    } catch (error) {
      return this.failed(changes, error);
    }
  }

  private committed(): null {
    this.failedCommits = 0;
    return null;
  }

  private failed(changes: SessionChange[], error: unknown): Failure {
    this.failedCommits += 1;
    this.log.error('commit failed', {
      changes: changes.length,
      failedInARow: this.failedCommits,
      ...describeError(error),
    });
    return isStoreUnavailable(error) ? 'UNAVAILABLE' : 'INTERNAL';
  }

  /** Degraded after several commits failed in a row; healthy again after one succeeds. */
  health(): Health {
    if (this.failedCommits < DEGRADED_AFTER) return { ok: true };
    return { ok: false, reason: `the last ${this.failedCommits} commits to the store failed` };
  }

  /**
   * Once voting closes (or a session is erased), the store is rewritten so that no page and no
   * journal keeps the order in which ballots were cast. A failure is logged, not fatal: the data
   * is intact, only its layout still follows time until the next compaction.
   */
  compact(): void {
    const failed = (error: unknown) => this.log.error('compaction failed', describeError(error));
    try {
      const done = this.store.compact();
      if (done instanceof Promise) done.catch(failed);
    } catch (error) {
      failed(error);
    }
  }
}
