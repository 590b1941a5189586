import type { BigRoom } from '../big-room.js';
import { Crowd, joinRoom } from '../crowd.js';
import { meter } from '../meter.js';
import { listenOverflows } from '../proc-stats.js';
import type { ScenarioResult } from '../result.js';

/** Scenario 1: all N connect and join at the same moment. */
export async function joinStorm(room: BigRoom): Promise<ScenarioResult> {
  const { crowd, server, profile } = room;
  const desk = new Crowd(0);
  desk.add(room.facilitator);
  const everyoneSeen = desk.reach('participantCount', room.n, profile.waitMs + 5000);
  const stop = meter(server, [crowd]);
  const overflows = listenOverflows();
  const started = performance.now();
  const outcomes = await Promise.all(
    crowd.members.map(async (member) => {
      const error = await joinRoom(member, server.url, room.code, profile.waitMs);
      return { error, at: performance.now() };
    }),
  );
  const joined = outcomes.filter((o) => o.error === null);
  const seen = await everyoneSeen;
  const cost = stop();
  const overflowsAfter = listenOverflows();
  const errors = new Map<string, number>();
  for (const { error } of outcomes) if (error !== null) errors.set(error, (errors.get(error) ?? 0) + 1);
  const lastJoin = Math.max(...joined.map((o) => o.at), started);
  return {
    scenario: 'join-storm',
    server: room.kind,
    n: room.n,
    run: room.run,
    completed: true,
    failures: outcomes.length - joined.length,
    figures: {
      allJoinedMs: Math.round(lastJoin - started),
      facilitatorSeesAllMs: seen.missing === 0 ? Math.round(seen.lastAt - started) : null,
      joined: joined.length,
      listenOverflows: overflows !== null && overflowsAfter !== null ? overflowsAfter - overflows : null,
      serverCpuShare: cost.serverCpuShare,
      serverStarvedShare: cost.serverStarvedShare,
      generatorCpuShare: cost.generatorCpuShare,
    },
    notes: [...errors].map(([code, count]) => `${count} joins failed with ${code}`),
  };
}
