import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCluster, type TestCluster } from './support/cluster.js';
import { allAnswered, ballotOf, ballotTally, votingRoom, type VotingRoom } from './support/voting-room.js';

const VOTERS = 8;

/** Sends the ballots of voters `from` to `to` (exclusive). */
function vote(voting: VotingRoom, names: string[], from: number, to: number): void {
  for (let i = from; i < to; i++)
    voting.phones.get(names[i]!)!.send('ballot:submit', { ranking: ballotOf(voting.ideas, i) });
}

/**
 * `npm run test:cluster`: Redis, then PostgreSQL, stopped and started again under a vote. Through
 * a Redis restart the vote goes on; through a PostgreSQL restart commands are answered
 * UNAVAILABLE, the phones send them again, and nothing acknowledged is lost or doubled.
 */
describe.runIf(process.env.CLUSTER_LONG)('Redis and PostgreSQL restarted under a vote', () => {
  let cluster: TestCluster;
  const rooms: VotingRoom[] = [];
  // One more person than votes, so the vote stays open.
  const people = Array.from({ length: VOTERS + 1 }, (_, i) => `Voter ${i + 1}`);

  beforeAll(async () => {
    cluster = await startTestCluster({ processes: 3, leaseMs: 3000 });
  }, 90_000);
  afterAll(async () => {
    for (const voting of rooms) {
      for (const phone of voting.phones.values()) phone.close();
      voting.room.close();
    }
    await cluster?.stop();
  });

  it('goes on through a Redis restart', async () => {
    const voting = await votingRoom(cluster, people);
    rooms.push(voting);
    vote(voting, people, 0, 3);
    await allAnswered(voting.phones.values());
    const stoppedAt = Date.now();
    await cluster.local.redis.stop();
    vote(voting, people, 3, 6);
    await allAnswered(voting.phones.values());
    const duringOutage = Date.now() - stoppedAt;
    await cluster.local.redis.start();
    vote(voting, people, 6, VOTERS);
    await allAnswered(voting.phones.values());
    const phones = [...voting.phones.values()];
    const version = Math.max(...phones.map((p) => p.tracker.publicView?.version ?? 0));
    for (const phone of phones) await phone.tracker.until((t) => (t.publicView?.version ?? 0) >= version, 10_000);
    const { kept, sent, lost, duplicated } = await ballotTally(cluster, voting, VOTERS);
    const retried = phones.flatMap((p) => p.retried).length;
    console.log(
      `Redis restart: 3 ballots acknowledged ${duringOutage} ms into the outage, ${VOTERS} in all; ` +
        `views current on ${phones.length}/${phones.length} phones; lost ${lost}, duplicated ${duplicated}; ` +
        `answers retried ${retried}`,
    );
    expect(kept).toEqual(sent);
  }, 60_000);

  it('answers UNAVAILABLE while PostgreSQL restarts, then takes every retried ballot once', async () => {
    const voting = await votingRoom(cluster, people);
    rooms.push(voting);
    vote(voting, people, 0, 3);
    await allAnswered(voting.phones.values());
    const stoppedAt = Date.now();
    await cluster.local.postgres.stop();
    vote(voting, people, 3, VOTERS);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await cluster.local.postgres.start();
    const restartedMs = Date.now() - stoppedAt;
    await allAnswered(voting.phones.values());
    const recoveredMs = Date.now() - stoppedAt;
    await cluster.reconnectDb();
    const phones = [...voting.phones.values()];
    const { kept, sent, lost, duplicated } = await ballotTally(cluster, voting, VOTERS);
    const unavailable = phones.flatMap((p) => p.retried).filter((code) => code === 'UNAVAILABLE').length;
    const refused = phones.flatMap((p) => p.refused);
    console.log(
      `PostgreSQL restart: down ${restartedMs} ms; ${unavailable} answers UNAVAILABLE, retried; all ${VOTERS} ballots ` +
        `acknowledged ${recoveredMs} ms after the stop; lost ${lost}, ` +
        `duplicated ${duplicated}, refused ${refused.length}`,
    );
    expect(unavailable).toBeGreaterThan(0);
    expect(refused).toEqual([]);
    expect(kept).toEqual(sent);
  }, 60_000);
});
