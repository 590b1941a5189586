import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SessionEvent } from '../../shared/session/events.js';
import type { EventStore, SessionChange, StoredSession } from './event-store.js';
import { WalSync } from './wal-sync.js';

// Ballots live in a WITHOUT ROWID table keyed by their opaque ballot key, and no column names,
// dates or numbers a voter. SQL returns them in key order, but inside a page a new cell is placed
// below the last one written, and the WAL appends a copy of each page changed by each commit: on
// disk, rows sit in the order they were written until `compact` rewrites the file (see
// docs/reliability.md, "Ballots stay secret").
const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  version INTEGER NOT NULL,
  created_at INTEGER,
  timer_ends_at INTEGER
);
CREATE TABLE IF NOT EXISTS events (
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  type TEXT NOT NULL,
  payload TEXT NOT NULL,
  PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ballots (
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  ballot_key TEXT NOT NULL,
  ranking TEXT NOT NULL,
  organization TEXT,
  PRIMARY KEY (session_id, ballot_key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS commands (
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  command_key TEXT NOT NULL,
  PRIMARY KEY (session_id, command_key)
) WITHOUT ROWID;
`;

// Files written before sessions were loaded on first use have neither column: the creation time is
// read back from each session's first event, and every session is marked as possibly timed (0), so
// the first start loads each once and writes down whether its timer really runs.
const ADD_INDEX_COLUMNS = `
ALTER TABLE sessions ADD COLUMN created_at INTEGER;
ALTER TABLE sessions ADD COLUMN timer_ends_at INTEGER;
UPDATE sessions SET timer_ends_at = 0, created_at = (
  SELECT json_extract(payload, '$.createdAt') FROM events WHERE session_id = sessions.id AND seq = 1
);
`;
const INDEXES = `
CREATE INDEX IF NOT EXISTS sessions_timed ON sessions(timer_ends_at) WHERE timer_ends_at IS NOT NULL;
`;

/**
 * The embedded default store: one SQLite file, WAL journal, every commit synced to disk before
 * its promise resolves. The fsync runs off the event loop (see WalSync).
 */
export class SqliteStore implements EventStore {
  private readonly db: Database.Database;
  /** Null for an in-memory database, which has no log to sync. */
  private readonly wal: WalSync | null;
  /** Why a sync failed: the file may then hold a batch that was answered as failed (see commit). */
  private syncFailure: Error | null = null;
  private readonly statements;
  private readonly commitAll: (changes: readonly SessionChange[]) => void;
  private readonly rewriteBallots: () => void;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    const journal = this.db.pragma('journal_mode = WAL', { simple: true });
    // A commit's frames survive the process at once; WalSync makes them survive a power cut.
    this.db.pragma('synchronous = NORMAL');
    this.wal = journal === 'wal' ? new WalSync(`${file}-wal`) : null;
    this.db.pragma('foreign_keys = ON');
    // Deleted sessions are overwritten on disk, not merely unlinked.
    this.db.pragma('secure_delete = ON');
    // VACUUM builds its copy in memory, not in a temporary file that would hold the rows.
    this.db.pragma('temp_store = MEMORY');
    this.db.exec(SCHEMA);
    const columns = this.db.pragma('table_info(sessions)') as { name: string }[];
    if (!columns.some((column) => column.name === 'created_at')) this.db.exec(ADD_INDEX_COLUMNS);
    this.db.exec(INDEXES);
    this.statements = {
      upsertSession: this.db.prepare(
        `INSERT INTO sessions (id, code, version, created_at, timer_ends_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET version = excluded.version, timer_ends_at = excluded.timer_ends_at`,
      ),
      nextSeq: this.db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM events WHERE session_id = ?'),
      insertEvent: this.db.prepare('INSERT INTO events (session_id, seq, type, payload) VALUES (?, ?, ?, ?)'),
      upsertBallot: this.db.prepare(
        `INSERT INTO ballots (session_id, ballot_key, ranking, organization) VALUES (?, ?, ?, ?)
         ON CONFLICT(session_id, ballot_key) DO UPDATE SET ranking = excluded.ranking`,
      ),
      insertCommand: this.db.prepare('INSERT OR IGNORE INTO commands (session_id, command_key) VALUES (?, ?)'),
      codeInUse: this.db.prepare('SELECT 1 FROM sessions WHERE code = ?'),
      session: this.db.prepare('SELECT id, code, version, timer_ends_at FROM sessions WHERE id = ?'),
      idByCode: this.db.prepare('SELECT id FROM sessions WHERE code = ?').pluck(),
      timed: this.db.prepare('SELECT id FROM sessions WHERE timer_ends_at IS NOT NULL').pluck(),
      createdBefore: this.db.prepare('SELECT id FROM sessions WHERE created_at < ?').pluck(),
      count: this.db.prepare('SELECT COUNT(*) FROM sessions').pluck(),
      events: this.db.prepare('SELECT payload FROM events WHERE session_id = ? ORDER BY seq'),
      ballots: this.db.prepare('SELECT ballot_key, ranking, organization FROM ballots WHERE session_id = ?'),
      commands: this.db.prepare('SELECT command_key FROM commands WHERE session_id = ?'),
      deleteSession: this.db.prepare('DELETE FROM sessions WHERE id = ?'),
      // Written by earlier versions: who voted, in the order they voted.
      deleteVoterRecords: this.db.prepare("DELETE FROM events WHERE type = 'voterRecorded'"),
      allBallots: this.db.prepare('SELECT * FROM ballots ORDER BY session_id, ballot_key'),
      clearBallots: this.db.prepare('DELETE FROM ballots'),
      insertBallot: this.db.prepare(
        'INSERT INTO ballots (session_id, ballot_key, ranking, organization) VALUES (?, ?, ?, ?)',
      ),
    };
    this.rewriteBallots = this.db.transaction(() => {
      const s = this.statements;
      const rows = s.allBallots.raw().all() as [string, string, string, string | null][];
      s.clearBallots.run();
      for (const row of rows) s.insertBallot.run(...row);
    });
    if (this.statements.deleteVoterRecords.run().changes > 0) this.vacuum();
    this.commitAll = this.db.transaction((changes: readonly SessionChange[]) => {
      for (const change of changes) this.write(change);
    });
  }

  private write(change: SessionChange): void {
    const s = this.statements;
    const created = change.events.find((e) => e.type === 'sessionCreated');
    const [code, createdAt] = created?.type === 'sessionCreated' ? [created.code, created.createdAt] : ['', null];
    s.upsertSession.run(change.sessionId, code, change.version, createdAt, change.timerEndsAt ?? null);
    if (change.events.length > 0) {
      let seq = (s.nextSeq.get(change.sessionId) as { seq: number }).seq;
      for (const event of change.events) {
        s.insertEvent.run(change.sessionId, seq++, event.type, JSON.stringify(event));
      }
    }
    for (const ballot of change.ballots) {
      s.upsertBallot.run(change.sessionId, ballot.ballotKey, JSON.stringify(ballot.ranking), ballot.organization);
    }
    if (change.commandKey !== null) s.insertCommand.run(change.sessionId, change.commandKey);
  }

  commit(changes: readonly SessionChange[]): Promise<void> | undefined {
    if (this.syncFailure) {
      // Memory no longer matches the file (a failed batch may be in it): only a restart, which
      // rebuilds sessions from the file, makes them agree again.
      throw new Error('The store stopped taking writes after a failed sync to disk; restart the server.', {
        cause: this.syncFailure,
      });
    }
    this.commitAll(changes);
    return this.synced();
  }

  /** Resolves once the writes made so far are on disk (at once in memory). */
  private synced(): Promise<void> | undefined {
    return this.wal?.sync().catch((error: unknown) => {
      this.syncFailure ??= error instanceof Error ? error : new Error(String(error));
      throw error;
    });
  }

  codeInUse(code: string): boolean {
    return this.statements.codeInUse.get(code) !== undefined;
  }

  loadOne(sessionId: string): StoredSession | null {
    const s = this.statements;
    const row = s.session.get(sessionId) as
      { id: string; code: string; version: number; timer_ends_at: number | null } | undefined;
    if (!row) return null;
    return {
      sessionId: row.id,
      code: row.code,
      version: row.version,
      events: (s.events.all(row.id) as { payload: string }[]).map((e) => JSON.parse(e.payload) as SessionEvent),
      ballots: (s.ballots.all(row.id) as { ballot_key: string; ranking: string; organization: string | null }[]).map(
        (b) => ({ ballotKey: b.ballot_key, ranking: JSON.parse(b.ranking) as string[], organization: b.organization }),
      ),
      commandKeys: (s.commands.all(row.id) as { command_key: string }[]).map((c) => c.command_key),
      timerEndsAt: row.timer_ends_at,
    };
  }

  idByCode(code: string): string | null {
    return (this.statements.idByCode.get(code) as string | undefined) ?? null;
  }

  timedSessionIds(): string[] {
    return this.statements.timed.all() as string[];
  }

  createdBefore(cutoff: number): string[] {
    return this.statements.createdBefore.all(cutoff) as string[];
  }

  sessionCount(): number {
    return this.statements.count.get() as number;
  }

  deleteSession(sessionId: string): boolean | Promise<boolean> {
    // Rows of the session's events, ballots and commands go with it (ON DELETE CASCADE).
    if (this.statements.deleteSession.run(sessionId).changes === 0) return false;
    return this.synced()?.then(() => true) ?? true;
  }

  compact(): void {
    // Emptied, the ballots' pages are zeroed (secure_delete) and the table starts afresh; written
    // back in key order, the cells sit in that order. The checkpoint then moves the new pages into
    // the file and empties the WAL, so no earlier page image survives in either. All the ballots
    // of the file are rewritten (a few rows per voter): far cheaper than a VACUUM of the file.
    this.rewriteBallots();
    this.truncateWal();
  }

  /** Rewrites the whole file in key order (once, after older versions' who-voted rows are gone). */
  private vacuum(): void {
    this.db.exec('VACUUM');
    this.truncateWal();
  }

  private truncateWal(): void {
    const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (result?.busy) throw new Error('The WAL could not be emptied (a reader holds it).');
  }

  close(): Promise<void> | undefined {
    const closeNow = () => {
      this.wal?.release();
      this.db.close();
    };
    const pending = this.wal?.settled();
    if (pending) return pending.then(closeNow);
    closeNow();
    return undefined;
  }
}
