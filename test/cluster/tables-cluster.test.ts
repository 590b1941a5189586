import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TableView } from '../../shared/session/tables/table-view.js';
import { stopPid } from '../../scripts/cluster/engines.js';
import { ViewTracker, type TestSocket } from '../support/clients.js';
import { ResilientParticipant } from '../support/resilient-participant.js';
import { Room } from '../support/room.js';
import { startTestCluster, type TestCluster } from './support/cluster.js';
import { allAnswered, steerRouted } from './support/voting-room.js';

const ORGS = ['Acme', 'Borealis', 'Cedar'];
const NAMES = ['Ana', 'Ben', 'Cai', 'Dov', 'Eli', 'Fay', 'Gus', 'Hal', 'Ida'];

const tableOf = (tracker: ViewTracker) => (tracker.publicView?.view as Partial<TableView> | undefined)?.table;
const phaseOf = (tracker: ViewTracker) => tracker.publicView?.view.phase;

/** A screen that, like the real client, attaches again whenever its connection comes back. */
function viewer(url: string, transport: 'websocket' | 'polling', attach: [string, Record<string, unknown>]) {
  const socket: TestSocket = io(url, {
    transports: [transport],
    forceNew: true,
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
  });
  socket.on('connect', () => void (socket as unknown as Socket).emitWithAck(...attach).catch(() => null));
  return new ViewTracker(socket);
}

/**
 * Parallel tables on two processes behind nginx, PostgreSQL and Redis: every phone, a table
 * screen (long-polling) and the console routed by room code. The owner stops in the middle of the
 * tables (the other process takes the session over, and a table's timer fires there at its
 * deadline), then comes back and takes it back on request; each table's phones and screen see
 * their table alone throughout, and the plenary ends in results.
 */
describe('parallel tables across two processes', () => {
  let cluster: TestCluster;
  let room: Room | undefined;
  const closers: (() => void)[] = [];

  beforeAll(async () => {
    cluster = await startTestCluster({ processes: 2, leaseMs: 2000 });
  }, 90_000);
  afterAll(async () => {
    for (const close of closers) close();
    room?.close();
    await cluster?.stop();
  });

  it('runs the tables through two hand-overs with each table’s views kept to its own sockets', async () => {
    room = await Room.open(
      cluster.url,
      {
        title: 'Tables in a cluster',
        settings: {
          durations: { ideation: 10 },
          tables: { split: { by: 'count', count: 3 }, seating: 'mixed', shortlist: { kind: 'vote', top: 2 } },
        },
      },
      { routed: true },
    );
    const { code, facilitatorToken: token } = room;
    const routed = `${cluster.url}?room=${code}`;
    const steer = async (event: string, payload: Record<string, unknown> = {}) => {
      const { result, tracker } = await steerRouted(routed, code, token, event, payload);
      tracker.socket.disconnect();
      if (!result.ok) throw new Error(`${event} refused: ${result.error.code}`);
    };
    for (const [i, name] of NAMES.entries()) await room.join(name, ORGS[i % 3]);
    const phones = new Map<string, ResilientParticipant>();
    for (const name of NAMES) {
      room.person(name).tracker.socket.disconnect();
      phones.set(name, new ResilientParticipant(routed, code, room.person(name).token));
    }
    closers.push(() => phones.forEach((phone) => phone.close()));
    const console_ = viewer(routed, 'websocket', ['facilitator:attach', { code, token }]);
    const screen = viewer(routed, 'polling', ['display:attach', { code, table: 1 }]);
    closers.push(
      () => console_.socket.disconnect(),
      () => screen.socket.disconnect(),
    );
    await steer('tables:seat');
    await console_.until((t) => (t.facilitator?.view.seating.length ?? 0) === 3);
    const seating = console_.facilitator!.view.seating;
    const sessionId = console_.facilitator!.view.sessionId;
    const [one, two, three] = seating;
    const phonesAt = (table: typeof one) => table!.members.map((m) => phones.get(m.name)!);
    const host = phonesAt(two)[0]!;
    await steer('table:host', { tableId: two!.id, participantId: two!.members[0]!.id });
    await steer('phase:advance', { from: 'lobby' });
    for (const table of seating) {
      for (const phone of phonesAt(table)) await phone.tracker.until((t) => tableOf(t)?.id === table.id, 10_000);
    }
    await screen.until((t) => tableOf(t)?.id === one!.id && phaseOf(t) === 'ideation', 10_000);
    const oneEnds = screen.publicView!.view.timer!.endsAt!;

    // Table 2's host pauses its timer from the phone; the console clears table 3's; every phone writes.
    host.send('timer:pause', { table: two!.id });
    await steer('timer:clear', { table: three!.id });
    for (const table of seating) {
      for (const [i, phone] of phonesAt(table).entries()) {
        phone.send('idea:add', { text: `Secret of table ${table.number} by ${table.members[i]!.name}` });
      }
    }
    await allAnswered(phones.values());
    expect(host.refused).toEqual([]);

    // The owner stops: the other process takes the session over as the phones come back.
    const owner = await cluster.ownerIndex(sessionId);
    expect(owner).toBeGreaterThanOrEqual(0);
    await stopPid(cluster.local.servers[owner]!.pid, 'SIGTERM');
    // Table 1's timer fires on the new owner at its deadline; tables 2 (paused) and 3 (cleared) keep writing.
    for (const tracker of [...phonesAt(one).map((p) => p.tracker), screen]) {
      await tracker.until((t) => phaseOf(t) === 'sharing', 20_000);
    }
    const firedLateMs = Date.now() - oneEnds;
    const survivor = await cluster.ownerIndex(sessionId);
    expect(survivor).toBe(1 - owner);
    for (const phone of [...phonesAt(two), ...phonesAt(three)]) expect(phaseOf(phone.tracker)).toBe('ideation');

    // The first process comes back; the ring sends the room to it again, and the survivor lets go.
    await cluster.local.restartServer(owner);
    const handBackStart = Date.now();
    while ((await cluster.ownerIndex(sessionId)) !== owner) {
      if (Date.now() - handBackStart > 20_000) throw new Error('the room never went back to its process');
      // Any routed connection reaches the restarted process once nginx tries it again.
      await steer('room:lock', { locked: false }).catch(() => null);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const handBackMs = Date.now() - handBackStart;

    // Every table on: shared, clarified, voted; each phone ranks its own table's ideas.
    await steer('phase:advance', { table: '*', from: 'ideation' });
    await steer('sharing:reveal-round', { table: '*' });
    await steer('phase:advance', { table: '*', from: 'sharing' });
    await steer('phase:advance', { table: '*', from: 'clarification' });
    for (const phone of phones.values()) {
      await phone.tracker.until((t) => phaseOf(t) === 'ranking' && t.publicView!.view.ideas.length === 3, 10_000);
      phone.send('ballot:submit', { ranking: phone.tracker.publicView!.view.ideas.slice(0, 2).map((i) => i.id) });
    }
    await allAnswered(phones.values());
    // The console's online list counts the seated phones (they sit in table rooms), after both moves.
    const everyone = seating.flatMap((table) => table.members.map((m) => m.id)).sort();
    const online = () => {
      const lists = console_.deliveries.filter((d) => d.event === 'facilitator:presence');
      return (lists.at(-1)?.message as { online: string[] } | undefined)?.online ?? [];
    };
    await console_.until(() => JSON.stringify(online()) === JSON.stringify(everyone), 10_000);
    await steer('phase:advance', { table: '*', from: 'ranking' });
    await console_.until((t) => (t.view?.tables ?? []).every((table) => table.shortlisted === 2), 10_000);
    const atTables = new Map([...phones.values()].map((p) => [p.tracker, JSON.stringify(p.tracker.deliveries)]));
    const screenAtTables = JSON.stringify(screen.deliveries);

    // The plenary: six ideas from three tables, ranked by all nine, on whichever process owns it now.
    await steer('phase:advance', { from: 'tables' });
    await steer('phase:advance', { from: 'clarification' });
    for (const phone of phones.values()) {
      await phone.tracker.until((t) => phaseOf(t) === 'ranking' && t.publicView!.view.ideas.length === 6, 10_000);
      phone.send('ballot:submit', { ranking: phone.tracker.publicView!.view.ideas.slice(0, 3).map((i) => i.id) });
    }
    await allAnswered(phones.values());
    await steer('phase:advance', { from: 'ranking' });
    await console_.until((t) => (t.view?.results?.ballots ?? 0) === 9, 10_000);
    for (const phone of phones.values()) await phone.tracker.until((t) => phaseOf(t) === 'results', 10_000);
    expect(console_.view!.shortlists!.map((t) => t.ideas.length)).toEqual([2, 2, 2]);

    // No phone and no table screen ever received another table's idea, through either process.
    for (const table of seating) {
      const others = seating.filter((t) => t.id !== table.id).map((t) => `Secret of table ${t.number}`);
      const received = phonesAt(table).map((p) => atTables.get(p.tracker) ?? '');
      if (table.id === one!.id) received.push(screenAtTables);
      for (const json of received) {
        expect(json).toContain(`Secret of table ${table.number}`);
        for (const secret of others) expect(json.includes(secret), secret).toBe(false);
      }
    }
    const refused = [...phones.values()].flatMap((p) => p.refused);
    expect(refused).toEqual([]);
    console.log(
      `tables on 2 processes: owner ${owner} stopped, taken over by ${survivor}; table 1's timer fired ` +
        `${firedLateMs} ms after its deadline there; handed back to ${owner} in ${handBackMs} ms; ` +
        `9 phones and a table screen saw only their table`,
    );
    expect(firedLateMs).toBeLessThan(3000);
  }, 120_000);
});
