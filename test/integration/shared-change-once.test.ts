import { describe, expect, it } from 'vitest';
import type { TestServer } from '../support/server.js';
import { Room } from '../support/room.js';
import { realSessionClient, type RealSessionClient } from '../support/real-session-client.js';
import { serverFixture } from '../support/server-fixture.js';

const PEOPLE = 30;
const IDEAS = 40;
const PHONES = 3;

/** A long idea whose text names it, so that a packet carrying the idea list can be recognised. */
const ideaText = (i: number) => `IDEA-${i}-END ${'a long and careful proposal '.repeat(34)}`.slice(0, 990);

/**
 * A room in sharing with PEOPLE participants (sockets tracked by the Room) who wrote IDEAS long
 * ideas, none shown yet: moving on to clarification reveals all of them at once, which changes
 * the room's idea list (tens of kilobytes) and every author's private view in one commit.
 */
async function roomAboutToRevealEverything(url: string): Promise<Room> {
  const room = await Room.open(url, { title: 'Reveal', settings: { ideaLength: 1000, ideasPerParticipant: 2 } });
  const names = Array.from({ length: PEOPLE }, (_, i) => `P${i}`);
  for (const name of names) await room.join(name);
  await room.advance('lobby');
  for (let i = 0; i < IDEAS; i++) await room.act(names[i % PEOPLE] as string, 'idea:add', { text: ideaText(i) });
  await room.advance('ideation');
  await room.facilitator.until((t) => t.view?.phase === 'sharing' && t.view.ideasUnshared === IDEAS);
  return room;
}

/** Counts the packets the server encodes that carry the idea list, by event (the facilitator's apart). */
function countIdeaListEncodings(server: TestServer): Map<string, number> {
  const counts = new Map<string, number>();
  const encoder = server.app.io.encoder;
  const encode = encoder.encode.bind(encoder);
  encoder.encode = (packet: Parameters<typeof encode>[0]) => {
    const encoded = encode(packet);
    const event = Array.isArray(packet.data) ? String(packet.data[0]) : '';
    const text = String(encoded[0]);
    // Two ideas of different authors: the room's list, never one person's own ideas.
    if (text.includes('IDEA-0-END') && text.includes(`IDEA-${IDEAS - 1}-END`))
      counts.set(event, (counts.get(event) ?? 0) + 1);
    return encoded;
  };
  return counts;
}

describe("a change of the room's view and of everyone's own view in one commit", () => {
  const fixture = serverFixture('each');

  it('encodes the shared change once for the whole room, not once per participant', async () => {
    const { url } = await fixture.start();
    const room = fixture.track(await roomAboutToRevealEverything(url));
    const counts = countIdeaListEncodings(fixture.server);
    await room.advance('sharing');
    for (const person of room.people.values()) {
      await person.tracker.until(
        (t) =>
          t.publicView?.view.phase === 'clarification' &&
          t.mine?.view.myIdeas.every((idea) => idea.number !== null) === true,
      );
    }
    // Before, each of the 30 got the idea list inside their own participant:update: 30 encodings
    // (and one more for the room's broadcast to nobody else).
    counts.delete('facilitator:patch');
    expect(Object.fromEntries(counts)).toEqual({ 'session:patch': 1 });
  });

  it('shows each phone the revealed ideas and its own numbered ideas in the same render, never one without the other', async () => {
    const { url } = await fixture.start();
    const room = fixture.track(await roomAboutToRevealEverything(url));
    // A second device for a few participants: the app's own session client and store.
    const phones: RealSessionClient[] = [];
    const seen: [number, number][][] = [];
    for (const person of [...room.people.values()].slice(0, PHONES)) {
      const phone = fixture.track(realSessionClient(url));
      phone.client.attachAs({ role: 'participant', code: room.code, token: person.token });
      await expect
        .poll(() => phone.store.getState().privateView !== null && phone.store.getState().publicView !== null)
        .toBe(true);
      const states: [number, number][] = [];
      phone.store.subscribe((s) => states.push([s.publicView?.version ?? 0, s.privateView?.version ?? 0]));
      phones.push(phone);
      seen.push(states);
    }
    await room.advance('sharing');
    await room.facilitator.until((t) => t.view?.phase === 'clarification');
    const version = room.facilitator.facilitator?.version as number;
    for (const phone of phones) {
      await expect.poll(() => phone.store.getState().publicView?.view.phase).toBe('clarification');
      const { publicView, privateView } = phone.store.getState();
      expect([publicView?.version, privateView?.version]).toEqual([version, version]);
      expect(privateView?.view.myIdeas.map((idea) => idea.number !== null)).toEqual([true, true]);
    }
    // Every state the store went through has both views before the reveal, or both after it.
    for (const states of seen) {
      expect(states.length).toBeGreaterThan(0);
      expect(states.filter(([pub, own]) => pub >= version !== own >= version)).toEqual([]);
    }
    // Over the wire: each participant's own view names the version that follows, which comes next.
    for (const person of room.people.values()) {
      const { deliveries } = person.tracker;
      const at = deliveries.findIndex(
        (d) => d.event === 'session:patch' && JSON.stringify(d.message).includes('IDEA-0-END'),
      );
      expect(deliveries[at - 1]).toMatchObject({
        event: 'participant:update',
        message: { publicFollows: version, private: { version } },
      });
      expect(deliveries[at]?.message).toMatchObject({ version });
    }
  });
});
