import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FlushWindow } from '../../../server/socket/flush-window.js';

/** Runs `window` the way the fan-out does: each flush marks the window as flushing. */
function driven(window: FlushWindow, roomSize: number) {
  const flushedAt: number[] = [];
  const flush = () => {
    window.flushing();
    flushedAt.push(Date.now());
  };
  return { flushedAt, change: (commands = 1) => window.changed(roomSize, flush, commands) };
}

describe('when a session’s views go out (FlushWindow)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(1_000_000);
  });
  afterEach(() => vi.useRealTimers());

  it('sends a single action in a large quiet room after the small-room interval, not the storm one', () => {
    const room = driven(new FlushWindow(50), 1000);
    room.change();
    vi.advanceTimersByTime(0);
    expect(room.flushedAt).toEqual([1_000_000]);
    // The next action 60 ms later: the last view carried one change, so it goes out at once.
    vi.advanceTimersByTime(60);
    room.change();
    vi.advanceTimersByTime(0);
    expect(room.flushedAt).toEqual([1_000_000, 1_000_060]);
  });

  it('folds a storm in a large room into one view per 100 ms, and returns to 50 ms when it ends', () => {
    const room = driven(new FlushWindow(50), 1000);
    room.change();
    vi.advanceTimersByTime(0);
    // Changes every 10 ms for half a second.
    for (let t = 0; t < 500; t += 10) {
      room.change();
      vi.advanceTimersByTime(10);
    }
    const gaps = room.flushedAt.slice(1).map((at, i) => at - (room.flushedAt[i] as number));
    // The first held flush waits the small-room interval; once it carried several changes, 100 ms.
    expect(gaps[0]).toBe(50);
    expect(gaps.slice(1).every((gap) => gap === 100)).toBe(true);
    // Quiet again: a single change goes out at once and carries nothing else, so the next one,
    // 10 ms later, waits the small-room interval again.
    vi.advanceTimersByTime(1000);
    room.change();
    vi.advanceTimersByTime(10);
    room.change();
    vi.advanceTimersByTime(100);
    const last = room.flushedAt.slice(-2);
    expect((last[1] as number) - (last[0] as number)).toBe(50);
  });

  it('takes a change of many commands for a storm, though it is the only one per flush', () => {
    // A store that syncs off the event loop hands the fan-out one change per batch: each flush
    // carries one change, but that change holds many joins.
    const room = driven(new FlushWindow(50), 1000);
    for (let t = 0; t < 500; t += 50) {
      room.change(40);
      vi.advanceTimersByTime(50);
    }
    const gaps = room.flushedAt.slice(1).map((at, i) => at - (room.flushedAt[i] as number));
    expect(gaps.length).toBeGreaterThan(2);
    expect(gaps.every((gap) => gap === 100)).toBe(true);
  });

  it('never waits more than 50 ms in a room of 500 or fewer, even in a storm', () => {
    const room = driven(new FlushWindow(50), 500);
    for (let t = 0; t < 500; t += 10) {
      room.change();
      vi.advanceTimersByTime(10);
    }
    const gaps = room.flushedAt.slice(1).map((at, i) => at - (room.flushedAt[i] as number));
    expect(gaps.length).toBeGreaterThan(5);
    expect(gaps.every((gap) => gap === 50)).toBe(true);
  });
});
