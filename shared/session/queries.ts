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

/** A participant's ideas that still count (not withdrawn or merged away), oldest first. */
export function ideasOf(state: SessionState, participantId: string): Idea[] {
  return [...state.ideas.values()]
    .filter((idea) => countsFor(idea, participantId))
    .sort((a, b) => a.createdAt - b.createdAt);
}

/** How many ideas of a participant still count: `ideasOf(...).length` without sorting or copying. */
export function countIdeasOf(state: SessionState, participantId: string): number {
  let count = 0;
  state.ideas.forEach((idea) => {
    if (countsFor(idea, participantId)) count += 1;
  });
  return count;
}

function countsFor(idea: Idea, participantId: string): boolean {
  return idea.authorId === participantId && idea.status !== 'withdrawn';
}

/**
 * Each author's ideas as `ideasOf` lists them, indexed once per version of a finished state's ideas
 * (never a draft's, which is written in place): a vote sends every voter a private view, and
 * scanning every idea for each of them made the vote O(N²).
 */
export const ideasByAuthor = memoOn((ideas: SessionState['ideas']): ReadonlyMap<string, readonly Idea[]> => {
  const byAuthor = new Map<string, Idea[]>();
  for (const idea of ideas.values()) {
    if (idea.status === 'withdrawn') continue;
    const list = byAuthor.get(idea.authorId);
    if (list) list.push(idea);
    else byAuthor.set(idea.authorId, [idea]);
  }
  for (const list of byAuthor.values()) list.sort((a, b) => a.createdAt - b.createdAt);
  return byAuthor;
});

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

/** Number of ideas counted in ideation (submitted, not withdrawn). */
export function submittedIdeaCount(state: SessionState): number {
  let count = 0;
  for (const idea of state.ideas.values()) if (idea.status !== 'withdrawn') count++;
  return count;
}

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
