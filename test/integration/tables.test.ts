import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TableView } from '../../shared/session/tables/table-view.js';
import { call, commandId, connect, must, ViewTracker } from '../support/clients.js';
import { Room } from '../support/room.js';
import { serverFixture } from '../support/server-fixture.js';

const ORGS = ['Acme', 'Borealis', 'Cedar'];
const NAMES = ['Ana', 'Ben', 'Cai', 'Dov', 'Eli', 'Fay', 'Gus', 'Hal', 'Ida'];

function tableOf(tracker: ViewTracker): TableView['table'] | undefined {
  return (tracker.publicView?.view as Partial<TableView> | undefined)?.table;
}

async function openTableScreen(url: string, code: string, table: number): Promise<ViewTracker> {
  const screen = new ViewTracker(await connect(url));
  await must(screen.socket, 'display:attach', { code, table });
  return screen;
}

describe('parallel tables over real sockets', () => {
  const fixture = serverFixture('each');

  it('runs three tables at their own pace, a host and a table screen, then the plenary vote', async () => {
    await fixture.start();
    const room = fixture.track(
      await Room.open(fixture.server.url, {
        title: 'Alliance in tables',
        settings: {
          tables: { split: { by: 'count', count: 3 }, seating: 'mixed', shortlist: { kind: 'vote', top: 2 } },
        },
      }),
    );
    for (const [i, name] of NAMES.entries()) await room.join(name, ORGS[i % 3]);
    await room.steer('tables:seat');
    await room.facilitator.until((t) => (t.facilitator?.view.seating.length ?? 0) === 3);
    const seating = room.facilitator.facilitator!.view.seating;
    for (const table of seating) expect(new Set(table.members.map((m) => m.organization)).size).toBe(3);
    const [one, two] = seating;
    const host = one!.members[0]!;
    const hostName = host.name;
    const neighbour = one!.members[1]!.name;
    await room.steer('table:host', { tableId: one!.id, participantId: host.id });
    const screenTracker = await openTableScreen(fixture.server.url, room.code, 1);
    fixture.track(screenTracker.socket);
    await room.advance('lobby');

    // Every phone now holds its own table's view.
    const personAt = (tableId: string) =>
      seating.find((t) => t.id === tableId)!.members.map((m) => room.person(m.name));
    for (const table of seating) {
      for (const person of personAt(table.id)) {
        await person.tracker.until((t) => tableOf(t)?.id === table.id && t.publicView?.view.phase === 'ideation');
        expect(person.tracker.mine?.view.table).toMatchObject({ id: table.id, number: table.number });
      }
    }
    for (const table of seating) {
      for (const person of personAt(table.id)) {
        await room.act(person.name, 'idea:add', { text: `Secret of table ${table.number} by ${person.name}` });
      }
    }

    // The host steers table 1 only, without the facilitator's token; nobody else may.
    const hostSocket = room.person(hostName).tracker.socket;
    const advanceAt = (tableId: string, from: string) => ({ commandId: commandId(), table: tableId, from });
    expect(
      (await call(room.person(neighbour).tracker.socket, 'phase:advance', advanceAt(one!.id, 'ideation'))).ok,
    ).toBe(false);
    const elsewhere = await call(hostSocket, 'phase:advance', advanceAt(two!.id, 'ideation'));
    expect(elsewhere.ok ? 'accepted' : elsewhere.error.code).toBe('FORBIDDEN');
    await must(hostSocket, 'phase:advance', advanceAt(one!.id, 'ideation'));
    await must(hostSocket, 'sharing:reveal-round', { commandId: commandId(), table: one!.id });
    await screenTracker.until((t) => t.publicView?.view.phase === 'sharing' && t.publicView.view.ideas.length === 3);
    // The facilitator moves the other two tables at once.
    await room.steer('phase:advance', { table: '*', from: 'ideation' });
    await room.steer('sharing:reveal-round', { table: '*' });
    await room.steer('phase:advance', { table: '*', from: 'sharing' });
    // The console holds each clarifying table's own ideas, for its tools at that table.
    await room.facilitator.until((t) => (t.facilitator?.view.clarifying.length ?? 0) === 3);
    for (const at of room.facilitator.facilitator!.view.clarifying) {
      const texts = at.ideas.map((idea) => idea.text.replace(/ by .*/, ''));
      expect(texts).toEqual([1, 2, 3].map(() => `Secret of table ${at.number}`));
    }
    await room.steer('phase:advance', { table: '*', from: 'clarification' });
    await room.facilitator.until((t) => (t.view?.tables ?? []).every((table) => table.phase === 'ranking'));

    // Each table votes; the plenary refuses to start until every table has sent its ideas.
    for (const table of seating) {
      for (const person of personAt(table.id)) {
        const ideas = person.tracker.publicView!.view.ideas.map((i) => i.id);
        await room.act(person.name, 'ballot:submit', { ranking: ideas.slice(0, 2) });
      }
    }
    await room.facilitator.until((t) => (t.view?.tables ?? []).every((table) => table.ballotsCast === 3));
    await room.steer('phase:advance', { table: one!.id, from: 'ranking' });
    expect((await room.trySteer('phase:advance', { from: 'tables' })).ok).toBe(false);
    await room.steer('phase:advance', { table: '*', from: 'ranking' });
    await room.facilitator.until((t) => (t.view?.tables ?? []).every((table) => table.shortlisted === 2));
    // What every phone and the table screen received while the tables worked.
    const trackers = [screenTracker, ...NAMES.map((name) => room.person(name).tracker)];
    const atTables = new Map(trackers.map((t) => [t, JSON.stringify(t.deliveries)]));
    await room.advance('tables');

    // The plenary pool: six ideas, each with its table; a merge across tables.
    await room.facilitator.until((t) => t.view?.phase === 'clarification' && t.view.ideas.length === 6);
    const pool = room.facilitator.view!.ideas;
    expect(pool.map((i) => i.table).sort()).toEqual([1, 1, 2, 2, 3, 3]);
    const [a, b] = [pool[0]!, pool[2]!];
    await room.steer('idea:merge', { targetId: a.id, sourceIds: [b.id] });
    await room.advance('clarification');
    for (const name of NAMES) {
      const person = room.person(name);
      await person.tracker.until((t) => t.publicView?.view.phase === 'ranking');
      await room.act(name, 'ballot:submit', {
        ranking: person.tracker.publicView!.view.ideas.slice(0, 3).map((i) => i.id),
      });
    }
    await room.facilitator.until((t) => t.view?.ballotsIn === 9);
    await room.advance('ranking');
    await room.facilitator.until((t) => t.view?.results !== null && t.view?.shortlists !== null);
    const fared = room.facilitator.view!.shortlists!;
    expect(fared.map((t) => t.ideas.length)).toEqual([2, 2, 2]);
    expect(fared.flatMap((t) => t.ideas).find((i) => i.ideaId === b.id)?.mergedInto).toBe(a.id);

    // No socket ever received another table's idea while the tables worked, and no patch had a gap.
    for (const table of seating) {
      const others = seating.filter((t) => t.id !== table.id).map((t) => `Secret of table ${t.number}`);
      const listeners = personAt(table.id)
        .map((p) => p.tracker)
        .concat(table.number === 1 ? [screenTracker] : []);
      for (const tracker of listeners) {
        const json = atTables.get(tracker) ?? '';
        expect(json).toContain(`Secret of table ${table.number}`);
        for (const secret of others) expect(json.includes(secret), secret).toBe(false);
        expect(tracker.gaps).toBe(0);
      }
    }

    // On disk, no stored key ties a person's table ballot to their plenary ballot.
    const db = new Database(join(fixture.dir, 'roundtable.sqlite'), { readonly: true });
    const keys = (db.prepare('SELECT ballot_key FROM ballots').all() as { ballot_key: string }[]).map(
      (r) => r.ballot_key,
    );
    db.close();
    const tableKeys = keys.filter((key) => key.startsWith('t:')).map((key) => key.slice(key.indexOf(':', 2) + 1));
    const plenary = keys.filter((key) => !key.startsWith('t:'));
    expect([tableKeys.length, plenary.length]).toEqual([9, 9]);
    expect(tableKeys.filter((key) => plenary.includes(key))).toEqual([]);
  });

  it('seats a latecomer where there is room and keeps table ballots across a restart', async () => {
    await fixture.start();
    const room = fixture.track(
      await Room.open(fixture.server.url, {
        title: 'Restart at the tables',
        settings: { tables: { split: { by: 'count', count: 2 }, shortlist: { kind: 'vote', top: 1 } } },
      }),
    );
    for (const name of NAMES.slice(0, 6)) await room.join(name);
    await room.advance('lobby');
    const late = await room.join('Zoe');
    await late.tracker.until((t) => tableOf(t) !== undefined);
    await room.facilitator.until((t) => (t.view?.tables ?? []).reduce((n, table) => n + table.members, 0) === 7);
    const table = room.facilitator.facilitator!.view.seating.find((t) => t.members.some((m) => m.name === 'Zoe'))!;
    expect(table.members).toHaveLength(4);
    for (const m of table.members) await room.act(m.name, 'idea:add', { text: `Idea of ${m.name} to keep` });
    await room.steer('phase:advance', { table: table.id, from: 'ideation' });
    await room.steer('sharing:reveal-round', { table: table.id });
    await room.steer('phase:advance', { table: table.id, from: 'sharing' });
    await room.steer('phase:advance', { table: table.id, from: 'clarification' });
    for (const m of table.members) {
      const tracker = room.person(m.name).tracker;
      await tracker.until((t) => t.publicView?.view.phase === 'ranking');
      const first = tracker.publicView!.view.ideas[0]!.id;
      await room.act(m.name, 'ballot:submit', { ranking: [first] });
      await tracker.until((t) => t.mine?.view.myBallot?.ranking[0] === first);
    }
    await fixture.start();
    await room.reconnect(fixture.server.url);
    await room.facilitator.until((t) => (t.view?.tables ?? []).some((x) => x.id === table.id && x.ballotsCast === 4));
    const voter = room.person(table.members[0]!.name).tracker;
    await voter.until((t) => t.mine?.view.myBallot !== null && t.mine?.view.myBallot !== undefined);
    await room.steer('phase:advance', { table: table.id, from: 'ranking' });
    await room.facilitator.until((t) => (t.view?.tables ?? []).some((x) => x.id === table.id && x.shortlisted === 1));
  });
});
