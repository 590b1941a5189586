import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TableView } from '../../shared/session/tables/table-view.js';
import { commandId, connect, must, ViewTracker } from '../support/clients.js';
import { Room } from '../support/room.js';
import { serverFixture } from '../support/server-fixture.js';

const ORGS = ['Acme', 'Borealis', 'Cedar'];
const NAMES = ['Ana', 'Ben', 'Cai', 'Dov', 'Eli', 'Fay', 'Gus', 'Hal', 'Ida'];

/**
 * The server's clock. A timer runs at least 10 s (the protocol's floor), so rather than wait that
 * out, a test moves this clock on to shortly before a timer's end; the server's next change to
 * the session (or its next start) arms the timeout at the new time, and the rest is real waiting.
 */
const clock = { skew: 0 };
const now = () => Date.now() + clock.skew;
function moveClockTo(serverTime: number): void {
  clock.skew = serverTime - Date.now();
}

const tableOf = (tracker: ViewTracker) => (tracker.publicView?.view as Partial<TableView> | undefined)?.table;
const phaseOf = (tracker: ViewTracker) => tracker.publicView?.view.phase;

/** What the store keeps: the armed end of the session's timers, and its phase changes made by a timer. */
function onDisk(dir: string, sessionId: string) {
  const db = new Database(join(dir, 'roundtable.sqlite'), { readonly: true });
  try {
    const row = db.prepare('SELECT timer_ends_at FROM sessions WHERE id = ?').get(sessionId) as {
      timer_ends_at: number | null;
    };
    const payloads = db
      .prepare("SELECT payload FROM events WHERE session_id = ? AND type = 'atTable' ORDER BY seq")
      .pluck()
      .all(sessionId) as string[];
    const byTimer = payloads
      .map((p) => JSON.parse(p) as { tableId: string; event: { type: string; to?: string; by?: string } })
      .filter((e) => e.event.type === 'phaseChanged' && e.event.by === 'timer')
      .map((e) => [e.tableId, e.event.to]);
    return { timerEndsAt: row.timer_ends_at, byTimer };
  } finally {
    db.close();
  }
}

/** A room of nine (three organizations) in three tables, started, with the given phase durations. */
async function startedRoom(url: string, durations: Record<string, number>, count = 3) {
  const room = await Room.open(url, {
    title: 'Timed tables',
    settings: {
      durations,
      tables: { split: { by: 'count', count }, seating: 'mixed', shortlist: { kind: 'vote', top: 2 } },
    },
  });
  for (const [i, name] of NAMES.slice(0, count * 3).entries()) await room.join(name, ORGS[i % 3]);
  await room.steer('tables:seat');
  await room.facilitator.until((t) => (t.facilitator?.view.seating.length ?? 0) === count);
  const seating = room.facilitator.facilitator!.view.seating;
  return { room, seating, sessionId: room.facilitator.facilitator!.view.sessionId };
}

describe('table timers over real sockets and a real SQLite file', () => {
  const fixture = serverFixture('each');

  it('each table’s timer ends its own phase; a paused one waits; after a restart the next one still fires', async () => {
    clock.skew = 0;
    await fixture.start({ now });
    const { room, seating, sessionId } = await startedRoom(fixture.server.url, { ideation: 10, sharing: 60 });
    fixture.track(room);
    const [one, two, three] = seating;
    const host = room.person(two!.members[0]!.name);
    await room.steer('table:host', { tableId: two!.id, participantId: host.participantId });
    const screen = new ViewTracker(fixture.track(await connect(fixture.server.url)));
    await must(screen.socket, 'display:attach', { code: room.code, table: 1 });
    await room.advance('lobby');
    const trackersAt = (table: typeof one) => table!.members.map((m) => room.person(m.name).tracker);
    for (const table of seating) {
      for (const tracker of trackersAt(table)) await tracker.until((t) => tableOf(t)?.id === table.id);
    }
    const timerAt = (table: typeof one) => trackersAt(table)[0]!.publicView!.view.timer;

    // Table 2's host pauses their table from the phone; the console gives table 3 ten more seconds.
    await must(host.tracker.socket, 'timer:pause', { commandId: commandId(), table: two!.id });
    await room.steer('timer:extend', { table: three!.id, seconds: 10 });
    await trackersAt(two)[0]!.until((t) => t.publicView?.view.timer?.endsAt === null);
    await trackersAt(three)[0]!.until((t) => (t.publicView?.view.timer?.remainingMs ?? 0) === 20_000);
    const oneEnds = timerAt(one)!.endsAt!;
    const threeEnds = timerAt(three)!.endsAt!;
    expect(threeEnds - oneEnds).toBe(10_000);
    expect(onDisk(fixture.dir, sessionId).timerEndsAt).toBe(oneEnds);

    // 1.5 s before table 1's end; a new idea there is the change that re-arms at the new time.
    moveClockTo(oneEnds - 1_500);
    await room.act(one!.members[0]!.name, 'idea:add', { text: 'Written just in time' });
    for (const tracker of [...trackersAt(one), screen]) {
      await tracker.until((t) => phaseOf(t) === 'sharing' && t.publicView?.view.timer?.phase === 'sharing');
    }
    expect(now()).toBeGreaterThanOrEqual(oneEnds);
    await room.facilitator.until((t) => t.view?.tables?.[0]?.phase === 'sharing');
    expect(room.facilitator.view!.tables!.map((t) => t.phase)).toEqual(['sharing', 'ideation', 'ideation']);
    for (const tracker of [...trackersAt(two), ...trackersAt(three)]) expect(phaseOf(tracker)).toBe('ideation');
    // Table 1's sharing ends in a minute; table 2 is paused: table 3's end is what is kept now.
    expect(onDisk(fixture.dir, sessionId)).toEqual({ timerEndsAt: threeEnds, byTimer: [[one!.id, 'sharing']] });

    // The server stops and starts again 1 s before table 3's end: the timer is found in the file.
    moveClockTo(threeEnds - 1_000);
    await fixture.start({ now });
    expect(fixture.server.app.service.loadedIds()).toEqual([sessionId]);
    await room.reconnect(fixture.server.url);
    for (const tracker of trackersAt(three)) await tracker.until((t) => phaseOf(t) === 'sharing');
    expect(now()).toBeGreaterThanOrEqual(threeEnds);
    // Table 2, paused, still writes long after its end; its host resumes, and its time left is kept.
    for (const tracker of trackersAt(two)) expect(phaseOf(tracker)).toBe('ideation');
    for (const tracker of trackersAt(one)) expect(phaseOf(tracker)).toBe('sharing');
    await must(host.tracker.socket, 'timer:resume', { commandId: commandId(), table: two!.id });
    await trackersAt(two)[0]!.until((t) => t.publicView?.view.timer?.endsAt !== null);
    const twoEnds = timerAt(two)!.endsAt!;
    expect(twoEnds - now()).toBeGreaterThan(9_000);
    expect(onDisk(fixture.dir, sessionId)).toEqual({
      timerEndsAt: twoEnds,
      byTimer: [
        [one!.id, 'sharing'],
        [three!.id, 'sharing'],
      ],
    });
  });

  it('a session nobody is attached to stays in memory until its table timer fires, then leaves', async () => {
    clock.skew = 0;
    await fixture.start({ now, sessionIdleMs: 20 });
    const { room, seating, sessionId } = await startedRoom(fixture.server.url, { ideation: 10 }, 2);
    fixture.track(room);
    const [one, two] = seating;
    await room.advance('lobby');
    await room.steer('timer:clear', { table: two!.id });
    const phone = room.person(one!.members[0]!.name).tracker;
    await phone.until((t) => tableOf(t)?.id === one!.id && t.publicView?.view.timer !== null);
    const oneEnds = phone.publicView!.view.timer!.endsAt!;
    moveClockTo(oneEnds - 1_200);
    await room.act(one!.members[0]!.name, 'idea:add', { text: 'The last word before leaving' });
    room.close();

    // Idle for many sweeps (every 20 ms) with nobody attached: kept, because a table timer runs.
    const service = fixture.server.app.service;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(service.loadedIds()).toEqual([sessionId]);
    const deadline = Date.now() + 5_000;
    while (onDisk(fixture.dir, sessionId).byTimer.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(onDisk(fixture.dir, sessionId)).toEqual({ timerEndsAt: null, byTimer: [[one!.id, 'sharing']] });
    // Nothing runs any more: the session leaves memory, and comes back as it was.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(service.loadedIds()).toEqual([]);
    const back = service.get(sessionId)!.state;
    expect([back.tables[one!.id]?.phase, back.tables[two!.id]?.phase]).toEqual(['sharing', 'ideation']);
  });
});
