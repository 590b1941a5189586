import { emptyState, evolveAll } from '../../shared/session/evolve.js';
import type { SessionState } from '../../shared/session/state.js';
import type { EventStore, StoredSession } from '../store/event-store.js';
import { fromSecretRow } from './secret-rows.js';

export interface LiveSession {
  state: SessionState;
  /** Goes up by one with every accepted change; survives restarts. */
  version: number;
  /** Keys of commands already applied, so a retried command is applied once. */
  commandKeys: Set<string>;
}

/** A session rebuilt from what the store keeps: its events, then its ballots. */
function rebuild(stored: StoredSession): LiveSession {
  const ballots = stored.ballots.map(fromSecretRow);
  return {
    state: evolveAll(emptyState(), [...stored.events, ...ballots]),
    version: stored.version,
    commandKeys: new Set(stored.commandKeys),
  };
}

/**
 * The sessions in memory: a cache of the store, so that memory and start time follow the rooms in
 * use rather than every session ever stored. A session is rebuilt on first use (by id or by code)
 * and dropped when idle; `onLoad` sees each session as it comes in (to arm its timer).
 */
export class SessionCache {
  private readonly sessions = new Map<string, LiveSession>();
  private readonly byCode = new Map<string, string>();
  private readonly lastUsed = new Map<string, number>();

  constructor(
    private readonly store: EventStore,
    private readonly now: () => number,
    private readonly onLoad: (sessionId: string, live: LiveSession, stored: StoredSession) => void,
  ) {}

  /** The session, loaded from the store if it is not in memory; undefined if there is none. */
  get(sessionId: string): LiveSession | undefined {
    let live = this.sessions.get(sessionId);
    if (!live) {
      const stored = this.store.loadOne(sessionId);
      if (!stored) return undefined;
      live = rebuild(stored);
      this.add(sessionId, live);
      this.onLoad(sessionId, live, stored);
    }
    this.lastUsed.set(sessionId, this.now());
    return live;
  }

  /** The session if it is in memory, without loading it. */
  peek(sessionId: string): LiveSession | undefined {
    return this.sessions.get(sessionId);
  }

  /** Ids of the sessions in memory. */
  ids(): string[] {
    return [...this.sessions.keys()];
  }

  findByCode(code: string): LiveSession | undefined {
    const id = this.byCode.get(code) ?? this.store.idByCode(code);
    return id === null ? undefined : this.get(id);
  }

  /** Keeps a session just created (already committed). */
  add(sessionId: string, live: LiveSession): void {
    this.sessions.set(sessionId, live);
    this.byCode.set(live.state.code, sessionId);
    this.lastUsed.set(sessionId, this.now());
  }

  remove(sessionId: string): void {
    const live = this.sessions.get(sessionId);
    if (live) this.byCode.delete(live.state.code);
    this.sessions.delete(sessionId);
    this.lastUsed.delete(sessionId);
  }

  /** How many sessions are in memory. */
  size(): number {
    return this.sessions.size;
  }

  /**
   * Drops the sessions nobody needs (`keep` says who is needed) that are finished, or unused
   * for `idleMs`; returns their ids. They come back from the store exactly as they were.
   */
  evictIdle(idleMs: number, keep: (sessionId: string) => boolean): string[] {
    const cutoff = this.now() - idleMs;
    const evicted: string[] = [];
    for (const [sessionId, live] of this.sessions) {
      const idle = live.state.phase === 'results' || (this.lastUsed.get(sessionId) ?? 0) <= cutoff;
      if (!idle || keep(sessionId)) continue;
      this.remove(sessionId);
      evicted.push(sessionId);
    }
    return evicted;
  }
}
