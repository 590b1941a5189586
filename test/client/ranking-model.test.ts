import { describe, expect, it } from 'vitest';
import { ballotStatus, currentRanking, move, toggle } from '../../client/screens/participant/ranking-model.js';

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
    { ranking: [], submitted: null, queued: null, sent: null, status: 'empty' },
    { ranking: ['a'], submitted: null, queued: null, sent: null, status: 'unsent-draft' },
    { ranking: ['a', 'b'], submitted: ['a', 'b'], queued: null, sent: ['a', 'b'], status: 'submitted' },
    { ranking: ['b', 'a'], submitted: ['a', 'b'], queued: null, sent: null, status: 'changed' },
    { ranking: ['b', 'a'], submitted: ['a', 'b'], queued: ['b', 'a'], sent: ['b', 'a'], status: 'sending' },
    // Acknowledged, but the private view confirming it has not arrived: not "changed" for a moment.
    { ranking: ['b', 'a'], submitted: ['a', 'b'], queued: null, sent: ['b', 'a'], status: 'sending' },
  ] as const)('ballot status $status', ({ ranking, submitted, queued, sent, status }) => {
    expect(ballotStatus(ranking, submitted, queued, sent)).toBe(status);
  });
});
