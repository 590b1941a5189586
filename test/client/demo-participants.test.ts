import { afterEach, describe, expect, it } from 'vitest';
import { startDemoParticipants } from '../../client/demo/start-demo.js';
import { Room } from '../support/room.js';
import { startServer, tempDataDir, type TestServer } from '../support/server.js';

/** The demo's simulated participants against the real server: they must carry a session alone. */
describe('simulated demo participants', () => {
  let server: TestServer | undefined;
  let room: Room | undefined;
  let bots: { stop(): void } | undefined;
  let data: ReturnType<typeof tempDataDir> | undefined;

  afterEach(async () => {
    bots?.stop();
    room?.close();
    await server?.stop();
    data?.remove();
  });

  it.each(['anonymous', 'named-turns'] as const)(
    'write ideas, share (%s) and vote, so one person can run every phase',
    async (sharingMode) => {
      data = tempDataDir();
      server = await startServer(data.dir);
      room = await Room.open(server.url, { title: 'Demo', settings: { ballotSize: 3, sharingMode } });
      bots = await startDemoParticipants(server.url, room.code, 4, 20);
      await room.facilitator.until((t) => t.view?.participantCount === 4);
      await room.advance('lobby');
      await room.facilitator.until((t) => t.view?.participantsDone === 4, 10_000);
      expect(room.facilitator.view?.ideasSubmitted).toBe(12);
      await room.advance('ideation');
      if (sharingMode === 'anonymous') {
        for (let round = 0; round < 3; round++) await room.steer('sharing:reveal-round');
      } else {
        // Each simulated person shares in turn until they have nothing left.
        await room.facilitator.until((t) => t.view?.ideas.length === 12 && t.view.turn === null, 10_000);
      }
      await room.facilitator.until((t) => t.view?.ideasUnshared === 0);
      await room.advance('sharing');
      await room.advance('clarification');
      await room.facilitator.until((t) => t.view?.ballotsIn === 4, 10_000);
      await room.advance('ranking');
      await room.facilitator.until((t) => t.view?.phase === 'results');
      const results = room.facilitator.view?.results;
      expect(results?.ballots).toBe(4);
      expect(results?.lines.reduce((sum, line) => sum + line.points, 0)).toBe(4 * (3 + 2 + 1));
    },
    30_000,
  );
});
