import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must, ViewTracker, type TestSocket } from '../support/clients.js';
import { comparable, EXPECTED_RESULTS, runReferenceSession } from '../support/scenario.js';
import type { Room } from '../support/room.js';
import { stopPid } from '../../scripts/cluster/engines.js';
import { startTestCluster, type TestCluster } from './support/cluster.js';

const ROOMS = 3;

/**
 * The short cluster test of `npm test`: PostgreSQL, Redis, nginx and three processes; sessions run
 * through the proxy at once, each with a facilitator and five phones on WebSocket and a display on
 * HTTP long-polling only, all routed by room code.
 */
describe('three processes behind nginx, on PostgreSQL and Redis', () => {
  let cluster: TestCluster;
  const rooms: Room[] = [];
  const displays: TestSocket[] = [];

  beforeAll(async () => {
    cluster = await startTestCluster({ processes: 3 });
  }, 90_000);
  afterAll(async () => {
    for (const room of rooms) room.close();
    for (const display of displays) display.disconnect();
    await cluster?.stop();
  });

  it(`runs ${ROOMS} sessions to their results at once, a long-polling display in each`, async () => {
    const displayViews: ViewTracker[] = [];
    const runs = await Promise.all(
      Array.from({ length: ROOMS }, () =>
        runReferenceSession(
          cluster.url,
          async (room, phase) => {
            if (phase !== 'ideation') return;
            const socket: TestSocket = io(`${cluster.url}?room=${room.code}`, {
              transports: ['polling'],
              forceNew: true,
            });
            displays.push(socket);
            const tracker = new ViewTracker(socket);
            displayViews.push(tracker);
            await must(socket, 'display:attach', { code: room.code });
          },
          { routed: true },
        ),
      ),
    );
    for (const run of runs) {
      rooms.push(run.room);
      expect(comparable(run.results)).toEqual(EXPECTED_RESULTS);
    }
    for (const display of displayViews) {
      await display.until((t) => t.view?.phase === 'results');
      expect(comparable(display.view?.results ?? null)).toEqual(EXPECTED_RESULTS);
    }
    const owners = await Promise.all(runs.map((run) => cluster.ownerIndex(run.room.facilitator.view?.sessionId ?? '')));
    // Each room has exactly one owner among the processes, whichever the ring gave it.
    for (const owner of owners) expect(owner).toBeGreaterThanOrEqual(0);
    console.log(`cluster: ${ROOMS} rooms ran to results; owning process of each: ${owners.join(', ')}`);

    // The facilitator's export, routed by the code in its path, reaches the owner and reads its results.
    const first = runs[0]!.room;
    const exported = await fetch(`${cluster.url}/api/sessions/${first.code}/export.json`, {
      headers: { authorization: `Bearer ${first.facilitatorToken}` },
    });
    expect(exported.status).toBe(200);
    expect(JSON.stringify(await exported.json())).toContain('c1 sharpened');

    // A process that stops tells its own clients, not those of the rooms other processes own.
    const stopping = owners.find((owner) => owner !== owners[0]) ?? (owners[0]! + 1) % 3;
    const elsewhere = runs.filter((_, i) => owners[i] !== stopping).map((run) => run.room);
    let warned = 0;
    for (const room of elsewhere) room.facilitator.socket.on('server:restarting', () => (warned += 1));
    await stopPid(cluster.local.servers[stopping]!.pid, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(warned).toBe(0);
  }, 60_000);
});
