import pg from 'pg';
import type { SessionEvent } from '../../../shared/session/events.js';
import type { EventStore, SessionChange, StoredBallot, StoredSession } from '../event-store.js';
import { storeError } from './pg-errors.js';
import { SCHEMA } from './schema.js';

/** The store's methods, each answering with a promise (a database across the network). */
export type AsyncEventStore = {
  [K in keyof EventStore]: EventStore[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : never;
};

export interface PgStoreOptions {
  /** Connections in the pool (besides none: leases live in rows, not in connections). */
  poolSize?: number;
  /** A statement that takes longer fails, so that a command is answered rather than hung. */
  queryTimeoutMs?: number;
  onPoolError?: (error: Error) => void;
}

// Any constant: serialises the schema's creation when several processes start together.
const SCHEMA_LOCK = 7_401_013;

const LOAD = `
SELECT s.id, s.code, s.version, s.timer_ends_at,
  (SELECT coalesce(json_agg(e.payload ORDER BY e.seq), '[]') FROM events e WHERE e.session_id = s.id) AS events,
  (SELECT coalesce(json_agg(json_build_object('ballotKey', b.ballot_key, 'ranking', b.ranking,
     'organization', b.organization) ORDER BY b.ballot_key), '[]') FROM ballots b WHERE b.session_id = s.id) AS ballots,
  (SELECT coalesce(json_agg(c.command_key), '[]') FROM commands c WHERE c.session_id = s.id) AS commands
FROM sessions s WHERE s.id = $1`;

interface LoadRow {
  id: string;
  code: string;
  version: number;
  timer_ends_at: string | null;
  events: SessionEvent[];
  ballots: StoredBallot[];
  commands: string[];
}

/** What roundtable_commit reads of one change (see schema.ts). */
function toBatchItem(change: SessionChange, epoch: number) {
  const created = change.events.find((e) => e.type === 'sessionCreated');
  return {
    sessionId: change.sessionId,
    version: change.version,
    epoch,
    events: change.events,
    ballots: change.ballots,
    commandKey: change.commandKey,
    timerEndsAt: change.timerEndsAt ?? null,
    // A change that moves the session on takes its version number for good; an index update does not.
    counts: change.events.length > 0 || change.ballots.length > 0 || change.commandKey !== null,
    ...(created?.type === 'sessionCreated' ? { code: created.code, createdAt: created.createdAt } : {}),
  };
}

/**
 * The event store on PostgreSQL: same tables and promises as the SQLite store, every method a
 * promise. A batch is one call of roundtable_commit (one round trip, one transaction), fenced by
 * the epoch each session's owner holds (see schema.ts and server/cluster/ownership.ts).
 */
export class PgStore implements AsyncEventStore {
  private constructor(readonly pool: pg.Pool) {}

  static async open(connectionString: string, options: PgStoreOptions = {}): Promise<PgStore> {
    const pool = new pg.Pool({
      connectionString,
      max: options.poolSize ?? 4,
      query_timeout: options.queryTimeoutMs ?? 5000,
      connectionTimeoutMillis: options.queryTimeoutMs ?? 5000,
    });
    // An idle connection dropped by a restarting server must not bring the process down.
    pool.on('error', (error) => options.onPoolError?.(error));
    const store = new PgStore(pool);
    await store.query(`BEGIN; SELECT pg_advisory_xact_lock(${SCHEMA_LOCK}); ${SCHEMA} COMMIT;`);
    return store;
  }

  /** Runs one statement; a failure the service must tell apart becomes its typed error. */
  async query<R extends pg.QueryResultRow>(text: string, values: unknown[] = [], ids: string[] = []) {
    try {
      return await this.pool.query<R>(text, values);
    } catch (error) {
      throw storeError(error, () => ids);
    }
  }

  /** Commits a batch; `epochs` are the fencing tokens this process holds (0: a session never taken). */
  async commit(changes: readonly SessionChange[], epochs?: ReadonlyMap<string, number>): Promise<void> {
    if (changes.length === 0) return;
    const batch = changes.map((change) => toBatchItem(change, epochs?.get(change.sessionId) ?? 0));
    const ids = [...new Set(changes.map((change) => change.sessionId))];
    await this.query('SELECT roundtable_commit($1::jsonb)', [JSON.stringify(batch)], ids);
  }

  async codeInUse(code: string): Promise<boolean> {
    return (await this.query('SELECT 1 FROM sessions WHERE code = $1', [code])).rowCount !== 0;
  }

  async loadOne(sessionId: string): Promise<StoredSession | null> {
    const row = (await this.query<LoadRow>(LOAD, [sessionId])).rows[0];
    if (!row) return null;
    return {
      sessionId: row.id,
      code: row.code,
      version: row.version,
      events: row.events,
      ballots: row.ballots,
      commandKeys: row.commands,
      timerEndsAt: row.timer_ends_at === null ? null : Number(row.timer_ends_at),
    };
  }

  async idByCode(code: string): Promise<string | null> {
    const row = (await this.query<{ id: string }>('SELECT id FROM sessions WHERE code = $1', [code])).rows[0];
    return row?.id ?? null;
  }

  async timedSessionIds(): Promise<string[]> {
    const rows = (await this.query<{ id: string }>('SELECT id FROM sessions WHERE timer_ends_at IS NOT NULL')).rows;
    return rows.map((row) => row.id);
  }

  async createdBefore(cutoff: number): Promise<string[]> {
    const rows = (await this.query<{ id: string }>('SELECT id FROM sessions WHERE created_at < $1', [cutoff])).rows;
    return rows.map((row) => row.id);
  }

  async sessionCount(): Promise<number> {
    return Number((await this.query<{ n: string }>('SELECT count(*) AS n FROM sessions')).rows[0]?.n ?? 0);
  }

  async deleteSession(sessionId: string): Promise<boolean> {
    // Events, ballots, versions and command keys go with it (ON DELETE CASCADE).
    return (await this.query('DELETE FROM sessions WHERE id = $1', [sessionId])).rowCount !== 0;
  }

  /**
   * Rewrites the ballots table in key order into a new file (CLUSTER), so that no page keeps the
   * order in which ballots were appended; the old file is unlinked. PostgreSQL's write-ahead log
   * still holds the appends until its segments are recycled (see docs/scaling.md).
   */
  async compact(): Promise<void> {
    await this.query('CLUSTER ballots USING ballots_pkey');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
