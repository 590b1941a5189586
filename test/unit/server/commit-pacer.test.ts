import { describe, expect, it } from 'vitest';
import { CommitPacer } from '../../../server/sessions/commit-pacer.js';

function pacerAt(windowMs: number) {
  let now = 1000;
  const pacer = new CommitPacer(windowMs, () => now);
  return { pacer, advance: (ms: number) => (now += ms) };
}

describe('CommitPacer', () => {
  it('commits a command on its own at once, however soon after the last commit', () => {
    const { pacer, advance } = pacerAt(25);
    pacer.committing();
    advance(1);
    pacer.arrived('alice');
    expect(pacer.delay()).toBe(0);
  });

  it('does not hold one person clicking quickly through steps', () => {
    const { pacer, advance } = pacerAt(25);
    for (let k = 0; k < 10; k++) {
      pacer.arrived('facilitator');
      expect(pacer.delay()).toBe(0);
      pacer.committing();
      advance(2);
    }
  });

  it('holds commands from people acting at once until a window has passed since the last commit', () => {
    const { pacer, advance } = pacerAt(25);
    pacer.arrived('alice');
    pacer.committing();
    advance(5);
    pacer.arrived('bob');
    expect(pacer.delay()).toBe(20);
    advance(20);
    expect(pacer.delay()).toBe(0);
  });

  it('lets go once the crowd thins out', () => {
    const { pacer, advance } = pacerAt(25);
    pacer.arrived('alice');
    advance(3);
    pacer.arrived('bob');
    pacer.committing();
    advance(40);
    pacer.arrived('carol');
    pacer.committing();
    advance(1);
    pacer.arrived('dan');
    expect(pacer.delay()).toBe(24);
    advance(60);
    pacer.committing();
    advance(1);
    pacer.arrived('erin');
    expect(pacer.delay()).toBe(0);
  });

  it('never waits with a window of 0', () => {
    const { pacer } = pacerAt(0);
    pacer.committing();
    pacer.arrived('alice');
    pacer.arrived('bob');
    expect(pacer.delay()).toBe(0);
  });
});
