import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { silentLogger } from '../../server/logger.js';
import type { EventStore, SessionChange } from '../../server/store/event-store.js';
import { SqliteStore } from '../../server/store/sqlite-store.js';
import { call, commandId } from '../support/clients.js';
import { Room } from '../support/room.js';
import { tempDataDir } from '../support/server.js';

/** The real SQLite store, whose commits can be made to fail as a full or broken disk would. */
class FailingStore implements EventStore {
  failing = false;
  constructor(private readonly real: SqliteStore) {}
  commit(changes: readonly SessionChange[]): Promise<void> | undefined {
    if (this.failing) throw new Error('SQLITE_FULL: database or disk is full');
    return this.real.commit(changes);
  }
  codeInUse = (code: string) => this.real.codeInUse(code);
  loadOne = (id: string) => this.real.loadOne(id);
  idByCode = (code: string) => this.real.idByCode(code);
  timedSessionIds = () => this.real.timedSessionIds();
  createdBefore = (cutoff: number) => this.real.createdBefore(cutoff);
  sessionCount = () => this.real.sessionCount();
  deleteSession = (id: string) => this.real.deleteSession(id);
  compact = () => this.real.compact();
  close = () => this.real.close();
}

describe('an acknowledged command is never lost when a commit fails', () => {
  const data = tempDataDir();
  let app: App | undefined;
  let store: FailingStore | undefined;
  let room: Room | undefined;

  afterEach(async () => {
    room?.close();
    await app?.close();
    app?.httpServer.close();
    await store?.close();
    data.remove();
  });

  it('answers every command of a failed batch INTERNAL, duplicates included, reports degraded health, and takes the retry once', async () => {
    store = new FailingStore(new SqliteStore(join(data.dir, 'roundtable.sqlite')));
    app = createApp({ store, log: silentLogger });
    await new Promise<void>((resolve) => app!.httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
    const health = async () => {
      const response = await fetch(`${url}/healthz`);
      return { status: response.status, body: (await response.json()) as { ok: boolean; reason?: string } };
    };
    room = await Room.open(url, { title: 'Broken disk' });
    const ada = await room.join('Ada');
    await room.advance('lobby');
    expect((await health()).status).toBe(200);

    store.failing = true;
    // The same idea twice in one batch (a retry racing its original), and a lock sent twice.
    const id = commandId();
    const idea = { commandId: id, text: 'Shared data standards' };
    const lock = (cid: string) =>
      call(room!.facilitator.socket, 'room:lock', { commandId: cid, token: room!.facilitatorToken, locked: true });
    const answers = await Promise.all([
      call(ada.tracker.socket, 'idea:add', idea),
      call(ada.tracker.socket, 'idea:add', idea),
      lock(commandId()),
      lock(commandId()),
    ]);
    expect(answers.map((a) => (a.ok ? 'ok' : a.error.code))).toEqual(['INTERNAL', 'INTERNAL', 'INTERNAL', 'INTERNAL']);
    await call(ada.tracker.socket, 'idea:add', idea);
    await call(ada.tracker.socket, 'idea:add', idea);
    const degraded = await health();
    expect(degraded.status).toBe(503);
    expect(degraded.body).toMatchObject({ ok: false, reason: expect.stringContaining('commit') });

    // The disk comes back: the retry is applied once, and health recovers.
    store.failing = false;
    expect(await call(ada.tracker.socket, 'idea:add', idea)).toEqual({ ok: true });
    expect(await call(ada.tracker.socket, 'idea:add', idea)).toEqual({ ok: true });
    const live = app.service.findByCode(room.code)!;
    expect([...live.state.ideas.values()].filter((i) => i.text === idea.text)).toHaveLength(1);
    expect(live.state.locked).toBe(false);
    expect(await health()).toEqual({ status: 200, body: { ok: true } });
  });
});
