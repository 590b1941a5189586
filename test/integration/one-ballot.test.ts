import { describe, expect, it } from 'vitest';
import { ballotCount } from '../../shared/session/queries.js';
import { call, commandId, connect, must, type TestSocket } from '../support/clients.js';
import type { Room } from '../support/room.js';
import { roomInRanking } from '../support/ranking-room.js';
import { serverFixture } from '../support/server-fixture.js';

const JOIN_ID = 'c-eve-join-id-0000-0000-000000000001';

/** The attack of issue 10: one person, many routes to a ballot. */
describe('one ballot per person per round, whatever the route', () => {
  const fixture = serverFixture('each');
  let room: Room | undefined;

  async function socket(url: string): Promise<TestSocket> {
    const made = await connect(url);
    fixture.track(made);
    return made;
  }

  it('re-joining N times in a locked room during ranking and voting from every socket and token casts one ballot', async () => {
    await fixture.start();
    const opened = await roomInRanking(fixture.server.url, ['Ada', 'Bo', 'Cy'], { settings: { ballotSize: 3 } });
    room = fixture.track(opened.room);
    const { ideas } = opened;
    const join = { code: room.code, name: 'Eve', joinId: JOIN_ID };
    const first = await socket(fixture.server.url);
    const joined = await must<{ participantId: string; token: string }>(first, 'participant:join', join);
    await room.steer('room:lock', { locked: true });

    // Five more joins with the same join id, each from a new socket, plus a resume with the first token.
    const routes: TestSocket[] = [first];
    for (let i = 0; i < 5; i++) {
      const again = await socket(fixture.server.url);
      const reply = await call<{ participantId: string; token: string }>(again, 'participant:join', join);
      // The same person, handed the same token: no second voter is minted.
      expect(reply.ok && reply.value).toEqual(joined);
      routes.push(again);
    }
    const resumed = await socket(fixture.server.url);
    const resume = await call(resumed, 'participant:resume', { code: room.code, token: joined.token });
    if (resume.ok) routes.push(resumed);

    // Every route votes, each with another ranking; a retry of the same command id is sent too.
    const rankings = routes.map((_, i) => [ideas[i % 3]!, ideas[(i + 1) % 3]!]);
    for (const [i, route] of routes.entries()) {
      const id = commandId();
      await call(route, 'ballot:submit', { commandId: id, ranking: rankings[i] });
      await call(route, 'ballot:submit', { commandId: id, ranking: rankings[i] });
    }
    const ballotsIn = async () => {
      await fixture.server.app.service.idle();
      return ballotCount(fixture.server.app.service.findByCode(room!.code)!.state);
    };
    expect(await ballotsIn()).toBe(1);
    // Voting cannot be closed on the strength of one person's ballots.
    const close = await room.trySteer('phase:advance', { from: 'ranking' });
    expect(close).toMatchObject({ ok: false, error: { code: 'NOT_ENOUGH_BALLOTS' } });

    // After a restart the same join id still finds the same voter, whose ballot is replaced, not added.
    await fixture.start();
    await room.reconnect(fixture.server.url);
    const late = await socket(fixture.server.url);
    await must(late, 'participant:join', join);
    await must(late, 'ballot:submit', { commandId: commandId(), ranking: [ideas[2]!] });
    for (const name of ['Ada', 'Bo']) await room.act(name, 'ballot:submit', { ranking: [ideas[0]!] });
    expect(await ballotsIn()).toBe(3);
    await room.advance('ranking');
    await room.facilitator.until((t) => t.view?.phase === 'results');
    expect(room.facilitator.view?.results?.ballots).toBe(3);
  });
});
