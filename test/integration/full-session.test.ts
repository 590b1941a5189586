import { describe, expect, it } from 'vitest';
import { call, connect, must } from '../support/clients.js';
import { Room } from '../support/room.js';
import { comparable, EXPECTED_RESULTS, NAMES, runReferenceSession } from '../support/scenario.js';
import { serverFixture } from '../support/server-fixture.js';

describe('a whole session over real sockets', () => {
  const fixture = serverFixture('each');

  it('answers a retried join with the same participant and the same token', async () => {
    await fixture.start();
    const room = fixture.track(await Room.open(fixture.server.url, { title: 'Lost replies' }));
    const socket = await connect(fixture.server.url);
    const payload = { code: room.code, name: 'Ada', joinId: 'join-0001-ada' };
    const first = await must<{ participantId: string; token: string }>(socket, 'participant:join', payload);
    const again = await must<{ participantId: string; token: string }>(socket, 'participant:join', payload);
    expect(again).toEqual(first);
    await room.facilitator.until((t) => t.view?.participantCount === 1);
    expect((await call(socket, 'participant:resume', { code: room.code, token: first.token })).ok).toBe(true);
    // Another join id is another person; the sealed token does not open under it.
    const other = await must<{ participantId: string; token: string }>(socket, 'participant:join', {
      ...payload,
      joinId: 'join-0002-bo',
    });
    expect(other.participantId).not.toBe(first.participantId);
    expect(other.token).not.toBe(first.token);
    socket.disconnect();
    room.close();
  });

  it('runs every phase with five participants and ranks as computed by hand', async () => {
    await fixture.start();
    const run = await runReferenceSession(fixture.server.url, async () => {});
    const room = fixture.track(run.room);
    expect(comparable(run.results)).toEqual(EXPECTED_RESULTS);
    expect(run.results?.ballots).toBe(5);

    // Participants see the same results, and their own ballot (the changed one) in their private view.
    const ed = room.person('Ed').tracker;
    await ed.until((t) => t.publicView?.view.phase === 'results');
    expect(comparable(ed.publicView?.view.results ?? null)).toEqual(EXPECTED_RESULTS);
    const a1 = room.facilitator.view?.ideas.find((i) => i.text === 'a1');
    expect(a1?.mergedFromNumbers).toHaveLength(1);
    expect(ed.mine?.view.myBallot?.ranking[0]).toBe(a1?.id);
    for (const name of NAMES) expect(room.person(name).tracker.mine?.view.myIdeas).toHaveLength(2);
    // Every patch applied on the version its receiver held: no socket ever had to ask again.
    const finished = run.room;
    for (const tracker of [finished.facilitator, ...NAMES.map((n) => finished.person(n).tracker)]) {
      expect(tracker.gaps).toBe(0);
    }
  });
});
