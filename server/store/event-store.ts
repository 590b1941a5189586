import type { SessionEvent } from '../../shared/session/events.js';

/**
 * A ballot as stored: an opaque key, a ranking and the voter's organization (for weighting and
 * the per-organization breakdown), with nothing that names or dates the voter.
 */
export interface StoredBallot {
  ballotKey: string;
  ranking: string[];
  organization: string | null;
}

/** What one accepted command adds to a session, written atomically with the rest of its batch. */
export interface SessionChange {
  sessionId: string;
  /** The session's version after this change. */
  version: number;
  /** Public events, appended to the log in order. */
  events: SessionEvent[];
  /** Ballots cast or replaced by this change (kept out of the log). */
  ballots: StoredBallot[];
  /** Key of the client command, so a retry is recognised after a restart. */
  commandKey: string | null;
  /**
   * When the session's running phase timer ends after this change (absent or null: none runs).
   * Kept beside the session, so a start loads only the sessions whose timer must still fire.
   */
  timerEndsAt?: number | null;
}

/** Everything needed to rebuild one session in memory. */
export interface StoredSession {
  sessionId: string;
  code: string;
  version: number;
  events: SessionEvent[];
  ballots: StoredBallot[];
  commandKeys: string[];
  /** The running timer's end as last written (0: not known yet, in a file from an older version). */
  timerEndsAt: number | null;
}

/** An answer given at once (the embedded store) or later (a store across the network). */
export type MaybePromise<T> = T | Promise<T>;

/**
 * The durable home of every session. All writes of one call are committed together before it
 * returns (or before its promise resolves), so an acknowledged command is never lost. Reads that
 * rebuild a session answer at once: a networked store serves them from sessions it has fetched
 * beforehand (see server/cluster).
 */
export interface EventStore {
  /** Writes a batch of changes (new sessions included) in one transaction. */
  commit(changes: readonly SessionChange[]): MaybePromise<void>;
  /** Whether a session already uses this room code. */
  codeInUse(code: string): MaybePromise<boolean>;
  /** One session, for rebuilding it in memory on first use; null when there is none. */
  loadOne(sessionId: string): StoredSession | null;
  /** The id of the session that uses this room code, if any. */
  idByCode(code: string): string | null;
  /** Ids of the sessions whose phase timer is running, so that it fires even after a restart. */
  timedSessionIds(): string[];
  /** Ids of the sessions created before `cutoff` (epoch ms), for the retention purge. */
  createdBefore(cutoff: number): MaybePromise<string[]>;
  /** How many sessions are stored. */
  sessionCount(): number;
  /** Erases a session and everything in it: events, ballots, command keys; false if there was none. */
  deleteSession(sessionId: string): MaybePromise<boolean>;
  /**
   * Rewrites the stored data so that nothing on disk keeps the order in which rows were written
   * (ballots end up in key order) and no journal holds older copies. Called when voting closes.
   */
  compact(): MaybePromise<void>;
  close(): MaybePromise<void>;
}

/**
 * Thrown by a store that cannot take a write now (its server is unreachable, or this process no
 * longer owns the session): the command is answered UNAVAILABLE and the client retries it.
 */
export class StoreUnavailableError extends Error {
  readonly unavailable = true;
}

/** Whether a failed write may succeed when retried (see StoreUnavailableError). */
export function isStoreUnavailable(error: unknown): boolean {
  return error instanceof StoreUnavailableError;
}
