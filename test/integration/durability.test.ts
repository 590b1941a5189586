import { afterEach, describe, expect, it } from 'vitest';
import type { Phase } from '../../shared/session/phases.js';
import { comparable, EXPECTED_RESULTS, runReferenceSession } from '../support/scenario.js';
import { startServer, tempDataDir, type TestServer } from '../support/server.js';
import type { Room } from '../support/room.js';

describe('durability across restarts', () => {
  let server: TestServer | undefined;
  let room: Room | undefined;
  const data = tempDataDir();

  afterEach(async () => {
    room?.close();
    await server?.stop();
    data.remove();
  });

  it('restarting the server between every phase changes nothing', async () => {
    server = await startServer(data.dir);
    const restartedIn: Phase[] = [];
    const run = await runReferenceSession(server.url, async (current, phase) => {
      const sessionId = current.facilitator.view?.sessionId ?? '';
      const before = structuredClone(server?.app.service.get(sessionId));
      await server?.stop();
      server = await startServer(data.dir);
      const after = server.app.service.get(sessionId);
      // The rebuilt session equals the one in memory before the stop, version included.
      expect(after).toEqual(before);
      await current.reconnect(server.url);
      await current.facilitator.until((t) => t.view?.phase === phase);
      restartedIn.push(phase);
    });
    room = run.room;
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
    server = await startServer(data.dir);
    let seen = 0;
    await runReferenceSession(server.url, async (current) => {
      const version = server?.app.service.get(current.facilitator.view?.sessionId ?? '')?.version ?? 0;
      await current.facilitator.until((t) => t.facilitator?.version === version);
      expect(version).toBeGreaterThan(seen);
      seen = version;
      await server?.stop();
      server = await startServer(data.dir);
      await current.reconnect(server.url);
      await current.facilitator.until((t) => (t.facilitator?.version ?? 0) >= version);
      expect(current.facilitator.facilitator?.version).toBe(version);
      room = current;
    });
  });
});
