import type { Idea } from './state.js';

/** An idea as it enters the pool: active, unshared, unmerged; `extra` marks where it came from. */
export function newIdea(id: string, authorId: string, text: string, at: number, extra: Partial<Idea> = {}): Idea {
  return {
    id,
    authorId,
    text,
    originalText: text,
    createdAt: at,
    status: 'active',
    number: null,
    mergedFrom: [],
    mergedInto: null,
    seed: null,
    ...extra,
  };
}
