import { DEMO_IDEAS, DEMO_PEOPLE } from './demo-data.js';
import { startSimulatedParticipant } from './simulated-participant.js';

/** A stable pseudo-random number in [0, 1) for a text, so the simulated room shares some tastes. */
function appeal(text: string): number {
  let hash = 2166136261;
  for (const ch of text) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619);
  return ((hash >>> 0) % 1000) / 1000;
}

/**
 * Fills a session with `count` simulated participants, each with two or three ideas from the
 * sample list, who vote with a shared taste plus their own noise.
 */
export async function startDemoParticipants(url: string, code: string, count = 4, paceMs?: number) {
  const people = DEMO_PEOPLE.slice(0, Math.min(count, DEMO_PEOPLE.length));
  const perPerson = Math.max(2, Math.floor(DEMO_IDEAS.length / people.length));
  const running = await Promise.all(
    people.map((person, index) =>
      startSimulatedParticipant({
        url,
        code,
        name: person.name,
        organization: person.organization,
        ideas: DEMO_IDEAS.slice(index * perPerson, index * perPerson + Math.min(3, perPerson)),
        taste: appeal,
        ...(paceMs === undefined ? {} : { paceMs }),
      }),
    ),
  );
  return { stop: () => running.forEach((participant) => participant.stop()) };
}
