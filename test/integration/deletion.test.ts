import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call, commandId } from '../support/clients.js';
import { Room } from '../support/room.js';
import { startServer, tempDataDir, type TestServer } from '../support/server.js';

function rowCounts(file: string): { sessions: number; events: number; ballots: number; commands: number } {
  const db = new Database(file, { readonly: true });
  const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  const counts = {
    sessions: count('sessions'),
    events: count('events'),
    ballots: count('ballots'),
    commands: count('commands'),
  };
  db.close();
  return counts;
}

describe('data can be removed', () => {
  const data = tempDataDir();
  let server: TestServer | undefined;
  let rooms: Room[] = [];

  afterEach(async () => {
    for (const room of rooms) room.close();
    rooms = [];
    await server?.stop();
    server = undefined;
  });

  it('the facilitator deletes a session and everything in it; others are untouched', async () => {
    server = await startServer(data.dir);
    const doomed = await Room.open(server.url, { title: 'Delete me' });
    const kept = await Room.open(server.url, { title: 'Keep me' });
    rooms = [doomed, kept];
    for (const room of rooms) {
      await room.join('Ada');
      await room.advance('lobby');
      await room.act('Ada', 'idea:add', { text: `words in ${room.code}` });
    }
    const file = join(data.dir, 'roundtable.sqlite');
    const before = rowCounts(file);
    const ada = doomed.person('Ada').tracker;
    const told = new Promise<void>((resolve) => ada.socket.once('session:deleted', () => resolve()));
    const participantRefused = await call(ada.socket, 'session:delete', {
      commandId: commandId(),
      token: doomed.facilitatorToken,
    });
    expect(participantRefused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await doomed.steer('session:delete');
    await told;

    const after = rowCounts(file);
    expect(after.sessions).toBe(before.sessions - 1);
    expect(after.events).toBeLessThan(before.events);
    expect(after.commands).toBeLessThan(before.commands);
    const db = new Database(file, { readonly: true });
    const leftovers = db.prepare("SELECT COUNT(*) AS n FROM events WHERE payload LIKE '%Delete me%'").get() as {
      n: number;
    };
    db.close();
    expect(leftovers.n).toBe(0);
    expect(
      await call(kept.person('Ada').tracker.socket, 'ideation:done', { commandId: commandId(), done: true }),
    ).toEqual({ ok: true });

    // Gone after a restart too, and its code no longer answers.
    await server.stop();
    server = await startServer(data.dir);
    const again = await Room.open(server.url, { title: 'Probe' });
    rooms.push(again);
    expect(await call(again.facilitator.socket, 'participant:join', { code: doomed.code, name: 'Eve' })).toMatchObject({
      ok: false,
      error: { code: 'JOIN_REFUSED' },
    });
    expect(server.app.service.findByCode(kept.code)).toBeDefined();
  });

  it('purges sessions older than the retention age', async () => {
    let now = Date.UTC(2026, 0, 1);
    server = await startServer(data.dir, { now: () => now });
    const old = await Room.open(server.url, { title: 'Old workshop' });
    now += 20 * 24 * 3600 * 1000;
    const recent = await Room.open(server.url, { title: 'Recent workshop' });
    rooms = [old, recent];
    now += 15 * 24 * 3600 * 1000;
    const purged = await server.app.service.purgeOlderThan(30 * 24 * 3600 * 1000);
    expect(purged).toBe(1);
    expect(server.app.service.findByCode(old.code)).toBeUndefined();
    expect(server.app.service.findByCode(recent.code)).toBeDefined();
  });
});
