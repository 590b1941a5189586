import type { BigRoom } from '../big-room.js';
import { commandId, send } from '../crowd.js';
import { meter } from '../meter.js';
import type { ScenarioResult } from '../result.js';
import { sleep } from '../stats.js';
import { QUIET_MS, settleStream, startStream, track, streamFigures } from './count-stream.js';
import { ideaText } from './one-action.js';

/** Scenario 3: N ideas, one from each participant, spread evenly over the profile's storm time. */
export async function ideaStorm(room: BigRoom): Promise<ScenarioResult> {
  const { crowd, profile } = room;
  const members = crowd.members.filter((m) => m.client);
  const seconds = profile.stormSeconds(room.n);
  const spacing = (seconds * 1000) / Math.max(1, members.length);
  // Let the last view of what came before go out, so the first change is not held by the window.
  await sleep(QUIET_MS);
  const stream = startStream('ideasSubmitted', crowd.highest('ideasSubmitted'));
  crowd.record('ideasSubmitted');
  const stop = meter(room.server, [crowd]);
  const started = performance.now();
  for (let k = 0; k < members.length; k++) {
    const member = members[k];
    if (!member) break;
    const wait = started + k * spacing - performance.now();
    if (wait > 0) await sleep(wait);
    track(stream, send(member, 'idea:add', { commandId: commandId(), text: ideaText(`storm ${k}`) }, profile.waitMs));
  }
  const outcome = await settleStream(room, stream);
  const cost = stop();
  crowd.record(null);
  return {
    scenario: 'idea-storm',
    server: room.kind,
    n: room.n,
    run: room.run,
    completed: true,
    failures: outcome.refused + outcome.undelivered,
    figures: {
      ideas: outcome.accepted,
      seconds,
      ...streamFigures(outcome, cost),
      // How often each recipient was sent a view: the coalescing window sets the ceiling (20/s at 50 ms).
      viewsPerRecipientPerSecond: Math.round((cost.messages / Math.max(1, members.length) / cost.wallMs) * 10_000) / 10,
    },
    notes: outcome.refusals,
  };
}
