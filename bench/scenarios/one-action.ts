import type { BigRoom } from '../big-room.js';
import { commandId, send } from '../crowd.js';
import { meter } from '../meter.js';
import type { ScenarioResult } from '../result.js';
import { between, sleep, summarize } from '../stats.js';

/** An idea text of a realistic length, unique per action. */
export function ideaText(tag: string): string {
  return `${tag}: pool the alliance's travel budget so that smaller members can send someone too`;
}

/**
 * Scenario 2: one idea at a time in a quiet room; each sample is the time from the emit until
 * the last of the N participants was sent a view that counts it. Gaps between actions are longer
 * than the coalescing window, so each change goes out at once.
 */
export async function oneAction(room: BigRoom): Promise<ScenarioResult> {
  const { crowd, profile } = room;
  const members = crowd.members.filter((m) => m.client);
  let expected = crowd.highest('ideasSubmitted');
  const latencies: number[] = [];
  const ackTimes: number[] = [];
  let failures = 0;
  let missing = 0;
  const total = profile.warmupActions + profile.oneActions;
  const stop = meter(room.server, [crowd]);
  for (let i = 0; i < total && members.length > 0; i++) {
    await sleep(between(...profile.actionGapMs));
    const actor = members[(i * 7) % members.length];
    if (!actor) break;
    const reached = crowd.reach('ideasSubmitted', expected + 1, profile.waitMs);
    const started = performance.now();
    const ack = await send(actor, 'idea:add', { commandId: commandId(), text: ideaText(`one ${i}`) }, profile.waitMs);
    const ackMs = performance.now() - started;
    if (!ack.ok) {
      failures++;
      crowd.cancel();
      await reached;
      continue;
    }
    const seen = await reached;
    expected += 1;
    if (i < profile.warmupActions) continue;
    missing += seen.missing;
    if (seen.missing === 0) latencies.push(seen.lastAt - started);
    ackTimes.push(ackMs);
  }
  const cost = stop();
  const lastParticipant = summarize(latencies);
  const acks = summarize(ackTimes);
  return {
    scenario: 'one-action',
    server: room.kind,
    n: room.n,
    run: room.run,
    completed: true,
    failures: failures + missing,
    figures: {
      actions: lastParticipant.count,
      p50Ms: lastParticipant.p50,
      p99Ms: lastParticipant.p99,
      maxMs: lastParticipant.max,
      ackP50Ms: acks.p50,
      ackP99Ms: acks.p99,
      serverStarvedShare: cost.serverStarvedShare,
    },
    notes: missing > 0 ? [`${missing} participant views never showed an action`] : [],
  };
}
