import { connectParticipant } from './crowd.js';
import type { Participant } from './participant.js';
import { sleep } from './stats.js';

/**
 * The delay before reconnection attempt `attempt` (0-based), exactly as socket.io-client's
 * Backoff computes it with the app's settings (client/socket.ts): 1 s doubling, jitter 0.5,
 * at most 4 s. So the restart figures show what real phones would see.
 */
export function socketIoBackoffMs(attempt: number, random = Math.random()): number {
  let ms = 1000 * 2 ** attempt;
  const deviation = Math.floor(random * 0.5 * ms);
  ms = (Math.floor(random * 10) & 1) === 0 ? ms - deviation : ms + deviation;
  return Math.min(ms, 4000) | 0;
}

/**
 * Reconnects after a lost connection the way socket.io-client would, then re-attaches with
 * `attach`; resolves with the time it was attached again, or null if the deadline passed first.
 */
export async function reconnectWithBackoff(
  who: Participant,
  url: string,
  attach: () => Promise<boolean>,
  deadline: number,
  connectTimeoutMs: number,
): Promise<number | null> {
  for (let attempt = 0; ; attempt++) {
    const delay = socketIoBackoffMs(attempt);
    if (performance.now() + delay > deadline) return null;
    await sleep(delay);
    if (!(await connectParticipant(who, url, connectTimeoutMs))) continue;
    who.resetFirstView();
    if (await attach()) return performance.now();
  }
}
