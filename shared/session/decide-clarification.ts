import { err, ok, type Result } from './result.js';
import { checkIdeaText } from './decide-ideation.js';
import type { SessionEvent } from './events.js';
import type { Idea, SessionState } from './state.js';

type Decision = Result<SessionEvent[]>;

function revealedActive(state: SessionState, ideaId: string): Result<Idea> {
  const idea = state.ideas.get(ideaId);
  if (!idea || idea.status !== 'active' || idea.number === null) return err('NOT_FOUND', 'No such shared idea.');
  return ok(idea);
}

/** The facilitator puts one idea in focus for everyone (or clears the focus). */
export function decideFocusIdea(state: SessionState, ideaId: string | null): Decision {
  if (ideaId !== null) {
    const idea = revealedActive(state, ideaId);
    if (!idea.ok) return idea;
  }
  return ok([{ type: 'ideaFocused', ideaId }]);
}

/** The facilitator sharpens an idea's wording; the author's original is kept. */
export function decideRewordIdea(state: SessionState, ideaId: string, raw: string, at: number): Decision {
  const idea = revealedActive(state, ideaId);
  if (!idea.ok) return idea;
  const text = checkIdeaText(state, raw);
  if (!text.ok) return text;
  if (text.value === idea.value.text) return ok([]);
  return ok([{ type: 'ideaReworded', ideaId, text: text.value, at }]);
}

/** The facilitator merges duplicates into one idea, which keeps the lineage of all of them. */
export function decideMergeIdeas(
  state: SessionState,
  targetId: string,
  sourceIds: readonly string[],
  raw: string | undefined,
  at: number,
): Decision {
  const target = revealedActive(state, targetId);
  if (!target.ok) return target;
  const sources = [...new Set(sourceIds)];
  if (sources.length === 0 || sources.includes(targetId)) {
    return err('BAD_REQUEST', 'Merge at least one other idea into the target.');
  }
  for (const id of sources) {
    const source = revealedActive(state, id);
    if (!source.ok) return source;
  }
  const text = checkIdeaText(state, raw ?? target.value.text);
  if (!text.ok) return text;
  const events: SessionEvent[] = [{ type: 'ideasMerged', targetId, sourceIds: sources, text: text.value, at }];
  if (state.focusId !== null && sources.includes(state.focusId)) {
    events.push({ type: 'ideaFocused', ideaId: targetId });
  }
  return ok(events);
}
