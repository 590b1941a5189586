import { describe, expect, it } from 'vitest';
import { publicView } from '../../../shared/session/views.js';
import { FACILITATOR, Machine, outcome } from '../../support/machine.js';

function withIdeas(mode: 'anonymous' | 'named-turns', counts: number[]) {
  const m = new Machine({ sharingMode: mode });
  const people = counts.map((_, i) => m.join(`P${i}`));
  m.advance();
  counts.forEach((count, i) => {
    for (let k = 0; k < count; k++) m.addIdea(people[i]!, `P${i} idea ${k}`);
  });
  m.advance();
  return { m, people };
}

describe('sharing, anonymous mode', () => {
  it('reveals one idea per participant per round, numbered, and no author', () => {
    const { m } = withIdeas('anonymous', [2, 1, 3]);
    m.must({ type: 'revealRound' }, FACILITATOR);
    expect(m.state.revealed).toHaveLength(3);
    m.must({ type: 'revealRound' }, FACILITATOR);
    expect(m.state.revealed).toHaveLength(5);
    m.must({ type: 'revealRound' }, FACILITATOR);
    expect(outcome(m.run({ type: 'revealRound' }, FACILITATOR))).toBe('CONFLICT');
    const view = publicView(m.state);
    expect(view.ideas.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(view.ideas.every((i) => i.author === undefined)).toBe(true);
    expect(view.ideasUnshared).toBe(0);
  });

  it('shuffles the order within rounds, so position does not tell the author', () => {
    const firstAuthors = new Set<string>();
    for (let seed = 0; seed < 20; seed++) {
      const { m } = withIdeas('anonymous', [1, 1, 1, 1]);
      for (let i = 0; i < seed; i++) m.context(FACILITATOR).random();
      m.must({ type: 'revealRound' }, FACILITATOR);
      firstAuthors.add(m.state.ideas.get(m.state.revealed[0]!)!.authorId);
    }
    expect(firstAuthors.size).toBeGreaterThan(1);
  });

  it('reveals what was never shared when sharing ends, so no idea is lost', () => {
    const { m } = withIdeas('anonymous', [3, 2]);
    m.must({ type: 'revealRound' }, FACILITATOR);
    m.advance();
    expect(m.state.phase).toBe('clarification');
    expect(publicView(m.state).ideas).toHaveLength(5);
  });
});

describe('sharing, named turns', () => {
  it('gives turns in join order, skipping those with nothing left, and ends when all passed', () => {
    const { m, people } = withIdeas('named-turns', [2, 0, 1]);
    const [p0, , p2] = people;
    expect(m.state.namedTurns.turn).toBe(p0!.participantId);
    expect(outcome(m.run({ type: 'passTurn' }, p2!))).toBe('NOT_YOUR_TURN');
    const mine = [...m.state.ideas.values()].find((i) => i.authorId === p0!.participantId)!;
    m.must({ type: 'shareIdea', ideaId: mine.id }, p0!);
    expect(m.state.namedTurns.turn).toBe(p2!.participantId);
    expect(publicView(m.state).ideas[0]?.author).toBe('P0');
    m.must({ type: 'passTurn' }, p2!);
    expect(m.state.namedTurns.turn).toBe(p0!.participantId);
    m.must({ type: 'passTurn' }, p0!);
    expect(m.state.namedTurns.turn).toBeNull();
  });

  it("refuses sharing someone else's idea, and lets the facilitator skip an absent member", () => {
    const { m, people } = withIdeas('named-turns', [1, 1]);
    const [p0, p1] = people;
    const theirs = [...m.state.ideas.values()].find((i) => i.authorId === p1!.participantId)!;
    expect(outcome(m.run({ type: 'shareIdea', ideaId: theirs.id }, p0!))).toBe('NOT_FOUND');
    m.must({ type: 'skipTurn' }, FACILITATOR);
    expect(m.state.namedTurns.turn).toBe(p1!.participantId);
    expect(outcome(m.run({ type: 'revealRound' }, FACILITATOR))).toBe('CONFLICT');
  });
});
