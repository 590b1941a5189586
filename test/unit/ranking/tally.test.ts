import { describe, expect, it } from 'vitest';
import { tally } from '../../../shared/ranking/tally.js';

const pick = (lines: ReturnType<typeof tally>) =>
  Object.fromEntries(lines.map((l) => [l.ideaId, { points: l.points, rank: l.rank, tied: l.tied }]));

describe('tally', () => {
  it('scores N..1 and gives unranked ideas 0 points', () => {
    const lines = tally(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b', 'c'],
        ['b', 'a'],
      ],
      3,
    );
    expect(pick(lines)).toEqual({
      a: { points: 5, rank: 1, tied: true },
      b: { points: 5, rank: 1, tied: true },
      c: { points: 1, rank: 3, tied: false },
      d: { points: 0, rank: 4, tied: false },
    });
    expect(lines.find((l) => l.ideaId === 'a')).toMatchObject({ voters: 2, rankCounts: [1, 1, 0], meanRank: 1.5 });
  });

  it('breaks ties by more voters, then more first places', () => {
    // x: 3 from one first place; y: 2 + 1 from two voters -> y ahead on voters.
    const byVoters = tally(['x', 'y'], [['x'], ['y', 'z'], ['z', 'y']], 3);
    expect(byVoters.map((l) => l.ideaId)).toEqual(['y', 'x']);
    // p and q: 4 points and 2 voters each; p has a first place, q has none -> p ahead.
    const byFirsts = tally(
      ['q', 'p', 'r', 's'],
      [
        ['p', 'r', 's'],
        ['r', 's', 'p'],
        ['r', 'q', 's'],
        ['s', 'q', 'r'],
      ],
      3,
    );
    expect(byFirsts.map((l) => l.ideaId)).toEqual(['r', 's', 'p', 'q']);
    const p = byFirsts.find((l) => l.ideaId === 'p');
    const q = byFirsts.find((l) => l.ideaId === 'q');
    expect([p?.points, q?.points, p?.voters, q?.voters]).toEqual([4, 4, 2, 2]);
    expect(p!.rank).toBeLessThan(q!.rank);
  });

  it('ignores ideas not in play and positions past N', () => {
    const lines = tally(['a'], [['gone', 'a', 'extra']], 2);
    expect(lines[0]).toMatchObject({ points: 1, voters: 1, rankCounts: [0, 1] });
  });
});
