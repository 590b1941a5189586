import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/session/result.js';
import { commandId, must, type TestSocket } from '../support/clients.js';
import { startTestCluster, type TestCluster } from './support/cluster.js';
import { ballotOf, steerRouted, votingRoom, type VotingRoom } from './support/voting-room.js';

const LEASE_MS = 3000;

/**
 * `npm run test:cluster`: the owner is paused (SIGSTOP) past its lease while a phone's ballot
 * waits in its socket; another process takes the session over and writes; the owner resumes
 * (SIGCONT) and decides the old ballot on its stale copy. Its write must be refused.
 */
describe.runIf(process.env.CLUSTER_LONG)('an owner paused past its lease, then resumed', () => {
  let cluster: TestCluster;
  let voting: VotingRoom;
  let late: TestSocket | undefined;

  beforeAll(async () => {
    cluster = await startTestCluster({ processes: 3, leaseMs: LEASE_MS });
  }, 90_000);
  afterAll(async () => {
    late?.disconnect();
    for (const phone of voting?.phones.values() ?? []) phone.close();
    voting?.room.close();
    await cluster?.stop();
  });

  it('cannot write once another process has taken its session', async () => {
    voting = await votingRoom(cluster, ['Ann', 'Ben', 'Cat', 'Dan']);
    const { room, ideas, sessionId } = voting;
    const owner = await cluster.ownerIndex(sessionId);
    const paused = cluster.local.servers[owner]!;
    // A phone straight on the owner, attached before the pause.
    late = io(`${paused.url}?room=${room.code}`, { transports: ['websocket'], forceNew: true, reconnection: false });
    await new Promise((resolve) => late!.once('connect', () => resolve(undefined)));
    await must(late, 'participant:resume', { code: room.code, token: room.person('Ann').token, lastVersion: 0 });

    process.kill(paused.pid, 'SIGSTOP');
    const pausedAt = Date.now();
    const lateRanking = ballotOf(ideas, 0);
    const lateAnswer = (late as unknown as Socket)
      .timeout(20_000)
      .emitWithAck('ballot:submit', { commandId: commandId(), ranking: lateRanking }) as Promise<Result<unknown>>;
    // Past the lease, the facilitator reaches another process directly, which takes the session.
    await new Promise((resolve) => setTimeout(resolve, LEASE_MS + 500));
    const other = cluster.local.servers.find((_, i) => i !== owner)!;
    const { result } = await steerRouted(
      `${other.url}?room=${room.code}`,
      room.code,
      room.facilitatorToken,
      'timer:start',
      {
        seconds: 600,
      },
    );
    expect(result.ok).toBe(true);
    const takenAfterMs = Date.now() - pausedAt;
    const newOwner = await cluster.ownerIndex(sessionId);

    process.kill(paused.pid, 'SIGCONT');
    const answer = await lateAnswer.catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const stored = await cluster.query<{ n: string }>('SELECT count(*) AS n FROM ballots WHERE session_id = $1', [
      sessionId,
    ]);
    const fenced = paused.output().includes('owned by another process');
    const lostByHeartbeat = paused.output().includes('session lost to another process');
    console.log(
      `SIGSTOP owner (process ${owner}) ${takenAfterMs} ms, taken over by process ${newOwner}; after SIGCONT its late ballot ` +
        `was answered ${answer === null ? 'nothing (connection closed)' : answer.ok ? 'OK' : answer.error.code}; ` +
        `ballots stored ${stored[0]?.n}; refused by the store's fence: ${fenced}; dropped by its heartbeat: ${lostByHeartbeat}`,
    );
    expect(newOwner).not.toBe(owner);
    expect(answer?.ok ?? false).toBe(false);
    expect(Number(stored[0]?.n)).toBe(0);
    expect(fenced || lostByHeartbeat).toBe(true);
  }, 90_000);
});
