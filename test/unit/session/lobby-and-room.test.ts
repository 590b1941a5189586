import { describe, expect, it } from 'vitest';
import { FACILITATOR, Machine, outcome } from '../../support/machine.js';

describe('lobby and room', () => {
  it('lets people join, and refuses joins once locked or finished with the same code', () => {
    const m = new Machine();
    m.join('Ada');
    m.must({ type: 'lockRoom', locked: true }, FACILITATOR);
    const locked = m.run(
      { type: 'join', name: 'Bo', organization: null, tokenHash: 't', joinKey: null, sealedToken: null },
      { role: 'joiner' },
    );
    expect(outcome(locked)).toBe('JOIN_REFUSED');
    m.must({ type: 'lockRoom', locked: false }, FACILITATOR);
    m.join('Bo');
    expect(m.state.participants.size).toBe(2);
  });

  it('treats a retried join (same join key) as the same person, changing nothing, even once locked', () => {
    const m = new Machine();
    const join = (tokenHash: string) =>
      m.run(
        {
          type: 'join',
          name: 'Ada',
          organization: null,
          tokenHash,
          joinKey: 'key-ada',
          sealedToken: `sealed-${tokenHash}`,
        },
        { role: 'joiner' },
      );
    const first = join('first');
    m.must({ type: 'lockRoom', locked: true }, FACILITATOR);
    const again = join('second');
    expect(outcome(first)).toBe('accepted');
    // No new token: the one sealed at the first join is handed back by the server.
    expect(again.ok && again.value).toEqual([]);
    expect([...m.state.participants.values()].map((p) => [p.tokenHash, p.sealedToken])).toEqual([
      ['first', 'sealed-first'],
    ]);
    m.must({ type: 'removeParticipant', participantId: m.state.participantOrder[0]! }, FACILITATOR);
    expect(outcome(join('third'))).toBe('JOIN_REFUSED');
  });

  it('only moves forward one phase at a time, guarded by the phase the facilitator saw', () => {
    const m = new Machine();
    const stale = m.run({ type: 'advancePhase', from: 'ideation' }, FACILITATOR);
    expect(outcome(stale)).toBe('WRONG_PHASE');
    m.advance();
    expect(m.state.phase).toBe('ideation');
    const again = m.run({ type: 'advancePhase', from: 'lobby' }, FACILITATOR);
    expect(outcome(again)).toBe('WRONG_PHASE');
  });

  it('refuses facilitator commands from anyone else, and participant commands from the facilitator', () => {
    const m = new Machine();
    const ada = m.join('Ada');
    for (const command of [
      { type: 'advancePhase', from: 'lobby' },
      { type: 'lockRoom', locked: true },
      { type: 'removeParticipant', participantId: ada.participantId },
      { type: 'startTimer', seconds: 60 },
    ] as const) {
      const result = m.run(command, ada);
      expect(outcome(result)).toBe('FORBIDDEN');
    }
    m.advance();
    const asFacilitator = m.run({ type: 'addIdea', text: 'hello' }, FACILITATOR);
    expect(outcome(asFacilitator)).toBe('FORBIDDEN');
    const asSystem = m.run({ type: 'advancePhase', from: 'ideation' }, { role: 'system' });
    expect(outcome(asSystem)).toBe('FORBIDDEN');
  });

  it('removing a participant withdraws their unshared ideas and stops their commands', () => {
    const m = new Machine();
    const ada = m.join('Ada');
    m.advance();
    const idea = m.addIdea(ada, 'private thought');
    m.must({ type: 'removeParticipant', participantId: ada.participantId }, FACILITATOR);
    expect(m.state.ideas.get(idea)?.status).toBe('withdrawn');
    const after = m.run({ type: 'addIdea', text: 'more' }, ada);
    expect(outcome(after)).toBe('UNAUTHORIZED');
    const twice = m.run({ type: 'removeParticipant', participantId: ada.participantId }, FACILITATOR);
    expect(outcome(twice)).toBe('NOT_FOUND');
  });
});
