import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/session/commands.js';
import { ideasOf } from '../../../shared/session/queries.js';
import type { SessionState } from '../../../shared/session/state.js';
import { facilitatorView, privateView, publicView } from '../../../shared/session/views.js';
import { FACILITATOR, Machine } from '../../support/machine.js';
import { plainState } from '../../support/plain-state.js';

type Voter = Actor & { role: 'participant' };

function viewsOf(state: SessionState, voters: readonly Voter[]) {
  return {
    public: publicView(state),
    facilitator: facilitatorView(state),
    private: voters.map((v) => privateView(state, v.participantId, v.ballotKeys)),
  };
}

/** The views of a state, and of a copy of it that shares no object with it (so nothing remembered applies). */
function bothWays(state: SessionState, voters: readonly Voter[] = []) {
  return { remembered: viewsOf(state, voters), fresh: viewsOf(plainState(state), voters) };
}

describe('views built from remembered sections', () => {
  it('equal views built from scratch at every step of a two-round session', () => {
    const m = new Machine({ twoRounds: true, ballotSize: 2 });
    const voters = ['Ada', 'Bo', 'Cy'].map((name) => m.join(name));
    const check = () => {
      const { remembered, fresh } = bothWays(m.state, voters);
      expect(remembered).toEqual(fresh);
      // Each person's own ideas, from the index, are those the scan finds, in the same order.
      for (const [i, voter] of voters.entries()) {
        const view = remembered.private[i];
        if (m.state.participants.get(voter.participantId)?.removed) expect(view).toBeNull();
        else
          expect(view?.myIdeas.map((idea) => idea.id)).toEqual(
            ideasOf(m.state, voter.participantId).map((idea) => idea.id),
          );
      }
    };
    check();
    m.advance();
    const ids = voters.map((voter, i) => m.addIdea(voter, `idea ${i}`));
    check();
    const second = m.addIdea(voters[0]!, 'a second idea of Ada');
    const third = m.addIdea(voters[0]!, 'a third idea of Ada');
    check();
    m.must({ type: 'deleteIdea', ideaId: second }, voters[0]!);
    expect(m.state.ideas.get(third)).toBeDefined();
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
