import { describe, expect, it } from 'vitest';
import { FACILITATOR, Machine, outcome, SYSTEM } from '../../support/machine.js';

describe('phase timers', () => {
  it('start with the configured duration and end the phase when they run out', () => {
    const m = new Machine({ durations: { ideation: 60 } });
    m.join('Ada');
    m.advance();
    expect(m.state.timer).toMatchObject({ phase: 'ideation', endsAt: m.now + 60_000 });
    m.must({ type: 'expireTimer' }, SYSTEM);
    expect(m.state.phase).toBe('ideation');
    m.now += 60_000;
    m.must({ type: 'expireTimer' }, SYSTEM);
    expect(m.state.phase).toBe('sharing');
    expect(m.state.timer).toBeNull();
  });

  it('says in the decision log that the timer, not the facilitator, moved the session', () => {
    const m = new Machine({ durations: { ideation: 60 } });
    m.join('Ada');
    m.advance();
    m.now += 60_000;
    m.must({ type: 'expireTimer' }, SYSTEM);
    m.advance();
    const phases = m.state.decisions.filter((decision) => decision.kind === 'phase');
    expect(phases.map((decision) => [decision.to, decision.by])).toEqual([
      ['ideation', undefined],
      ['sharing', 'timer'],
      ['clarification', undefined],
    ]);
  });

  it('pause, resume and extend keep the time left', () => {
    const m = new Machine();
    m.advance();
    m.must({ type: 'startTimer', seconds: 120 }, FACILITATOR);
    m.now += 30_000;
    m.must({ type: 'pauseTimer' }, FACILITATOR);
    expect(m.state.timer).toMatchObject({ endsAt: null, remainingMs: 90_000 });
    m.now += 500_000;
    m.must({ type: 'extendTimer', seconds: 30 }, FACILITATOR);
    m.must({ type: 'resumeTimer' }, FACILITATOR);
    expect(m.state.timer?.endsAt).toBe(m.now + 120_000);
    expect(outcome(m.run({ type: 'resumeTimer' }, FACILITATOR))).toBe('CONFLICT');
    m.must({ type: 'clearTimer' }, FACILITATOR);
    expect(m.state.timer).toBeNull();
  });

  it('keeps voting open when time runs out with too few ballots', () => {
    const m = new Machine({ durations: { ranking: 30 } });
    const ada = m.join('Ada');
    m.advance();
    const idea = m.addIdea(ada, 'x');
    m.advance();
    m.advance();
    m.advance();
    m.must({ type: 'submitBallot', ranking: [idea] }, ada);
    m.now += 30_000;
    m.must({ type: 'expireTimer' }, SYSTEM);
    expect(m.state.phase).toBe('ranking');
    expect(m.state.timer?.expired).toBe(true);
  });

  it('has no timer in the lobby', () => {
    const m = new Machine();
    expect(outcome(m.run({ type: 'startTimer', seconds: 60 }, FACILITATOR))).toBe('WRONG_PHASE');
  });
});
