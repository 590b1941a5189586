import { LayeredMap } from './layered-map.js';
import { memoOn } from './memo.js';
import type { BallotRecord, Idea, Participant, SessionState } from './state.js';

/** Participants still in the session, in join order. */
export function presentParticipants(state: SessionState): Participant[] {
  const list: Participant[] = [];
  for (const id of state.participantOrder) {
    const participant = state.participants.get(id);
    if (participant && !participant.removed) list.push(participant);
  }
  return list;
}

/**
 * Every author's ideas in a map that is never written (a state's, or the base of a layered one),
 * whatever their status, in the map's order: indexed once per map, so that finding one author's
 * ideas costs their number plus what changed since the base, not the whole pool. A vote sends
 * every voter a private view and each idea is checked against its author's limit: scanning every
 * idea each time made both O(N²).
 */
const authorsIn = memoOn((ideas: ReadonlyMap<string, Idea>): ReadonlyMap<string, readonly Idea[]> => {
  const byAuthor = new Map<string, Idea[]>();
  ideas.forEach((idea) => {
    const list = byAuthor.get(idea.authorId);
    if (list) list.push(idea);
    else byAuthor.set(idea.authorId, [idea]);
  });
  return byAuthor;
});

/**
 * A participant's ideas that still count (not withdrawn or merged away), oldest first. An idea's
 * author never changes, so the base's index finds every idea of theirs that the changes may update.
 */
export function ideasOf(state: SessionState, participantId: string): Idea[] {
  const { base, changes } = LayeredMap.layersOf(state.ideas);
  const mine: Idea[] = [];
  for (const idea of authorsIn(base).get(participantId) ?? []) {
    const now = changes.get(idea.id) ?? idea;
    if (now.status !== 'withdrawn') mine.push(now);
  }
  changes.forEach((idea, id) => {
    if (idea.authorId === participantId && idea.status !== 'withdrawn' && !base.has(id)) mine.push(idea);
  });
  return mine.sort((a, b) => a.createdAt - b.createdAt);
}

/** A participant's active ideas not yet revealed, oldest first. */
export function unrevealedIdeasOf(state: SessionState, participantId: string): Idea[] {
  return ideasOf(state, participantId).filter((idea) => idea.status === 'active' && idea.number === null);
}

/** Revealed ideas that are still in play, in order of reveal. */
export function activeRevealedIdeas(state: SessionState): Idea[] {
  const list: Idea[] = [];
  for (const id of state.revealed) {
    const idea = state.ideas.get(id);
    if (idea && idea.status === 'active') list.push(idea);
  }
  return list;
}

/**
 * A count of the ideas that pass `test`, made once per base map (remembered on it: it is never
 * written) and corrected by what changed since: each flush of an idea storm asks for these counts,
 * and counting the whole pool each time cost O(N) per flush.
 */
function ideaCount(test: (idea: Idea) => boolean): (state: SessionState) => number {
  const inBase = memoOn((base: ReadonlyMap<string, Idea>) => {
    let count = 0;
    base.forEach((idea) => {
      if (test(idea)) count += 1;
    });
    return count;
  });
  return ({ ideas }) => {
    const { base, changes } = LayeredMap.layersOf(ideas);
    let count = inBase(base);
    changes.forEach((idea, id) => {
      const before = base.get(id);
      count += (test(idea) ? 1 : 0) - (before && test(before) ? 1 : 0);
    });
    return count;
  };
}

/** Number of ideas counted in ideation (submitted, not withdrawn). */
export const submittedIdeaCount = ideaCount((idea) => idea.status !== 'withdrawn');

/** Number of ideas written but not yet shared. */
export const unsharedIdeaCount = ideaCount((idea) => idea.status === 'active' && idea.number === null);

/** The ballot size in force: the setting, capped at the number of ideas to rank. */
export function effectiveBallotSize(state: SessionState): number {
  return Math.min(state.settings.ballotSize, activeRevealedIdeas(state).length);
}

/** The ballots of one ranking round (the current one by default), in ballot-key order. */
export function ballotsOfRound(state: SessionState, round: number = state.round): BallotRecord[] {
  const prefix = `${round}:`;
  return [...state.ballots.keys()]
    .filter((key) => key.startsWith(prefix))
    .sort()
    .map((key) => state.ballots.get(key) as BallotRecord);
}

/** Number of ballots cast so far in the current round. */
export function ballotCount(state: SessionState): number {
  const prefix = `${state.round}:`;
  let count = 0;
  for (const key of state.ballots.keys()) if (key.startsWith(prefix)) count++;
  return count;
}

/** Counts a string's characters as a person would (code points, not UTF-16 units). */
export function textLength(text: string): number {
  return [...text].length;
}
