import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seat, tableCount } from '../../../../shared/session/tables/seating.js';

const people = fc
  .array(fc.option(fc.constantFrom('Acme', 'Borealis', 'Cedar', 'Delta', 'Eos'), { nil: null }), {
    minLength: 0,
    maxLength: 120,
  })
  .map((orgs) => orgs.map((organization, i) => ({ id: `p${i}`, organization })));

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

function spread(counts: number[]): number {
  return Math.max(...counts) - Math.min(...counts);
}

describe('seating', () => {
  it('seats everyone once, at tables whose sizes differ by at most one', () => {
    fc.assert(
      fc.property(
        people,
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom('mixed', 'random', 'chosen'),
        fc.nat(),
        (room, count, mode, seed) => {
          const tables = seat(room, count, mode, lcg(seed));
          expect(tables).toHaveLength(count);
          expect(tables.flat().sort()).toEqual(room.map((p) => p.id).sort());
          expect(spread(tables.map((t) => t.length))).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('mixed: every organization is spread so no table has two more of it than another', () => {
    fc.assert(
      fc.property(people, fc.integer({ min: 1, max: 20 }), fc.nat(), (room, count, seed) => {
        const tables = seat(room, count, 'mixed', lcg(seed));
        const orgOf = new Map(room.map((p) => [p.id, p.organization]));
        for (const org of new Set(room.map((p) => p.organization))) {
          const perTable = tables.map((t) => t.filter((id) => orgOf.get(id) === org).length);
          expect(spread(perTable), `organization ${org}`).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('random seating does not promise that (a room of one organization pair can cluster)', () => {
    // The contrast that shows the mixed deal does the work: some random deal clusters an organization.
    const room = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, organization: i < 6 ? 'Acme' : 'Borealis' }));
    const clustered = Array.from({ length: 50 }, (_, seed) => seat(room, 3, 'random', lcg(seed + 1))).some((tables) =>
      tables.some((t) => t.filter((id) => Number(id.slice(1)) < 6).length >= 3),
    );
    expect(clustered).toBe(true);
  });

  it('counts tables by number or by size', () => {
    expect(tableCount({ by: 'count', count: 4 }, 30)).toBe(4);
    expect(tableCount({ by: 'size', size: 7 }, 30)).toBe(5);
    expect(tableCount({ by: 'size', size: 7 }, 0)).toBe(1);
  });
});
