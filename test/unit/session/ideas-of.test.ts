import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LayeredMap } from '../../../shared/session/layered-map.js';
import { newIdea } from '../../../shared/session/new-idea.js';
import { ideasOf, submittedIdeaCount, unsharedIdeaCount } from '../../../shared/session/queries.js';
import type { Idea, SessionState } from '../../../shared/session/state.js';

const AUTHORS = ['a', 'b', 'c'];

/** What ideasOf promises, read the slow way: every idea, in the map's order, filtered and sorted. */
function scanned(ideas: ReadonlyMap<string, Idea>, authorId: string): Idea[] {
  return [...ideas.values()]
    .filter((idea) => idea.authorId === authorId && idea.status !== 'withdrawn')
    .sort((a, b) => a.createdAt - b.createdAt);
}

// A write adds an idea (few distinct times, so that ties test the order) or changes one already
// written: its status, as withdrawing, merging and restoring do, or its number, as sharing does.
const write = fc.oneof(
  fc.record({ add: fc.constantFrom(...AUTHORS), at: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ pick: fc.nat(), status: fc.constantFrom<Idea['status'][]>('active', 'withdrawn', 'merged') }),
  fc.record({ pick: fc.nat(), number: fc.option(fc.integer({ min: 1, max: 50 })) }),
);

describe('ideasOf and the idea counts', () => {
  it('read like a scan of every idea, in every version and in a draft being written', () => {
    fc.assert(
      fc.property(
        // Sized to the bounds, so that versions outgrow their changes and flatten (see LayeredMap).
        fc.array(fc.array(write, { maxLength: 30, size: 'max' }), { minLength: 1, maxLength: 50, size: 'max' }),
        (batches) => {
          let ideas: ReadonlyMap<string, Idea> = new Map();
          let made = 0;
          const check = (map: ReadonlyMap<string, Idea>) => {
            const state = { ideas: map } as SessionState;
            for (const author of AUTHORS) expect(ideasOf(state, author)).toEqual(scanned(map, author));
            const all = [...map.values()];
            expect(submittedIdeaCount(state)).toBe(all.filter((idea) => idea.status !== 'withdrawn').length);
            expect(unsharedIdeaCount(state)).toBe(
              all.filter((idea) => idea.status === 'active' && idea.number === null).length,
            );
          };
          for (const batch of batches) {
            const draft = LayeredMap.copyOf(ideas);
            for (const step of batch) {
              if ('add' in step) {
                const id = `i${made++}`;
                draft.set(id, newIdea(id, step.add, id, step.at));
              } else if (made > 0) {
                const id = `i${step.pick % made}`;
                const { pick: _, ...change } = step;
                draft.set(id, { ...(draft.get(id) as Idea), ...change });
              }
              check(draft);
            }
            ideas = draft;
            check(ideas);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
