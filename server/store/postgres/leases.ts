import type { PgStore } from './pg-store.js';

/**
 * Who decides a session's commands: the process named in `sessions.owner_id`, as long as its row
 * in `owners` is alive (renewed by its heartbeat). One heartbeat row per process, not per session,
 * so renewing costs one write per process whatever the number of rooms. Time is the database's
 * clock (`now()`), so the processes' clocks never have to agree.
 */

/**
 * Takes a session over if it has no live owner (or is ours already), raising its epoch so that
 * every write of a previous owner is refused from now on. Returns the new epoch, 'busy' when a
 * live process owns it, or 'none' when there is no such session.
 */
export async function takeOver(pg: PgStore, sessionId: string, ownerId: string): Promise<number | 'busy' | 'none'> {
  const taken = await pg.query<{ epoch: number }>(
    `UPDATE sessions s SET owner_id = $2, epoch = s.epoch + 1
     WHERE s.id = $1 AND (s.owner_id IS NULL OR s.owner_id = $2 OR NOT EXISTS (
       SELECT 1 FROM owners o WHERE o.id = s.owner_id AND o.alive_until > now()))
     RETURNING epoch`,
    [sessionId, ownerId],
  );
  const epoch = taken.rows[0]?.epoch;
  if (epoch !== undefined) return epoch;
  const exists = await pg.query('SELECT 1 FROM sessions WHERE id = $1', [sessionId]);
  return exists.rowCount === 0 ? 'none' : 'busy';
}

/**
 * Keeps this process alive for `leaseMs` more and returns which of `owned` another process has
 * taken meanwhile (this one was paused or cut off past its lease).
 */
export async function heartbeat(pg: PgStore, ownerId: string, leaseMs: number, owned: string[]): Promise<string[]> {
  await pg.query(
    `INSERT INTO owners (id, alive_until) VALUES ($1, now() + $2 * interval '1 millisecond')
     ON CONFLICT (id) DO UPDATE SET alive_until = excluded.alive_until`,
    [ownerId, leaseMs],
  );
  if (owned.length === 0) return [];
  const lost = await pg.query<{ id: string }>(
    'SELECT id FROM sessions WHERE id = ANY($1) AND owner_id IS DISTINCT FROM $2',
    [owned, ownerId],
  );
  return lost.rows.map((row) => row.id);
}

/** Lets sessions go, so another process may take them at once. */
export async function release(pg: PgStore, ownerId: string, sessionIds: string[]): Promise<void> {
  if (sessionIds.length === 0) return;
  await pg.query('UPDATE sessions SET owner_id = NULL WHERE id = ANY($1) AND owner_id = $2', [sessionIds, ownerId]);
}

/** A process stopping: its sessions and its heartbeat row go at once. */
export async function retire(pg: PgStore, ownerId: string): Promise<void> {
  await pg.query('UPDATE sessions SET owner_id = NULL WHERE owner_id = $1', [ownerId]);
  await pg.query('DELETE FROM owners WHERE id = $1', [ownerId]);
}
