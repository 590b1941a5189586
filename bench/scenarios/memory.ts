import type { BigRoom } from '../big-room.js';
import { connectParticipant, send } from '../crowd.js';
import type { ScenarioResult } from '../result.js';
import type { MemorySample } from '../server-process.js';
import { sleep } from '../stats.js';

/** Every participant drops its socket, then comes back by token, all at once. */
async function disconnectAndResume(room: BigRoom): Promise<number> {
  for (const member of room.crowd.members) member.close();
  await sleep(300);
  const failures = await Promise.all(
    room.crowd.members.map(async (member) => {
      if (!(await connectParticipant(member, room.server.url, room.profile.waitMs))) return 1;
      const payload = { code: room.code, token: member.token, lastVersion: member.version };
      const result = await send(member, 'participant:resume', payload, room.profile.waitMs);
      return result.ok ? 0 : 1;
    }),
  );
  return failures.reduce<number>((a, b) => a + b, 0);
}

/**
 * Server RSS and heap per participant after a forced GC (the room before the join storm against
 * the room after it), then `cycles` rounds of everyone leaving and resuming: memory should not grow.
 */
export async function memoryScenario(room: BigRoom, before: MemorySample, cycles: number): Promise<ScenarioResult> {
  const after = await room.server.memory();
  const n = room.n;
  const samples: MemorySample[] = [];
  let failures = 0;
  for (let cycle = 0; cycle < cycles; cycle++) {
    failures += await disconnectAndResume(room);
    samples.push(await room.server.memory());
  }
  const first = samples[0];
  const last = samples[samples.length - 1];
  const heapPer = after.heapUsed !== null && before.heapUsed !== null ? (after.heapUsed - before.heapUsed) / n : null;
  const growth = (pick: (s: MemorySample) => number | null) => {
    const a = first ? pick(first) : null;
    const b = last ? pick(last) : null;
    return a !== null && b !== null && samples.length > 1 ? Math.round((b - a) / 1024) : null;
  };
  return {
    scenario: 'memory',
    server: room.kind,
    n,
    run: room.run,
    completed: true,
    failures,
    figures: {
      // The first start, on an empty data directory: what booting costs before any replay.
      spawnToListeningMs: Math.round(room.server.listeningAt - room.server.spawnedAt),
      startupCpuMs: Math.round(room.server.startupSched.runNs / 1e6),
      rssBeforeMiB: Math.round(before.rss / 2 ** 20),
      rssAfterMiB: Math.round(after.rss / 2 ** 20),
      rssPerParticipantKiB: Math.round(((after.rss - before.rss) / n / 1024) * 10) / 10,
      heapPerParticipantKiB: heapPer === null ? null : Math.round((heapPer / 1024) * 10) / 10,
      cycles: samples.length,
      cycleRssGrowthKiB: growth((s) => s.rss),
      cycleHeapGrowthKiB: growth((s) => s.heapUsed),
    },
    notes: after.gc ? [] : ['the probe could not force a GC: RSS only, heap not measured'],
  };
}
