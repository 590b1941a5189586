import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kendallW, readAgreement, spearman } from '../../../shared/ranking/agreement.js';

describe("Kendall's W", () => {
  it('is 1 for identical full rankings and 0 for a perfect cycle', () => {
    expect(
      kendallW(
        ['a', 'b', 'c'],
        [
          ['a', 'b', 'c'],
          ['a', 'b', 'c'],
          ['a', 'b', 'c'],
        ],
      ),
    ).toBe(1);
    expect(
      kendallW(
        ['a', 'b', 'c'],
        [
          ['a', 'b', 'c'],
          ['b', 'c', 'a'],
          ['c', 'a', 'b'],
        ],
      ),
    ).toBe(0);
  });

  it('matches a hand computation for partial ballots with the tie correction', () => {
    // n = 4, m = 2. Ballot 1 ranks a, b (c, d tied at 3.5); ballot 2 ranks a, c (b, d at 3.5).
    // Rank sums a 2, b 5.5, c 5.5, d 7; mean 5; S = 9 + 0.25 + 0.25 + 4 = 13.5.
    // T = 2 * (2^3 - 2) = 12; W = 12 * 13.5 / (4 * 60 - 2 * 12) = 162 / 216 = 0.75.
    expect(
      kendallW(
        ['a', 'b', 'c', 'd'],
        [
          ['a', 'b'],
          ['a', 'c'],
        ],
      ),
    ).toBeCloseTo(0.75, 12);
    // Identical partial ballots agree completely once ties are corrected for: S = 18, W = 216 / 216.
    expect(
      kendallW(
        ['a', 'b', 'c', 'd'],
        [
          ['a', 'b'],
          ['a', 'b'],
        ],
      ),
    ).toBeCloseTo(1, 12);
  });

  it('is undefined with fewer than two ballots or two ideas', () => {
    expect(kendallW(['a', 'b'], [['a']])).toBeNull();
    expect(kendallW(['a'], [['a'], ['a']])).toBeNull();
  });

  it('stays in [0, 1], and is 1 whenever all ballots are the same (random ballots)', () => {
    const ideas = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const ballot = fc.shuffledSubarray(ideas, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(ballot, { minLength: 2, maxLength: 30 }), (ballots) => {
        const w = kendallW(ideas, ballots);
        expect(w).not.toBeNull();
        expect(w!).toBeGreaterThanOrEqual(0);
        expect(w!).toBeLessThanOrEqual(1);
      }),
    );
    fc.assert(
      fc.property(ballot, fc.integer({ min: 2, max: 20 }), (one, copies) => {
        expect(
          kendallW(
            ideas,
            Array.from({ length: copies }, () => one),
          ),
        ).toBeCloseTo(1, 9);
      }),
    );
  });

  it('reads W in plain words', () => {
    expect([0.1, 0.3, 0.69, 0.7, 1].map(readAgreement)).toEqual(['weak', 'moderate', 'moderate', 'strong', 'strong']);
  });

  it("Spearman's rho is 1 for the same order and -1 for the reverse", () => {
    expect(spearman(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(1);
    expect(spearman(['a', 'b', 'c'], ['c', 'b', 'a'])).toBe(-1);
  });
});
