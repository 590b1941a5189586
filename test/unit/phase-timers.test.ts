import { afterEach, describe, expect, it } from 'vitest';
import { PhaseTimers } from '../../server/sessions/phase-timers.js';

describe('the server’s phase timeouts', () => {
  let timers: PhaseTimers | undefined;
  afterEach(() => timers?.clearAll());

  it('never fires before the clock the state is read by says the timer is due', async () => {
    // The service's clock runs 150 ms behind the one setTimeout counts by (as the loop's cached
    // time can): a timeout armed for 100 ms fires when that clock still says 50 ms to go.
    const lag = 150;
    const now = () => Date.now() - lag;
    const fired: number[] = [];
    timers = new PhaseTimers(now, () => fired.push(now()));
    const endsAt = now() + 100;
    timers.schedule('s', endsAt);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(fired).toHaveLength(1);
    expect(fired[0]).toBeGreaterThanOrEqual(endsAt);
    expect(timers.has('s')).toBe(false);
  });

  it('arms one timeout per session, re-armed or cleared by the next schedule', async () => {
    const fired: string[] = [];
    timers = new PhaseTimers(Date.now, (id) => fired.push(id));
    timers.schedule('a', Date.now() + 30);
    timers.schedule('b', Date.now() + 30);
    timers.schedule('a', Date.now() + 5_000);
    timers.schedule('b', null);
    expect(timers.has('a')).toBe(true);
    expect(timers.has('b')).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(fired).toEqual([]);
  });
});
