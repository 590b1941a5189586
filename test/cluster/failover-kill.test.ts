import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopPid } from '../../scripts/cluster/engines.js';
import { startTestCluster, type TestCluster } from './support/cluster.js';
import { allAnswered, ballotOf, ballotTally, votingRoom, type VotingRoom } from './support/voting-room.js';

const VOTERS = 12;
const TIMER_SECONDS = 10;

/**
 * `npm run test:cluster`: the process that owns a session is killed (SIGKILL) in the middle of the
 * vote. Another takes the session over from PostgreSQL; the phones come back through the proxy by
 * themselves; no acknowledged ballot is lost or counted twice; the timer keeps its deadline.
 */
describe.runIf(process.env.CLUSTER_LONG)('the owner of a session killed mid-vote', () => {
  let cluster: TestCluster;
  let voting: VotingRoom;

  beforeAll(async () => {
    cluster = await startTestCluster({ processes: 3, leaseMs: 3000 });
  }, 90_000);
  afterAll(async () => {
    for (const phone of voting?.phones.values() ?? []) phone.close();
    voting?.room.close();
    await cluster?.stop();
  });

  it('is taken over within a few seconds, with every acknowledged ballot counted once', async () => {
    // One more person than votes, who never votes: the vote stays open, and its timer runs.
    const people = Array.from({ length: VOTERS + 1 }, (_, i) => `Voter ${i + 1}`);
    const names = people.slice(0, VOTERS);
    voting = await votingRoom(cluster, people);
    const { room, ideas, phones, sessionId } = voting;
    await room.steer('timer:start', { seconds: TIMER_SECONDS });
    await room.facilitator.until((t) => typeof t.view?.timer?.endsAt === 'number');
    const endsAt = room.facilitator.view?.timer?.endsAt ?? 0;
    const owner = await cluster.ownerIndex(sessionId);
    expect(owner).toBeGreaterThanOrEqual(0);

    // Half vote and are acknowledged; the owner dies; the other half vote at once.
    names
      .slice(0, VOTERS / 2)
      .forEach((name, i) => phones.get(name)!.send('ballot:submit', { ranking: ballotOf(ideas, i) }));
    await allAnswered(phones.values());
    const killedAt = Date.now();
    await stopPid(cluster.local.servers[owner]!.pid, 'SIGKILL');
    names
      .slice(VOTERS / 2)
      .forEach((name, i) => phones.get(name)!.send('ballot:submit', { ranking: ballotOf(ideas, VOTERS / 2 + i) }));
    await allAnswered(phones.values());
    const takeoverMs = Date.now() - killedAt;
    const newOwner = await cluster.ownerIndex(sessionId);

    // Every phone's view came back to the newest version, through another process.
    const caughtUp = async () => {
      const version = Math.max(...[...phones.values()].map((p) => p.tracker.publicView?.version ?? 0));
      for (const phone of phones.values())
        await phone.tracker.until((t) => (t.publicView?.version ?? 0) >= version, 10_000);
    };
    await caughtUp();

    // The timer fires at its deadline on the new owner, not TIMER_SECONDS after the takeover.
    const watcher = [...phones.values()][0]!.tracker;
    const endsAtAfterTakeover = watcher.view?.timer?.endsAt;
    // On time, the timer closes the vote: the phase moves on.
    await watcher.until((t) => t.view?.phase !== 'ranking', TIMER_SECONDS * 1000 + 5000);
    const firedLateMs = Date.now() - endsAt;
    expect(endsAtAfterTakeover).toBe(endsAt);

    const { kept, sent, lost, duplicated } = await ballotTally(cluster, voting, VOTERS);
    const refused = [...phones.values()].flatMap((p) => p.refused);
    console.log(
      `SIGKILL owner (process ${owner}) mid-vote: taken over by process ${newOwner}; ` +
        `all ${VOTERS} ballots acknowledged ${takeoverMs} ms after the kill; ` +
        `views recovered on ${phones.size}/${phones.size} phones; lost ${lost}, duplicated ${duplicated}, refused ${refused.length}; ` +
        `timer fired ${firedLateMs} ms after its deadline`,
    );
    expect(newOwner).not.toBe(owner);
    expect(newOwner).toBeGreaterThanOrEqual(0);
    expect(refused).toEqual([]);
    expect(kept).toEqual(sent);
    expect(takeoverMs).toBeLessThan(10_000);
    expect(firedLateMs).toBeLessThan(2000);
  }, 90_000);
});
