import { describe, expect, it } from 'vitest';
import { privateView, publicView } from '../../../shared/session/views.js';
import { FACILITATOR, Machine, outcome } from '../../support/machine.js';

function inRanking(ideaCount = 4, ballotSize = 3) {
  const m = new Machine({ ballotSize });
  const voters = ['Ada', 'Bo', 'Cy'].map((name) => m.join(name));
  m.advance();
  const ids = Array.from({ length: ideaCount }, (_, i) => m.addIdea(voters[i % 3]!, `idea ${i}`));
  m.advance();
  m.advance();
  m.advance();
  return { m, voters, ids };
}

describe('ranking', () => {
  it('takes 1 to N distinct shared ideas, and lets a voter change their ballot', () => {
    const { m, voters, ids } = inRanking();
    const [ada] = voters;
    expect(outcome(m.run({ type: 'submitBallot', ranking: [] }, ada!))).toBe('BAD_REQUEST');
    expect(outcome(m.run({ type: 'submitBallot', ranking: ids }, ada!))).toBe('BAD_REQUEST');
    expect(outcome(m.run({ type: 'submitBallot', ranking: [ids[0]!, ids[0]!] }, ada!))).toBe('BAD_REQUEST');
    expect(outcome(m.run({ type: 'submitBallot', ranking: ['unknown'] }, ada!))).toBe('NOT_FOUND');
    m.must({ type: 'submitBallot', ranking: [ids[0]!, ids[1]!] }, ada!);
    m.must({ type: 'submitBallot', ranking: [ids[2]!] }, ada!);
    expect(publicView(m.state).ballotsIn).toBe(1);
    expect(privateView(m.state, ada!.participantId, ada!.ballotKeys)?.myBallot).toEqual({
      round: 1,
      ranking: [ids[2]],
    });
  });

  it('caps N at the number of ideas', () => {
    const { m } = inRanking(2, 5);
    expect(publicView(m.state).ballotSize).toBe(2);
  });

  it('keeps the tally hidden while voting is open and below the minimum of ballots', () => {
    const { m, voters, ids } = inRanking();
    m.must({ type: 'submitBallot', ranking: [ids[0]!] }, voters[0]!);
    m.must({ type: 'submitBallot', ranking: [ids[0]!] }, voters[1]!);
    expect(publicView(m.state).results).toBeNull();
    expect(outcome(m.run({ type: 'advancePhase', from: 'ranking' }, FACILITATOR))).toBe('NOT_ENOUGH_BALLOTS');
    m.must({ type: 'submitBallot', ranking: [ids[1]!] }, voters[2]!);
    m.advance();
    const results = publicView(m.state).results;
    expect(results?.ballots).toBe(3);
    expect(results?.lines[0]).toMatchObject({ ideaId: ids[0], points: 6, voters: 2, rank: 1 });
    expect(outcome(m.run({ type: 'submitBallot', ranking: [ids[1]!] }, voters[0]!))).toBe('WRONG_PHASE');
    expect(outcome(m.run({ type: 'advancePhase', from: 'results' }, FACILITATOR))).toBe('WRONG_PHASE');
  });

  it('stores a ballot under its key only, and records nothing that names the voter', () => {
    const { m, voters, ids } = inRanking();
    const [ada] = voters;
    const events = m.must({ type: 'submitBallot', ranking: [ids[0]!] }, ada!);
    expect(events.map((e) => e.type)).toEqual(['ballotCast']);
    expect(JSON.stringify(events)).not.toContain(ada!.participantId);
    expect([...m.state.ballots.keys()]).toEqual([ada!.ballotKeys[0]]);
  });

  it('refuses moving to ranking with no ideas', () => {
    const m = new Machine();
    m.join('Ada');
    m.advance();
    m.advance();
    m.advance();
    expect(outcome(m.run({ type: 'advancePhase', from: 'clarification' }, FACILITATOR))).toBe('CONFLICT');
  });
});
