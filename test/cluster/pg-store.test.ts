import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaleOwnerError } from '../../server/store/postgres/pg-errors.js';
import { heartbeat, takeOver } from '../../server/store/postgres/leases.js';
import { PgStore } from '../../server/store/postgres/pg-store.js';
import { freshDatabase, startPostgres, type Postgres } from './support/engines.js';
import { ballots, created, idea } from './support/store-fixtures.js';

let postgres: Postgres;
let store: PgStore;
beforeAll(async () => {
  postgres = await startPostgres();
  store = await PgStore.open(await freshDatabase(postgres, 'pg_specific'));
});
afterAll(async () => {
  await store?.close();
  await postgres?.remove();
});

/** Ballot keys in the order their rows sit in the table's pages (ctid), read from the real rows. */
async function physicalOrder(sessionId: string): Promise<string[]> {
  const rows = await store.query<{ ballot_key: string }>(
    'SELECT ballot_key FROM ballots WHERE session_id = $1 ORDER BY ctid',
    [sessionId],
  );
  return rows.rows.map((row) => row.ballot_key);
}

describe('the PostgreSQL store, read row by row', () => {
  it('has no column in the ballots table that could name, date or number a voter', async () => {
    const columns = await store.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'ballots' ORDER BY ordinal_position",
    );
    expect(columns.rows.map((row) => row.column_name)).toEqual(['session_id', 'ballot_key', 'ranking', 'organization']);
  });

  it('keeps ballots in casting order in its pages until voting closes, then in key order', async () => {
    await store.commit([created('order', 'ORDR2345')]);
    // Keys cast in an order far from key order: z, y, x, ...
    const keys = Array.from({ length: 30 }, (_, i) => `k${String(99 - i).padStart(2, '0')}`);
    let version = 1;
    for (const key of keys) {
      version += 1;
      await store.commit([ballots('order', version, [{ ballotKey: key, ranking: ['a'], organization: null }])]);
    }
    // The attack this defends against: before compaction, the pages give the casting order away.
    expect(await physicalOrder('order')).toEqual(keys);
    await store.compact();
    expect(await physicalOrder('order')).toEqual([...keys].sort());
  });

  it('refuses a write from a process whose epoch is stale, and a second write of one version', async () => {
    await store.commit([created('fence', 'FENC2345')]);
    const first = await takeOver(store, 'fence', 'owner-a');
    expect(first).toBe(1);
    await store.commit([idea('fence', 2, 'by a')], new Map([['fence', 1]]));
    // The same version again (a retry of a write that did get in, or a rival): refused by (session, version).
    await expect(store.commit([idea('fence', 2, 'again')], new Map([['fence', 1]]))).rejects.toBeInstanceOf(
      StaleOwnerError,
    );
    // A, never heard of since (no heartbeat row), loses the session; its epoch is stale from then on.
    expect(await takeOver(store, 'fence', 'owner-b')).toBe(2);
    await expect(store.commit([idea('fence', 3, 'late a')], new Map([['fence', 1]]))).rejects.toBeInstanceOf(
      StaleOwnerError,
    );
    await store.commit([idea('fence', 3, 'by b')], new Map([['fence', 2]]));
    const texts = (await store.loadOne('fence'))?.events.flatMap((e) => (e.type === 'ideaAdded' ? [e.text] : []));
    expect(texts).toEqual(['by a', 'by b']);
  });

  it('lets a live owner keep its session and a dead one lose it, by the database clock', async () => {
    await store.commit([created('lease', 'LEAS2345')]);
    expect(await heartbeat(store, 'alive', 60_000, [])).toEqual([]);
    expect(typeof (await takeOver(store, 'lease', 'alive'))).toBe('number');
    expect(await takeOver(store, 'lease', 'rival')).toBe('busy');
    expect(await takeOver(store, 'missing', 'rival')).toBe('none');
    // The owner stops beating (its lease ends now): the rival takes over, and the owner learns it.
    await heartbeat(store, 'alive', 0, []);
    expect(typeof (await takeOver(store, 'lease', 'rival'))).toBe('number');
    expect(await heartbeat(store, 'alive', 60_000, ['lease'])).toEqual(['lease']);
  });
});
