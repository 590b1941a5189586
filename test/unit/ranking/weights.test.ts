import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitVotes } from '../../../shared/ranking/split.js';
import { weightedTally } from '../../../shared/ranking/tally.js';
import { weighBallots } from '../../../shared/ranking/weights.js';

describe('weighting', () => {
  it('gives every organization the same total weight, by hand', () => {
    // A sends 4 people who all pick x; B sends 2 who pick y. N = 1.
    const ballots = [
      ...Array.from({ length: 4 }, () => ({ ranking: ['x'], organization: 'A' })),
      ...Array.from({ length: 2 }, () => ({ ranking: ['y'], organization: 'B' })),
    ];
    const perPerson = weightedTally(['x', 'y'], weighBallots(ballots, 'per-person'), 1);
    expect(perPerson.map((l) => [l.ideaId, l.points])).toEqual([
      ['x', 4],
      ['y', 2],
    ]);
    // Total weight 6 shared by 2 organizations: 3 each; A's ballots weigh 0.75, B's 1.5.
    const perOrganization = weightedTally(['x', 'y'], weighBallots(ballots, 'per-organization'), 1);
    expect(perOrganization.map((l) => [l.ideaId, l.points, l.voters, l.rank])).toEqual([
      ['x', 3, 4, 1],
      ['y', 3, 2, 2],
    ]);
  });

  it('equals one person, one vote when every organization has the same head count', () => {
    const ideas = ['a', 'b', 'c', 'd', 'e'];
    const ranking = fc.shuffledSubarray(ideas, { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(ranking, { minLength: 25, maxLength: 25 }),
        (organizations, perOrganization, rankings) => {
          const ballots = Array.from({ length: organizations * perOrganization }, (_, i) => ({
            ranking: rankings[i % rankings.length]!,
            organization: `org ${i % organizations}`,
          }));
          const byPerson = weightedTally(ideas, weighBallots(ballots, 'per-person'), 3);
          const byOrganization = weightedTally(ideas, weighBallots(ballots, 'per-organization'), 3);
          expect(byOrganization.map((l) => [l.ideaId, l.rank])).toEqual(byPerson.map((l) => [l.ideaId, l.rank]));
          byOrganization.forEach((line, i) => expect(line.points).toBeCloseTo(byPerson[i]!.points, 9));
        },
      ),
    );
  });
});

describe('split votes', () => {
  it('finds the idea some put first and others leave out', () => {
    const split = splitVotes(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b', 'c'],
        ['a', 'c', 'b'],
        ['b', 'c', 'd'],
        ['c', 'b', 'd'],
      ],
    );
    expect(split[0]?.ideaId).toBe('a');
    expect(split[0]).toMatchObject({ high: 2, low: 2 });
    expect(split.map((s) => s.ideaId)).not.toContain('d');
  });
});
