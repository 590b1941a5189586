import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SessionService } from '../../server/sessions/session-service.js';
import { silentLogger } from '../../server/logger.js';
import { SqliteStore } from '../../server/store/sqlite-store.js';
import { freePort, spawnServer, type ServerProcess } from '../support/process.js';
import { ResilientParticipant } from '../support/resilient-participant.js';
import { Room } from '../support/room.js';
import { tempDataDir } from '../support/server.js';

/** SIGKILLs of the server: a few in `npm test`, 24 in `npm run test:chaos`. */
const KILLS = Number(process.env.CHAOS_KILLS ?? 4);
const PEOPLE = 8;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('chaos: the server is killed with SIGKILL while people work', () => {
  const data = tempDataDir();
  let server: ServerProcess | undefined;
  const people: ResilientParticipant[] = [];
  let room: Room | undefined;

  afterAll(() => {
    for (const person of people) person.close();
    room?.close();
    server?.child.kill('SIGKILL');
    data.remove();
  });

  it(`no acknowledged idea or ballot is lost or duplicated across ${KILLS} kills`, async () => {
    const port = await freePort();
    server = await spawnServer(data.dir, port);
    const url = server.url;
    room = await Room.open(url, { title: 'Chaos', settings: { ideasPerParticipant: 50, ballotSize: 3 } });
    const tokens: string[] = [];
    for (let i = 0; i < PEOPLE; i++) tokens.push((await room.join(`P${i}`)).token);
    await room.advance('lobby');
    room.close();
    for (const token of tokens) people.push(new ResilientParticipant(url, room.code, token));

    let kills = 0;
    const acked = () => people.reduce((sum, person) => sum + person.acknowledged.length, 0);
    // Each kill lands at a random moment after the restarted server has acknowledged something
    // again, so that every kill interrupts live traffic rather than a reconnecting crowd.
    const killAndRestart = async () => {
      const before = acked();
      const deadline = Date.now() + 15_000;
      while (acked() === before && Date.now() < deadline) await sleep(20);
      expect(acked()).toBeGreaterThan(before);
      await sleep(Math.random() * 400);
      const current = server as ServerProcess;
      current.child.kill('SIGKILL');
      const exit = await current.exited;
      expect(exit.signal).toBe('SIGKILL');
      kills += 1;
      server = await spawnServer(data.dir, port);
    };
    const settle = async () => {
      for (const person of people) await person.tracker.until(() => person.unacknowledged === 0, 30_000);
    };

    // Ideation: everyone keeps writing while the server dies under them.
    let writing = true;
    // Paced so that the 50 ideas each may write last through all the kills of this phase.
    const pace = 120 * KILLS;
    const writers = people.map(async (person, p) => {
      for (let k = 0; writing && k < 50; k++) {
        person.send('idea:add', { text: `P${p} idea ${k}` });
        await sleep(pace);
      }
    });
    for (let i = 0; i < Math.ceil(KILLS / 2); i++) await killAndRestart();
    writing = false;
    await Promise.all(writers);
    await settle();

    await room.reconnect(url);
    await room.advance('ideation');
    await room.advance('sharing');
    await room.advance('clarification');
    await room.facilitator.until((t) => t.view?.phase === 'ranking');
    const ideaIds = room.facilitator.view?.ideas.map((i) => i.id) ?? [];
    room.close();

    // Ranking: ballots are cast and changed, one at a time per person, while the server dies.
    let voting = true;
    const lastBallot = new Map<number, string[]>();
    const voters = people.map(async (person, p) => {
      for (let k = 0; voting && k < 400; k++) {
        const ranking = [0, 1, 2].map((r) => ideaIds[(p * 7 + k * 3 + r * 11) % ideaIds.length]!);
        person.send('ballot:submit', { ranking });
        lastBallot.set(p, ranking);
        await person.tracker.until(() => person.unacknowledged === 0, 30_000);
        await sleep(100);
      }
    });
    for (let i = 0; i < Math.floor(KILLS / 2); i++) await killAndRestart();
    voting = false;
    await Promise.all(voters);
    await settle();
    server.child.kill('SIGKILL');
    await server.exited;
    server = undefined;

    // Rebuild from the store exactly as a restarting server does, and count.
    const store = new SqliteStore(join(data.dir, 'roundtable.sqlite'));
    const service = new SessionService({ store, log: silentLogger });
    service.load();
    const state = service.findByCode(room.code)?.state;
    store.close();
    const stored = [...(state?.ideas.values() ?? [])].map((i) => i.originalText);
    const acknowledgedIdeas = people.flatMap((p) => p.acknowledged.filter((c) => 'text' in c).map((c) => c.text));
    const lost = acknowledgedIdeas.filter((text) => !stored.includes(text as string)).length;
    const duplicated = stored.length - new Set(stored).size;
    const ballots = [...(state?.ballots.values() ?? [])].map((b) => JSON.stringify(b.ranking));
    const ballotsAcknowledged = people.flatMap((p) => p.acknowledged.filter((c) => 'ranking' in c)).length;
    const expectedBallots = [...lastBallot.values()].map((b) => JSON.stringify(b));
    const ballotsLost = expectedBallots.filter((b) => !ballots.includes(b)).length;

    expect(kills).toBe(KILLS);
    expect(acknowledgedIdeas.length).toBeGreaterThan(PEOPLE);
    expect(lost).toBe(0);
    expect(duplicated).toBe(0);
    expect(ballots).toHaveLength(PEOPLE);
    expect(ballotsLost).toBe(0);
    expect(people.flatMap((p) => p.refused)).toEqual([]);
    console.log(
      `chaos: ${kills} SIGKILLs verified; ideas ${acknowledgedIdeas.length} acknowledged, ${stored.length} stored, ` +
        `${lost} lost, ${duplicated} duplicated; ballots ${ballotsAcknowledged} acknowledged (casts and changes), ` +
        `${ballots.length} stored (one per voter), ${ballotsLost} final ballots lost, 0 duplicated`,
    );
  }, 600_000);
});
