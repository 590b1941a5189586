import type { MyBallot } from '../../../shared/session/views.js';

/**
 * The ranking being arranged on the phone, as pure functions over lists of idea ids (best first),
 * so that tapping, the move buttons and dragging all follow the same rules.
 */

/** What the phone shows: the draft if the person touched it, else the ballot the server holds; only ideas still on the list. */
export function currentRanking(
  draft: readonly string[] | null,
  submitted: readonly string[] | null,
  ideaIds: readonly string[],
  size: number,
): string[] {
  const known = new Set(ideaIds);
  return (draft ?? submitted ?? []).filter((id) => known.has(id)).slice(0, size);
}

/** Tap an idea: picked ideas take the next rank (first tap = rank 1); tapping a picked idea unpicks it. */
export function toggle(ranking: readonly string[], ideaId: string, size: number): string[] {
  if (ranking.includes(ideaId)) return ranking.filter((id) => id !== ideaId);
  return ranking.length >= size ? [...ranking] : [...ranking, ideaId];
}

/** Moves the idea at `from` to `to`, shifting the others. */
export function move(ranking: readonly string[], from: number, to: number): string[] {
  if (from === to || from < 0 || to < 0 || from >= ranking.length || to >= ranking.length) return [...ranking];
  const next = [...ranking];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as string);
  return next;
}

export function sameRanking(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** Where the ballot stands, for the status line under the ranking. */
export type BallotStatus = 'empty' | 'unsent-draft' | 'sending' | 'submitted' | 'changed';

export function ballotStatus(
  ranking: readonly string[],
  submitted: readonly string[] | null,
  pending: readonly string[] | null,
): BallotStatus {
  if (pending !== null) return 'sending';
  if (submitted !== null) return sameRanking(ranking, submitted) ? 'submitted' : 'changed';
  return ranking.length === 0 ? 'empty' : 'unsent-draft';
}

/** The three places a ballot can be, each holding it once: arranged, on its way, or the server's. */
export interface BallotSources {
  draft: readonly string[] | null;
  /** The latest ballot sent that no private view shows yet. */
  pending: readonly string[] | null;
  mine: MyBallot | null;
  /** The voting round in progress. */
  round: number;
}

export interface PhoneBallot {
  ranking: string[];
  status: BallotStatus;
  /** A ballot of this round is counted, so submitting again replaces it. */
  counted: boolean;
}

/** The person's ballot counted in `round`, if any. */
export function countedBallot(mine: MyBallot | null, round: number): string[] | null {
  return mine !== null && mine.round === round ? mine.ranking : null;
}

/**
 * What the phone shows: the draft, else the ballot on its way, else the server's. A ballot of an
 * earlier round is the starting point of the final vote, never a vote in it.
 */
export function phoneBallot(sources: BallotSources, ideaIds: readonly string[], size: number): PhoneBallot {
  const { draft, pending, mine, round } = sources;
  const submitted = countedBallot(mine, round);
  const ranking = currentRanking(draft, pending ?? mine?.ranking ?? null, ideaIds, size);
  return { ranking, status: ballotStatus(ranking, submitted, pending), counted: submitted !== null };
}
