import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realSessionClient, type RealSessionClient } from '../support/real-session-client.js';
import { Room } from '../support/room.js';
import { startTestCluster, type TestCluster } from './support/cluster.js';

const LEASE_MS = 1000;
const STUCK_OWNER = 'stuck-owner-that-never-answers';
const IDEA = 'Typed while the room was refused';

/**
 * The app's own session client through nginx to a cluster process, while the room's ownership is
 * held in PostgreSQL by an owner that never answers a release request: the room gate refuses every
 * connection (`UNAVAILABLE`), which Socket.IO does not retry by itself. When the owner lets go,
 * the phone must come back on its own, and what was typed meanwhile must arrive exactly once.
 */
describe('a phone refused by the room gate during a hand-over', () => {
  let cluster: TestCluster;
  let room: Room | undefined;
  let phone: RealSessionClient | undefined;

  beforeAll(async () => {
    cluster = await startTestCluster({ processes: 1, leaseMs: LEASE_MS });
  }, 90_000);
  afterAll(async () => {
    phone?.close();
    room?.close();
    await cluster?.stop();
  });

  it('comes back by itself once the owner lets go, and sends the queued idea once', async () => {
    room = await Room.open(cluster.url, { title: 'Hand-over' }, { routed: true });
    const ann = await room.join('Ann');
    await room.advance('lobby');
    ann.tracker.socket.disconnect();
    const sessionId = room.facilitator.view?.sessionId ?? '';
    phone = realSessionClient(cluster.url);
    const refusals: string[] = [];
    phone.socket.on('connect_error', (error) => refusals.push(error.message));
    phone.client.attachAs({ role: 'participant', code: room.code, token: ann.token });
    await expect.poll(() => phone?.store.getState().attached).toBe(true);
    const statusesBefore = phone.statuses.length;

    // Another owner takes the room and never answers: the process drops the room's sockets on its
    // next heartbeat, and its gate refuses them from then on.
    await cluster.query(`INSERT INTO owners (id, alive_until) VALUES ($1, now() + interval '1 hour')`, [STUCK_OWNER]);
    await cluster.query('UPDATE sessions SET owner_id = $1, epoch = epoch + 1 WHERE id = $2', [STUCK_OWNER, sessionId]);
    await expect.poll(() => refusals.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    await phone.outbox.enqueue({ event: 'idea:add', payload: { text: IDEA } });
    expect(phone.store.getState()).toMatchObject({ attached: false, status: 'reconnecting', outbox: [{}] });
    // A second refusal: a try made by the client itself, refused too.
    await expect.poll(() => refusals.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const refusedAt = Date.now();

    await cluster.query('DELETE FROM owners WHERE id = $1', [STUCK_OWNER]);
    await expect.poll(() => phone?.myIdeaTexts(), { timeout: 15_000 }).toEqual([IDEA]);
    console.log(
      `refused by the room gate ${refusals.length} times (${[...new Set(refusals)].join(', ')}); ` +
        `idea acknowledged ${Date.now() - refusedAt} ms after the stuck owner let go`,
    );
    expect(new Set(refusals)).toEqual(new Set(['UNAVAILABLE']));
    expect(phone.store.getState()).toMatchObject({ status: 'connected', attached: true, outbox: [] });
    expect(phone.statuses.slice(statusesBefore)).toEqual(['reconnecting', 'connected']);
    const stored = await cluster.query<{ n: string }>(
      `SELECT count(*) AS n FROM events WHERE session_id = $1 AND type = 'ideaAdded' AND payload->>'text' = $2`,
      [sessionId, IDEA],
    );
    expect(Number(stored[0]?.n)).toBe(1);
  }, 40_000);
});
