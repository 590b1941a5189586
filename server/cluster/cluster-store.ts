import type { EventStore, SessionChange, StoredSession } from '../store/event-store.js';
import { StaleOwnerError } from '../store/postgres/pg-errors.js';
import type { PgStore } from '../store/postgres/pg-store.js';

/**
 * The EventStore the session service sees in cluster mode. Writes go to PostgreSQL with the epoch
 * this process holds for each session (the fencing token); the reads that rebuild a session answer
 * from what the ownership fetched when it took the session over (`warm`), because the service
 * reads synchronously and only ever needs the sessions this process owns.
 */
export class ClusterStore implements EventStore {
  /** Fencing token per session owned here. */
  readonly epochs = new Map<string, number>();
  /** Room code to id, for the sessions owned here. */
  readonly codes = new Map<string, string>();
  /** Sessions fetched on takeover, handed to the service once (see loadOne). */
  private readonly warm = new Map<string, StoredSession>();
  private storedCount = 0;
  /** Told which sessions another process has taken (a write of theirs was fenced off). */
  onFenced: (sessionIds: string[]) => void = () => {};

  constructor(readonly pg: PgStore) {}

  /** Makes a session just taken over available to the service's next read. */
  own(stored: StoredSession, epoch: number): void {
    this.epochs.set(stored.sessionId, epoch);
    this.codes.set(stored.code, stored.sessionId);
    this.warm.set(stored.sessionId, stored);
  }

  /** Whether a session taken over has not reached the service's memory yet. */
  isWarm(sessionId: string): boolean {
    return this.warm.has(sessionId);
  }

  /** Forgets a session another process owns now. */
  disown(sessionId: string): void {
    this.epochs.delete(sessionId);
    this.warm.delete(sessionId);
    for (const [code, id] of this.codes) if (id === sessionId) this.codes.delete(code);
  }

  async commit(changes: readonly SessionChange[]): Promise<void> {
    try {
      await this.pg.commit(changes, this.epochs);
    } catch (error) {
      if (error instanceof StaleOwnerError) this.onFenced(error.sessionIds);
      throw error;
    }
  }

  codeInUse(code: string): Promise<boolean> {
    return this.pg.codeInUse(code);
  }

  loadOne(sessionId: string): StoredSession | null {
    const stored = this.warm.get(sessionId) ?? null;
    // Once in the service's memory, the session moves on there; this copy would be stale.
    this.warm.delete(sessionId);
    return stored;
  }

  idByCode(code: string): string | null {
    return this.codes.get(code) ?? null;
  }

  /** None: a session's timer is armed by the process that takes it over (see ownership.ts). */
  timedSessionIds(): string[] {
    return [];
  }

  createdBefore(cutoff: number): Promise<string[]> {
    return this.pg.createdBefore(cutoff);
  }

  /** As last counted (see refreshCount): the service reads it synchronously, for logs and limits. */
  sessionCount(): number {
    return this.storedCount;
  }

  async refreshCount(): Promise<void> {
    this.storedCount = await this.pg.sessionCount();
  }

  deleteSession(sessionId: string): Promise<boolean> {
    return this.pg.deleteSession(sessionId);
  }

  compact(): Promise<void> {
    return this.pg.compact();
  }

  close(): Promise<void> {
    return this.pg.close();
  }
}
