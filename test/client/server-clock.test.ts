import { describe, expect, it } from 'vitest';
import { remainingMs } from '../../client/components/PhaseTimer.js';
import { serverClock } from '../../client/session/server-clock.js';

// The server's clock runs 2 s ahead of the phone's; messages take `delay` ms to be handled.
const AHEAD = 2_000;
const arrival = (sentAt: number, delay: number) => ({ serverTime: sentAt, now: sentAt - AHEAD + delay });

describe('the server clock a phone counts timers with', () => {
  it('is not pushed back by a message that arrives late', () => {
    const clock = serverClock();
    const first = arrival(100_000, 40);
    expect(clock.sample(first.serverTime, first.now)).toBe(AHEAD - 40);
    // A busy phone handles the next view 11 s after it was sent.
    const late = arrival(101_000, 11_000);
    const offset = clock.sample(late.serverTime, late.now);
    expect(offset).toBe(AHEAD - 40);
    // A 30-second timer set at 101 s shows 30 s less what has passed, not 41 s.
    const timer = { phase: 'ideation' as const, endsAt: 131_000, remainingMs: 30_000, expired: false };
    expect(remainingMs(timer, late.now, offset)).toBe(30_000 - 11_000 + 40);
  });

  it('never shows a running timer with more time than it started with, however old the clock it is read by', () => {
    // The phone's clock last ticked 11 s before this 30-second timer was set at 101 s.
    const timer = { phase: 'ideation' as const, endsAt: 131_000, remainingMs: 30_000, expired: false };
    expect(remainingMs(timer, 101_000 - AHEAD - 11_000, AHEAD)).toBe(30_000);
    // Extended by a minute: the time it runs from grows with its end.
    const extended = { ...timer, endsAt: 191_000, remainingMs: 90_000 };
    expect(remainingMs(extended, 101_000 - AHEAD - 11_000, AHEAD)).toBe(90_000);
    expect(remainingMs(extended, 111_000 - AHEAD, AHEAD)).toBe(80_000);
  });

  it('takes the quickest message of the last minute, and forgets older ones', () => {
    const clock = serverClock(60_000);
    const quick = arrival(100_000, 5);
    clock.sample(quick.serverTime, quick.now);
    const slow = arrival(130_000, 300);
    expect(clock.sample(slow.serverTime, slow.now)).toBe(AHEAD - 5);
    // A minute after the quick one, the slow one (still in its minute) is the best left.
    const later = arrival(161_000, 900);
    expect(clock.sample(later.serverTime, later.now)).toBe(AHEAD - 300);
  });

  it('follows a phone whose clock was corrected, within the minute', () => {
    const clock = serverClock(60_000);
    clock.sample(100_000, 100_000 - AHEAD + 10);
    // The phone's clock is set 5 s back: the server now seems 7 s ahead.
    expect(clock.sample(110_000, 110_000 - AHEAD - 5_000 + 10)).toBe(AHEAD + 5_000 - 10);
  });

  it('starts again on a new connection', () => {
    const clock = serverClock();
    clock.sample(100_000, 100_000 - AHEAD + 10);
    clock.reset();
    // Another server, 3 s behind its predecessor.
    expect(clock.sample(200_000, 200_000 - AHEAD + 3_000 + 10)).toBe(AHEAD - 3_000 - 10);
  });
});
