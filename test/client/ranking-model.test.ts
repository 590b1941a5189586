import { describe, expect, it } from 'vitest';
import {
  ballotStatus,
  countedBallot,
  currentRanking,
  move,
  phoneBallot,
  toggle,
} from '../../client/screens/participant/ranking-model.js';

describe('arranging a ranking on the phone', () => {
  it.each([
    { name: 'first tap is rank 1', ranking: [], tap: 'a', size: 3, expected: ['a'] },
    { name: 'next tap takes the next rank', ranking: ['a'], tap: 'b', size: 3, expected: ['a', 'b'] },
    { name: 'tapping a picked idea takes it out', ranking: ['a', 'b', 'c'], tap: 'b', size: 3, expected: ['a', 'c'] },
    { name: 'a full ranking takes no more', ranking: ['a', 'b'], tap: 'c', size: 2, expected: ['a', 'b'] },
  ])('$name', ({ ranking, tap, size, expected }) => {
    expect(toggle(ranking, tap, size)).toEqual(expected);
  });

  it.each([
    { from: 2, to: 0, expected: ['c', 'a', 'b'] },
    { from: 0, to: 1, expected: ['b', 'a', 'c'] },
    { from: 0, to: 3, expected: ['a', 'b', 'c'] },
    { from: -1, to: 0, expected: ['a', 'b', 'c'] },
  ])('moves $from to $to', ({ from, to, expected }) => {
    expect(move(['a', 'b', 'c'], from, to)).toEqual(expected);
  });

  it('shows the draft over the submitted ballot, without ideas merged away, within the ballot size', () => {
    expect(currentRanking(['x', 'gone', 'y'], ['z'], ['x', 'y', 'z'], 3)).toEqual(['x', 'y']);
    expect(currentRanking(null, ['z', 'y'], ['x', 'y', 'z'], 3)).toEqual(['z', 'y']);
    expect(currentRanking(['x', 'y', 'z'], null, ['x', 'y', 'z'], 2)).toEqual(['x', 'y']);
    expect(currentRanking(null, null, ['x'], 3)).toEqual([]);
  });

  it.each([
    { ranking: [], submitted: null, pending: null, status: 'empty' },
    { ranking: ['a'], submitted: null, pending: null, status: 'unsent-draft' },
    { ranking: ['a', 'b'], submitted: ['a', 'b'], pending: null, status: 'submitted' },
    { ranking: ['b', 'a'], submitted: ['a', 'b'], pending: null, status: 'changed' },
    { ranking: ['b', 'a'], submitted: ['a', 'b'], pending: ['b', 'a'], status: 'sending' },
  ] as const)('ballot status $status', ({ ranking, submitted, pending, status }) => {
    expect(ballotStatus(ranking, submitted, pending)).toBe(status);
  });
});

describe('the ballot a phone shows, held once', () => {
  const ids = ['a', 'b', 'c'];

  it('shows a ballot on its way (acknowledged or not) until the private view shows it, never "changed"', () => {
    const sent = phoneBallot(
      { draft: null, pending: ['b', 'a'], mine: { round: 1, ranking: ['a', 'b'] }, round: 1 },
      ids,
      3,
    );
    expect(sent).toEqual({ ranking: ['b', 'a'], status: 'sending', counted: true });
    const shown = phoneBallot(
      { draft: null, pending: null, mine: { round: 1, ranking: ['b', 'a'] }, round: 1 },
      ids,
      3,
    );
    expect(shown).toEqual({ ranking: ['b', 'a'], status: 'submitted', counted: true });
  });

  it('shows an edit over the counted ballot as a change to send', () => {
    const edited = phoneBallot({ draft: ['c'], pending: null, mine: { round: 1, ranking: ['a'] }, round: 1 }, ids, 3);
    expect(edited).toEqual({ ranking: ['c'], status: 'changed', counted: true });
  });

  it('offers the preliminary ballot as the start of the final vote, without claiming a vote in it', () => {
    const final = phoneBallot(
      { draft: null, pending: null, mine: { round: 1, ranking: ['a', 'b'] }, round: 2 },
      ids,
      3,
    );
    expect(final).toEqual({ ranking: ['a', 'b'], status: 'unsent-draft', counted: false });
    expect(countedBallot({ round: 1, ranking: ['a'] }, 2)).toBeNull();
    expect(countedBallot({ round: 2, ranking: ['a'] }, 2)).toEqual(['a']);
  });
});
