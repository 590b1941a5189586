import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionChange } from '../../server/store/event-store.js';
import { SqliteStore } from '../../server/store/sqlite-store.js';
import { WalSync } from '../../server/store/wal-sync.js';
import { call, connect, createSession } from '../support/clients.js';
import { startServer, tempDataDir } from '../support/server.js';

const data = tempDataDir();
afterEach(() => data.remove());

function created(sessionId: string, code: string): SessionChange {
  const event = {
    type: 'sessionCreated',
    id: sessionId,
    code,
    createdAt: 1,
  } as unknown as SessionChange['events'][number];
  return { sessionId, version: 1, events: [event], ballots: [], commandKey: null };
}

/** The order in which promises settle, by name. */
function settleOrder(promises: Record<string, Promise<unknown>>): Promise<string[]> {
  const order: string[] = [];
  const tracked = Object.entries(promises).map(([name, p]) => p.finally(() => order.push(name)));
  return Promise.allSettled(tracked).then(() => order);
}

describe('the log is synced off the event loop, and a commit waits for a sync begun after it', () => {
  it('a write made while a sync runs waits for the next one, which every such write shares', async () => {
    const log = join(data.dir, 'log');
    writeFileSync(log, 'frames');
    const sync = new WalSync(log);
    const first = sync.sync();
    // Asked for while the first runs: that sync may have read the file before these writes.
    const second = sync.sync();
    const third = sync.sync();
    expect(second).not.toBe(first);
    expect(third).toBe(second);
    expect(await settleOrder({ second, first })).toEqual(['first', 'second']);
    // Nothing runs now: the next write starts a sync of its own.
    const fourth = sync.sync();
    expect(fourth).not.toBe(second);
    await fourth;
    expect(sync.settled()).toBeNull();
    sync.release();
  });

  it('a file store answers each commit once it is synced, and keeps every commit', async () => {
    const store = new SqliteStore(join(data.dir, 'x.sqlite'));
    const commits = {
      first: store.commit([created('s1', 'AAAA1111')]),
      second: store.commit([created('s2', 'BBBB2222')]),
      third: store.commit([created('s3', 'CCCC3333')]),
    };
    for (const promise of Object.values(commits)) expect(promise).toBeInstanceOf(Promise);
    expect((await settleOrder(commits as Record<string, Promise<void>>))[0]).toBe('first');
    await store.close();
    const reopened = new SqliteStore(join(data.dir, 'x.sqlite'));
    expect(reopened.sessionCount()).toBe(3);
    await reopened.close();
  });

  it('an in-memory database has no log: its commits are done when they return', () => {
    const store = new SqliteStore(':memory:');
    expect(store.commit([created('s1', 'AAAA1111')])).toBeUndefined();
    expect(store.sessionCount()).toBe(1);
    void store.close();
  });

  it('a log that cannot be synced rejects the commit, and the store takes no write after it', async () => {
    const file = join(data.dir, 'x.sqlite');
    const store = new SqliteStore(file);
    // SQLite keeps writing to the log it holds open; the path the sync opens is gone.
    rmSync(`${file}-wal`);
    await expect(store.commit([created('s1', 'AAAA1111')])).rejects.toThrow(/ENOENT/);
    expect(() => store.commit([created('s2', 'BBBB2222')])).toThrow(/failed sync to disk; restart the server/);
    await store.close();
  });

  it('a sync that cannot open the log rejects rather than throws', async () => {
    const sync = new WalSync(join(data.dir, 'missing', 'x.sqlite-wal'));
    await expect(sync.sync()).rejects.toThrow(/ENOENT/);
    expect(sync.settled()).toBeNull();
  });

  it('a join whose sync to disk fails is never acknowledged, over a real socket', async () => {
    const first = await startServer(data.dir);
    const { code } = await createSession(first.url, { title: 'Unlucky disk' });
    await first.stop();
    // The restarted server's log path is gone before its first sync (SQLite still writes to the
    // file it holds open): the join is written, but its sync cannot be made.
    const server = await startServer(data.dir);
    rmSync(join(data.dir, 'roundtable.sqlite-wal'));
    const socket = await connect(server.url);
    try {
      const joined = await call(socket, 'participant:join', { code, name: 'Ada' });
      expect(joined.ok ? 'ok' : joined.error.code).toBe('INTERNAL');
      const again = await call(socket, 'participant:join', { code, name: 'Bo' });
      expect(again.ok ? 'ok' : again.error.code).toBe('INTERNAL');
    } finally {
      socket.close();
      await server.stop();
    }
  });
});
