import { describe, expect, it } from 'vitest';
import { connect, must, ViewTracker } from '../support/clients.js';
import { Room } from '../support/room.js';
import { roomInRanking } from '../support/ranking-room.js';
import { serverFixture } from '../support/server-fixture.js';

type Delivery = ViewTracker['deliveries'][number];
type Loose = {
  version?: number;
  baseVersion?: number;
  changes?: Record<string, unknown>;
  view?: Record<string, unknown>;
  publicFollows?: number;
  private?: { version: number; view: { myBallot: { round: number; ranking: string[] } | null } };
};

/** The public part of a message, as the fields it sets, with the version it brings. */
function publicPart(d: Delivery): { version: number; base: number | null; fields: Record<string, unknown> } | null {
  const m = d.message as Loose;
  if (!d.event.startsWith('session:')) return null;
  return { version: m.version ?? 0, base: m.baseVersion ?? null, fields: m.changes ?? m.view ?? {} };
}

/** Every patch a socket got names a version it had been sent. */
function namesOnlyVersionsSent(deliveries: Delivery[]): boolean {
  const sent = new Set<number>();
  for (const d of deliveries) {
    const part = publicPart(d);
    if (!part) continue;
    if (part.base !== null && !sent.has(part.base)) return false;
    sent.add(part.version);
  }
  return true;
}

describe('views reach each socket in an order it can apply', () => {
  const fixture = serverFixture('each');
  let room: Room | undefined;

  async function display(url: string, code: string): Promise<ViewTracker> {
    const tracker = new ViewTracker(await connect(url));
    fixture.track(tracker.socket);
    await must(tracker.socket, 'display:attach', { code });
    return tracker;
  }

  it('names in every patch a version the room was sent, also after a change only one person saw', async () => {
    await fixture.start();
    const opened = await roomInRanking(fixture.server.url, ['Ada', 'Bo', 'Cy'], { settings: { ballotSize: 2 } });
    room = fixture.track(opened.room);
    const [a, b, c] = opened.ideas as [string, string, string];
    const projector = await display(fixture.server.url, room.code);
    await projector.until((t) => t.publicView !== null);
    await room.act('Ada', 'ballot:submit', { ranking: [a, b] });
    await projector.until((t) => t.publicView?.view.ballotsIn === 1);
    // Ada changes her ballot: only her private view changes; the room is sent nothing.
    await room.act('Ada', 'ballot:submit', { ranking: [c] });
    await room.person('Ada').tracker.until((t) => t.mine?.view.myBallot?.ranking[0] === c);
    await room.act('Bo', 'ballot:submit', { ranking: [b] });
    for (const tracker of [projector, room.person('Cy').tracker, room.facilitator]) {
      await tracker.until((t) => t.view?.ballotsIn === 2);
      expect(tracker.gaps).toBe(0);
      expect(namesOnlyVersionsSent(tracker.deliveries)).toBe(true);
    }
  });

  it('greets a joining socket with its full view before any patch', async () => {
    await fixture.start();
    const opened = await roomInRanking(fixture.server.url, ['Ada', 'Bo', 'Cy']);
    room = fixture.track(opened.room);
    await room.steer('timer:start', { seconds: 600 });
    const firsts: string[] = [];
    for (let i = 0; i < 8; i++) {
      const tracker = new ViewTracker(await connect(fixture.server.url));
      fixture.track(tracker.socket);
      await must(tracker.socket, 'participant:join', { code: room.code, name: `Late ${i}` });
      await tracker.until((t) => t.publicView !== null && t.mine !== null);
      const first = tracker.deliveries.find((d) => publicPart(d) !== null);
      firsts.push(first?.event === 'session:view' ? 'full view' : (first?.event ?? 'nothing'));
      expect(tracker.gaps).toBe(0);
    }
    expect(firsts).toEqual(Array(8).fill('full view'));
  });

  it('greets a burst of joiners with the change the window holds: the room gets one patch, not one per arrival', async () => {
    // A long window, so that the whole burst falls within it wherever the machine is slow.
    await fixture.start({ broadcastIntervalMs: 1000 });
    const opened = fixture.track(await Room.open(fixture.server.url, { title: 'Burst' }));
    room = opened;
    const ada = (await opened.join('Ada')).tracker;
    await ada.until((t) => t.publicView?.view.participantCount === 1);
    const sockets = await Promise.all(Array.from({ length: 12 }, () => connect(fixture.server.url)));
    const joiners = sockets.map((socket) => new ViewTracker(fixture.track(socket)));
    const seenBefore = ada.deliveries.length;
    // One after another, as people arrive: each join is its own commit and its own greeting.
    for (const [i, t] of joiners.entries())
      await must(t.socket, 'participant:join', { code: opened.code, name: `P${i}` });
    for (const tracker of [ada, ...joiners]) await tracker.until((t) => t.publicView?.view.participantCount === 13);
    const patches = ada.deliveries.slice(seenBefore).filter((d) => publicPart(d) !== null);
    // The first join goes out at once; the rest wait for the window and go out together. Before,
    // each turn that greeted newcomers sent the held change to the whole room early.
    expect(patches.length).toBeLessThanOrEqual(3);
    for (const tracker of [ada, ...joiners]) {
      expect(tracker.gaps).toBe(0);
      expect(namesOnlyVersionsSent(tracker.deliveries)).toBe(true);
    }
    for (const tracker of joiners) {
      const first = tracker.deliveries.find((d) => publicPart(d) !== null);
      expect(first?.event).toBe('session:view');
      expect(tracker.mine?.view.name).toMatch(/^P\d+$/);
    }
  });

  it("sends a participant's private view right before the public change of the same commit, naming it", async () => {
    await fixture.start();
    const opened = await roomInRanking(fixture.server.url, ['Ada', 'Bo', 'Cy'], { settings: { twoRounds: true } });
    room = fixture.track(opened.room);
    const [a, b, c] = opened.ideas as [string, string, string];
    for (const [name, ranking] of [
      ['Ada', [a]],
      ['Bo', [b]],
      ['Cy', [c]],
    ] as const) {
      await room.act(name, 'ballot:submit', { ranking });
    }
    const ada = room.person('Ada').tracker;
    await ada.until((t) => t.publicView?.view.ballotsIn === 3 && t.mine?.view.myBallot?.ranking[0] === a);
    // The message that showed Ada her ballot names the public version that comes next, and it
    // does come next: the patch that moved "ballots in".
    const cast = ada.deliveries.findIndex((d) =>
      JSON.stringify(d.message).includes(`"myBallot":{"round":1,"ranking":["${a}"]}`),
    );
    const castMessage = ada.deliveries[cast]?.message as Loose;
    const castPublic = publicPart(ada.deliveries[cast + 1] as Delivery);
    expect(castPublic?.fields.ballotsIn).toBeGreaterThanOrEqual(1);
    expect(castPublic?.version).toBe(castMessage.private?.version);
    expect(castMessage.publicFollows).toBe(castMessage.private?.version);

    await room.advance('ranking');
    await room.advance('discussion');
    await ada.until((t) => t.publicView?.view.round === 2);
    // The final round's start: Ada's round-1 ballot is her starting point, not a vote in round 2,
    // and the private view sent just before round 2 says so.
    expect(ada.mine?.view.myBallot).toEqual({ round: 1, ranking: [a] });
    const second = ada.deliveries.findIndex((d) => publicPart(d)?.fields.round === 2);
    const before = ada.deliveries[second - 1] as Delivery;
    expect(before.event).toBe('participant:update');
    expect((before.message as Loose).publicFollows).toBe(publicPart(ada.deliveries[second] as Delivery)?.version);
    expect((before.message as Loose).private?.view.myBallot?.round ?? 1).toBe(1);
  });
});
