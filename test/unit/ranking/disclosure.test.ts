import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countsPublishable,
  exposesSmallGroup,
  publishableOrganizations,
  type GroupBallots,
} from '../../../shared/ranking/disclosure.js';
import { isolatedGroups } from '../../support/linear-attack.js';

const groups = (sizes: Record<string, number>): GroupBallots[] =>
  Object.entries(sizes).map(([name, ballots]) => ({ name, ballots }));

describe('what may be published (statistical disclosure control)', () => {
  it.each([
    // [groups, weighted, counts publishable]
    [{ A: 5, B: 1 }, true, false],
    [{ A: 4, B: 4, '': 1 }, true, false],
    [{ A: 4, B: 4, C: 2 }, true, false],
    [{ A: 4, B: 3 }, true, true],
    [{ A: 5, B: 4, C: 1 }, true, true],
    [{ A: 3, B: 3 }, true, true],
    [{ A: 5, B: 1 }, false, true],
  ])('counts beside weighted points for %o (weighted: %s): %s', (sizes, weighted, expected) => {
    expect(countsPublishable(groups(sizes), weighted, 3)).toBe(expected);
  });

  it.each([
    // [groups, equations, floor, organizations shown]
    [{ A: 3, '': 1 }, 'one', 3, []],
    [{ A: 3, B: 2 }, 'one', 3, []],
    [{ A: 3, B: 2, C: 1 }, 'one', 3, ['A']],
    [{ A: 5, B: 3, C: 1 }, 'one', 3, ['A']],
    [{ A: 5, B: 4, '': 3 }, 'one', 3, ['A', 'B']],
    [{ A: 4, B: 4 }, 'one', 5, []],
    [{ A: 4, B: 3, C: 3, '': 1 }, 'two', 3, []],
    [{ A: 4, B: 3, C: 3, '': 1 }, 'one', 3, ['A', 'B']],
    [{ A: 6, B: 4, C: 3 }, 'two', 3, ['A', 'B', 'C']],
  ] as const)('organizations shown for %o (%s equations, floor %i): %o', (sizes, equations, floor, expected) => {
    expect(publishableOrganizations(groups(sizes), '', equations, floor)).toEqual(expected);
  });

  it('says a set is exposed exactly when solving the equations isolates fewer than the floor', () => {
    const sizes = fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(sizes, fc.boolean(), fc.constantFrom(3, 4, 5), (ballots, two, floor) => {
        const total = ballots.reduce((a, b) => a + b, 0);
        // Counts give every group 1; weighted points give B / (G n), n the group's own ballots.
        const rows = two
          ? [ballots.map(() => 1), ballots.map((n) => total / (ballots.length * n))]
          : [ballots.map(() => 1)];
        const solved = isolatedGroups(rows, ballots, floor).length > 0;
        const named = ballots.map((n, i) => ({ name: `g${i}`, ballots: n }));
        expect(exposesSmallGroup(named, two ? 'two' : 'one', floor)).toBe(solved);
      }),
      { numRuns: 400 },
    );
  });
});
