import { describe, expect, it } from 'vitest';
import type { Phase } from '../../shared/session/phases.js';
import { comparable, EXPECTED_RESULTS, runReferenceSession } from '../support/scenario.js';
import { serverFixture } from '../support/server-fixture.js';
import { plainSession } from '../support/plain-state.js';

describe('durability across restarts', () => {
  const fixture = serverFixture('each');

  it('restarting the server between every phase changes nothing', async () => {
    await fixture.start();
    const restartedIn: Phase[] = [];
    const run = await runReferenceSession(fixture.server.url, async (current, phase) => {
      const sessionId = current.facilitator.view?.sessionId ?? '';
      const before = plainSession(fixture.server.app.service.get(sessionId));
      await fixture.start();
      const after = plainSession(fixture.server.app.service.get(sessionId));
      // The rebuilt session equals the one in memory before the stop, version included.
      expect(after).toEqual(before);
      await current.reconnect(fixture.server.url);
      await current.facilitator.until((t) => t.view?.phase === phase);
      restartedIn.push(phase);
    });
    const room = fixture.track(run.room);
    expect(restartedIn).toEqual(['ideation', 'sharing', 'clarification', 'ranking', 'results']);
    expect(comparable(run.results)).toEqual(EXPECTED_RESULTS);
    // Each participant is back as themselves: their own ideas and no one counted twice.
    expect(room.facilitator.view?.participantCount).toBe(5);
    expect(
      room
        .person('Ada')
        .tracker.mine?.view.myIdeas.map((i) => i.text)
        .sort(),
    ).toEqual(['a1', 'a2']);
  });

  it('versions only go up across a restart', async () => {
    await fixture.start();
    let seen = 0;
    await runReferenceSession(fixture.server.url, async (current) => {
      const version = fixture.server.app.service.get(current.facilitator.view?.sessionId ?? '')?.version ?? 0;
      await current.facilitator.until((t) => t.facilitator?.version === version);
      expect(version).toBeGreaterThan(seen);
      seen = version;
      await fixture.start();
      await current.reconnect(fixture.server.url);
      await current.facilitator.until((t) => (t.facilitator?.version ?? 0) >= version);
      expect(current.facilitator.facilitator?.version).toBe(version);
      fixture.track(current);
    });
  });
});
