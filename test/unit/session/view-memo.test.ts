import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../../shared/session/state.js';
import { facilitatorView, publicView } from '../../../shared/session/views.js';
import { FACILITATOR, Machine } from '../../support/machine.js';

/** The views of a state, and of a copy of it that shares no object with it (so nothing remembered applies). */
function bothWays(state: SessionState) {
  const fresh = structuredClone(state);
  return {
    remembered: { public: publicView(state), facilitator: facilitatorView(state) },
    fresh: { public: publicView(fresh), facilitator: facilitatorView(fresh) },
  };
}

describe('views built from remembered sections', () => {
  it('equal views built from scratch at every step of a two-round session', () => {
    const m = new Machine({ twoRounds: true, ballotSize: 2 });
    const check = () => {
      const { remembered, fresh } = bothWays(m.state);
      expect(remembered).toEqual(fresh);
    };
    const voters = ['Ada', 'Bo', 'Cy'].map((name) => m.join(name));
    check();
    m.advance();
    const ids = voters.map((voter, i) => m.addIdea(voter, `idea ${i}`));
    check();
    m.must({ type: 'editIdea', ideaId: ids[0]!, text: 'idea zero' }, voters[0]!);
    check();
    for (let step = 0; step < 3; step++) {
      m.advance();
      check();
    }
    for (const [i, voter] of voters.entries()) {
      m.must({ type: 'submitBallot', ranking: [ids[i]!, ids[(i + 1) % 3]!] }, voter);
      check();
    }
    m.advance();
    expect(m.state.phase).toBe('discussion');
    check();
    m.advance();
    for (const voter of voters) m.must({ type: 'submitBallot', ranking: [ids[2]!, ids[1]!] }, voter);
    check();
    m.must({ type: 'removeParticipant', participantId: voters[2]!.participantId }, FACILITATOR);
    check();
    m.advance();
    expect(m.state.phase).toBe('results');
    check();
  });

  it('hand back the very same sections when what they read is untouched', () => {
    const m = new Machine({ ballotSize: 2 });
    const voters = ['Ada', 'Bo'].map((name) => m.join(name));
    m.advance();
    const ids = voters.map((voter, i) => m.addIdea(voter, `idea ${i}`));
    for (let step = 0; step < 3; step++) m.advance();
    const before = facilitatorView(m.state);
    m.must({ type: 'submitBallot', ranking: ids }, voters[0]!);
    const after = facilitatorView(m.state);
    expect(after.ballotsIn).toBe(before.ballotsIn + 1);
    expect(after.ideas).toBe(before.ideas);
    expect(after.participants).toBe(before.participants);
  });
});
