import { describe, expect, it } from 'vitest';
import type { CreateSessionInput } from '../../shared/protocol/schemas.js';
import type { TablesSetting } from '../../shared/session/tables/settings.js';
import type { ViewTracker } from '../support/clients.js';
import { Room } from '../support/room.js';
import { serverFixture } from '../support/server-fixture.js';

/**
 * Seating "chosen" over real sockets, as an attacker would try it: a phone picks a full table, a
 * table of another session, a table after the tables started; the seat list every phone gets
 * names nobody; a removed person's seat is free again.
 */

const CHOSEN: TablesSetting = { split: { by: 'count', count: 2 }, seating: 'chosen', shortlist: { kind: 'all' } };
const PEOPLE = [
  ['Ana', 'Acme'],
  ['Ben', 'Borealis'],
  ['Cai', 'Acme'],
  ['Dov', undefined],
] as const;

function input(tables: TablesSetting, title = 'Choose a table'): CreateSessionInput {
  return { title, settings: { tables }, organizations: ['Acme', 'Borealis'] };
}

async function seatedRoom(url: string, tables: TablesSetting = CHOSEN, title?: string): Promise<Room> {
  const room = await Room.open(url, input(tables, title));
  for (const [name, organization] of PEOPLE) await room.join(name, organization);
  await room.steer('tables:seat');
  await room.facilitator.until((t) => (t.facilitator?.view.seating.length ?? 0) === 2);
  return room;
}

/** Ana, Ben and Cai take table 1 (Dov moves to table 2 first, so the three fit): table 1 is full. */
async function fillTableOne(room: Room): Promise<string> {
  const [one, two] = room.facilitator.facilitator!.view.seating;
  await room.act('Dov', 'table:choose', { tableId: two!.id });
  for (const name of ['Ana', 'Ben', 'Cai']) await room.act(name, 'table:choose', { tableId: one!.id });
  return one!.id;
}

const codeOf = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? 'accepted' : result.error?.code);
const tableIdOf = (tracker: ViewTracker) => tracker.mine?.view.table?.id;

describe('choosing a table over real sockets', () => {
  const fixture = serverFixture('each');
  /** The session's version on the server itself: a refused command must not move it. */
  const version = (room: Room) =>
    fixture.server.app.service.get(room.facilitator.facilitator?.view.sessionId ?? '')?.version;

  it('every phone gets the tables to choose from, with counts and no name', async () => {
    await fixture.start();
    const room = fixture.track(await seatedRoom(fixture.server.url));
    const ana = room.person('Ana').tracker;
    await ana.until((t) => (t.publicView?.view.seatChoice?.tables.length ?? 0) === 2);
    const choice = ana.publicView!.view.seatChoice!;
    expect(choice.capacity).toBe(3);
    expect(choice.tables.map((t) => t.people + t.room)).toEqual([3, 3]);
    const orgs = choice.tables.flatMap((t) => t.organizations);
    expect(orgs.reduce((sum, o) => sum + o.count, 0)).toBe(3);
    const wire = JSON.stringify(choice);
    for (const person of room.people.values()) {
      expect(wire).not.toContain(person.name);
      expect(wire).not.toContain(person.participantId);
    }
  });

  it('refuses a full table, a table of another session, and any choice once the tables started', async () => {
    await fixture.start();
    const room = fixture.track(await seatedRoom(fixture.server.url));
    const other = fixture.track(await seatedRoom(fixture.server.url, CHOSEN, 'Another session'));
    // Three people at table 1 fill it (capacity: 4 people at 2 tables, 2 + 1).
    const one = { id: await fillTableOne(room) };
    await room.person('Dov').tracker.until((t) => t.publicView?.view.seatChoice?.tables[0]?.room === 0);
    const before = version(room);
    expect(before).toBeGreaterThan(0);
    expect(codeOf(await room.tryAct('Dov', 'table:choose', { tableId: one!.id }))).toBe('LIMIT_REACHED');
    // Another session's table is no table here; that session is untouched too.
    const elsewhere = other.facilitator.facilitator!.view.seating[0]!.id;
    const otherBefore = version(other);
    expect(otherBefore).toBeGreaterThan(0);
    expect(codeOf(await room.tryAct('Dov', 'table:choose', { tableId: elsewhere }))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await room.trySteer('tables:move', { participantId: room.person('Dov').participantId, tableId: elsewhere }),
      ),
    ).toBe('NOT_FOUND');
    expect(version(room)).toBe(before);
    expect(version(other)).toBe(otherBefore);
    // Once the tables start, nobody changes seat: not a phone, not the console.
    await room.advance('lobby');
    const dov = room.person('Dov').tracker;
    await dov.until((t) => t.publicView !== null && 'table' in t.publicView.view);
    const seat = tableIdOf(dov);
    const [, two] = room.facilitator.facilitator!.view.seating;
    expect(codeOf(await room.tryAct('Dov', 'table:choose', { tableId: one!.id }))).toBe('WRONG_PHASE');
    expect(
      codeOf(await room.trySteer('tables:move', { participantId: room.person('Ana').participantId, tableId: two!.id })),
    ).toBe('WRONG_PHASE');
    expect(tableIdOf(dov)).toBe(seat);
    expect(room.facilitator.facilitator!.view.seatChoice).toBeNull();
  });

  it('frees the seat of a removed person', async () => {
    await fixture.start();
    const room = fixture.track(await seatedRoom(fixture.server.url));
    const one = { id: await fillTableOne(room) };
    expect(codeOf(await room.tryAct('Dov', 'table:choose', { tableId: one!.id }))).toBe('LIMIT_REACHED');
    await room.steer('participant:remove', { participantId: room.person('Cai').participantId });
    const dov = room.person('Dov').tracker;
    await dov.until((t) => t.publicView?.view.seatChoice?.tables[0]?.room === 1);
    await room.act('Dov', 'table:choose', { tableId: one!.id });
    await dov.until((t) => tableIdOf(t) === one!.id);
  });

  it('refuses a choice when the facilitator seats people', async () => {
    await fixture.start();
    const room = fixture.track(await seatedRoom(fixture.server.url, { ...CHOSEN, seating: 'mixed' }));
    const ana = room.person('Ana').participantId;
    const away = room.facilitator.facilitator!.view.seating.find((t) => !t.members.some((m) => m.id === ana));
    expect(codeOf(await room.tryAct('Ana', 'table:choose', { tableId: away!.id }))).toBe('FORBIDDEN');
    expect(room.person('Ana').tracker.publicView?.view.seatChoice).toBeNull();
  });
});
