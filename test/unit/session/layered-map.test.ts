import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LayeredMap } from '../../../shared/session/layered-map.js';

/** Everything a reader can see of a map, in its order. */
function seen(map: ReadonlyMap<string, number>) {
  const viaForEach: [string, number][] = [];
  map.forEach((value, key) => viaForEach.push([key, value]));
  return {
    size: map.size,
    entries: [...map.entries()],
    keys: [...map.keys()],
    values: [...map.values()],
    iterated: [...map],
    viaForEach,
  };
}

function seenOfModel(model: Map<string, number>) {
  const entries = [...model.entries()];
  return {
    size: model.size,
    entries,
    keys: entries.map(([key]) => key),
    values: entries.map(([, value]) => value),
    iterated: entries,
    viaForEach: entries,
  };
}

// A run of versions, each a copy of the one before with a few keys set: a key is new, or set again.
const versions = fc.array(
  fc.array(fc.record({ key: fc.integer({ min: 0, max: 120 }), value: fc.integer() }), { maxLength: 40, size: 'max' }),
  // Sized to the bounds: fast-check's default size keeps arrays to about ten, too few to flatten.
  { minLength: 1, maxLength: 60, size: 'max' },
);

describe('LayeredMap', () => {
  it('reads like a Map given the same sets, at every version, and copying leaves each version as it was', () => {
    fc.assert(
      fc.property(versions, (runs) => {
        let current: ReadonlyMap<string, number> = new Map();
        let model = new Map<string, number>();
        const kept: { map: ReadonlyMap<string, number>; model: Map<string, number> }[] = [];
        for (const sets of runs) {
          const next = LayeredMap.copyOf(current);
          model = new Map(model);
          for (const { key, value } of sets) {
            next.set(`k${key}`, value);
            model.set(`k${key}`, value);
          }
          current = next;
          kept.push({ map: current, model });
          expect(seen(current)).toEqual(seenOfModel(model));
          for (const { key } of sets) {
            expect(current.get(`k${key}`)).toBe(model.get(`k${key}`));
            expect(current.has(`k${key}`)).toBe(true);
          }
          expect(current.has('absent')).toBe(false);
          expect(current.get('absent')).toBeUndefined();
        }
        // Every earlier version still reads as it did when it was made.
        for (const { map, model: then } of kept) expect(seen(map)).toEqual(seenOfModel(then));
      }),
      { numRuns: 200 },
    );
  });

  it('leaves a plain map it was copied from untouched', () => {
    const plain = new Map([['a', 1]]);
    const copy = LayeredMap.copyOf(plain);
    copy.set('a', 2).set('b', 3);
    expect([...plain]).toEqual([['a', 1]]);
    expect([...copy]).toEqual([
      ['a', 2],
      ['b', 3],
    ]);
  });

  it('copies a version in time that follows its changes, not its size', () => {
    // 20,000 keys flattened once, then 1,000 versions of one new key each: were each copy whole, this
    // would copy twenty million entries; the changes carried stay under the square-root bound.
    let current: ReadonlyMap<string, number> = new Map(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]));
    let largestCarried = 0;
    for (let i = 0; i < 1000; i++) {
      const next = LayeredMap.copyOf(current);
      next.set(`new${i}`, i);
      current = next;
      const carried = (next as unknown as { changes: Map<string, number> }).changes.size;
      largestCarried = Math.max(largestCarried, carried);
    }
    expect(current.size).toBe(21_000);
    expect(largestCarried).toBeLessThanOrEqual(Math.ceil(Math.sqrt(21_000)) + 1);
  });
});
