/**
 * How far the server's clock is ahead of this device's, for counting timers down.
 *
 * Each view says when the server sent it. Its `serverTime` minus the local time on arrival is the
 * clocks' offset minus how long the message took, so one late message (a busy phone, slow venue
 * Wi-Fi) would make every timer show as much more time as the message was late. The least
 * delayed recent message gives the best estimate: the largest sample of the last minute. Samples
 * older than that go, so a device whose clock is corrected (or a new server) is followed within a
 * minute; `reset` forgets them at once, for a new connection.
 */
export interface ServerClock {
  /** Takes one message's send time and returns the best offset so far, in ms. */
  sample(serverTime: number, now?: number): number;
  reset(): void;
}

interface Sample {
  at: number;
  offset: number;
}

export function serverClock(windowMs = 60_000): ServerClock {
  // Kept in arrival order with strictly falling offsets: the first is the window's largest.
  let kept: Sample[] = [];
  return {
    sample(serverTime, now = Date.now()) {
      const offset = serverTime - now;
      while (kept.length > 0 && (kept.at(-1) as Sample).offset <= offset) kept.pop();
      kept.push({ at: now, offset });
      while ((kept[0] as Sample).at <= now - windowMs) kept.shift();
      return (kept[0] as Sample).offset;
    },
    reset() {
      kept = [];
    },
  };
}
