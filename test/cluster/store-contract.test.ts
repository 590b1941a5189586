import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from '../../server/store/event-store.js';
import { PgStore } from '../../server/store/postgres/pg-store.js';
import { SqliteStore } from '../../server/store/sqlite-store.js';
import { freshDatabase, startPostgres, type Postgres } from './support/engines.js';
import { ballots, created, idea } from './support/store-fixtures.js';

/** Either engine, every answer awaited: the contract is the same whether it comes at once or later. */
type AnyStore = EventStore | PgStore;

let postgres: Postgres;
beforeAll(async () => {
  postgres = await startPostgres();
});
afterAll(async () => {
  await postgres?.remove();
});

const engines: [string, () => Promise<AnyStore>][] = [
  ['SQLite', async () => new SqliteStore(':memory:')],
  ['PostgreSQL', async () => PgStore.open(await freshDatabase(postgres, `contract_${Date.now()}`))],
];

describe.each(engines)('the event store contract on %s', (_engine, open) => {
  let store: AnyStore;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store.close();
  });

  it('gives back a session as committed: events in order, ballots, command keys, version, timer', async () => {
    await store.commit([created('s1', 'AAAA1111')]);
    await store.commit([idea('s1', 2, 'first', 'key-2'), idea('s1', 3, 'second', 'key-3')]);
    await store.commit([
      { ...ballots('s1', 4, [{ ballotKey: 'k2', ranking: ['a'], organization: 'North' }]), timerEndsAt: 9000 },
    ]);
    const loaded = await store.loadOne('s1');
    expect(loaded?.version).toBe(4);
    expect(loaded?.code).toBe('AAAA1111');
    expect(loaded?.events.map((e) => e.type)).toEqual(['sessionCreated', 'ideaAdded', 'ideaAdded']);
    expect(loaded?.events.slice(1).map((e) => (e.type === 'ideaAdded' ? e.text : ''))).toEqual(['first', 'second']);
    expect(loaded?.ballots).toEqual([{ ballotKey: 'k2', ranking: ['a'], organization: 'North' }]);
    expect(new Set(loaded?.commandKeys)).toEqual(new Set(['key-2', 'key-3']));
    expect(loaded?.timerEndsAt).toBe(9000);
    expect(await store.timedSessionIds()).toEqual(['s1']);
  });

  it('replaces a ballot cast again under the same key, and keeps one row', async () => {
    await store.commit([ballots('s1', 5, [{ ballotKey: 'k2', ranking: ['b', 'a'], organization: 'North' }])]);
    expect((await store.loadOne('s1'))?.ballots).toEqual([
      { ballotKey: 'k2', ranking: ['b', 'a'], organization: 'North' },
    ]);
  });

  it('finds sessions by code and age, counts them, and knows nothing of others', async () => {
    await store.commit([created('s2', 'BBBB2222', 5000)]);
    expect(await store.codeInUse('BBBB2222')).toBe(true);
    expect(await store.codeInUse('ZZZZ9999')).toBe(false);
    expect(await store.idByCode('BBBB2222')).toBe('s2');
    expect(await store.idByCode('ZZZZ9999')).toBeNull();
    expect(await store.loadOne('nobody')).toBeNull();
    expect(await store.sessionCount()).toBe(2);
    expect(await store.createdBefore(2000)).toEqual(['s1']);
  });

  it('commits a batch whole or not at all', async () => {
    // The second change reuses a code already taken: the first must not stay behind.
    const commit = async () => store.commit([idea('s2', 2, 'kept?'), created('s3', 'AAAA1111')]);
    await expect(commit()).rejects.toThrow();
    expect((await store.loadOne('s2'))?.version).toBe(1);
    expect(await store.loadOne('s3')).toBeNull();
  });

  it('keeps every row through a compaction, and erases a session with everything in it', async () => {
    await store.compact();
    expect((await store.loadOne('s1'))?.ballots).toHaveLength(1);
    expect(await store.deleteSession('s1')).toBe(true);
    expect(await store.deleteSession('s1')).toBe(false);
    expect(await store.loadOne('s1')).toBeNull();
    expect(await store.codeInUse('AAAA1111')).toBe(false);
  });
});
