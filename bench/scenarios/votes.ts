import { advance, type BigRoom } from '../big-room.js';
import { commandId, Crowd, send } from '../crowd.js';
import { meter } from '../meter.js';
import type { ScenarioResult } from '../result.js';
import { sleep } from '../stats.js';
import { QUIET_MS, settleStream, startStream, track, streamFigures } from './count-stream.js';

const BALLOT_SIZE = 5;

/** What revealing every idea cost, by room, reported with the votes that follow. */
const reveals = new WeakMap<BigRoom, Record<string, number | null>>();

/**
 * Moves on from sharing, which reveals every idea not yet shared: the room's idea list and every
 * author's own view change in one commit (hundreds of kilobytes that reach everyone). Measures
 * until every participant's view reached that commit, and the server's CPU meanwhile.
 */
async function reveal(room: BigRoom): Promise<Record<string, number | null>> {
  const members = room.crowd.members.filter((m) => m.client);
  await sleep(QUIET_MS);
  const stop = meter(room.server, [room.crowd]);
  const started = performance.now();
  await advance(room, 'sharing', 'clarification');
  const target = room.facilitator.version;
  const deadline = started + room.profile.waitMs;
  while (members.some((m) => m.version < target) && performance.now() < deadline) await sleep(5);
  const reachedAt = performance.now();
  const cost = stop();
  return {
    revealMs: members.every((m) => m.version >= target) ? Math.round(reachedAt - started) : null,
    revealServerCpuMs: Math.round(cost.serverCpuShare * cost.wallMs),
  };
}

/**
 * Takes the session from ideation to ranking. Moving on from sharing reveals every idea not yet
 * shared, so all the storm's ideas end up on the list to rank; returns their ids.
 */
export async function prepareRanking(room: BigRoom): Promise<string[]> {
  await advance(room, 'ideation', 'sharing');
  if (room.kind === 'baseline') await advance(room, 'sharing', 'clarification');
  else reveals.set(room, await reveal(room));
  const view = await advance(room, 'clarification', 'ranking');
  // The baseline has no ideas: any ids do, it only counts ballots.
  return view ? view.ideas.map((idea) => idea.id) : ['a', 'b', 'c', 'd', 'e'];
}

/** A ballot of distinct ideas, different for each participant. */
export function ballotFor(ideaIds: readonly string[], seed: number): string[] {
  const size = Math.min(BALLOT_SIZE, ideaIds.length);
  const picks: string[] = [];
  for (let i = 0; picks.length < size && i < ideaIds.length * 2; i++) {
    const id = ideaIds[(seed * 31 + i * 17) % ideaIds.length];
    if (id !== undefined && !picks.includes(id)) picks.push(id);
  }
  return picks;
}

/** Scenario 4: every participant submits a ballot in the same instant. */
export async function votes(room: BigRoom): Promise<ScenarioResult> {
  const { crowd, profile } = room;
  const members = crowd.members.filter((m) => m.client);
  // Let the last view of what came before go out, so the first change is not held by the window.
  await sleep(QUIET_MS);
  const stream = startStream('ballotsIn', crowd.highest('ballotsIn'));
  const desk = new Crowd(0);
  desk.add(room.facilitator);
  const counted = desk.reach('ballotsIn', stream.base + members.length, profile.waitMs);
  crowd.record('ballotsIn');
  const stop = meter(room.server, [crowd]);
  const started = performance.now();
  for (const member of members) {
    const ranking = ballotFor(room.ideaIds, member.index);
    track(stream, send(member, 'ballot:submit', { commandId: commandId(), ranking }, profile.waitMs));
  }
  const outcome = await settleStream(room, stream);
  const seen = await counted;
  const cost = stop();
  crowd.record(null);
  return {
    scenario: 'votes',
    server: room.kind,
    n: room.n,
    run: room.run,
    completed: true,
    failures: outcome.refused + outcome.undelivered + (seen.missing > 0 ? 1 : 0),
    figures: {
      ballots: outcome.accepted,
      ideasOnBallot: room.ideaIds.length,
      allCountedMs: seen.missing === 0 ? Math.round(seen.lastAt - started) : null,
      ...streamFigures(outcome, cost),
      ...reveals.get(room),
    },
    notes: [...outcome.refusals, ...(seen.missing > 0 ? ['the facilitator never saw every ballot counted'] : [])],
  };
}
