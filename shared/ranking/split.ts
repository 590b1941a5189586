/** An idea the group is divided on: placed high by some ballots and low or not at all by others. */
export interface SplitVote {
  ideaId: string;
  /** Standard deviation of its rank across ballots (unranked = tied for the remaining places). */
  spread: number;
  /** Ballots that put it first or second. */
  high: number;
  /** Ballots that put it last or left it out. */
  low: number;
}

/**
 * The ideas with the most split votes, most divided first: those with both high and low
 * placements, ordered by the spread of their ranks. Shown during the discussion of the vote.
 */
export function splitVotes(
  ideaIds: readonly string[],
  rankings: readonly (readonly string[])[],
  limit = 3,
): SplitVote[] {
  const n = ideaIds.length;
  if (n < 2 || rankings.length < 2) return [];
  const split: SplitVote[] = [];
  for (const ideaId of ideaIds) {
    const ranks = rankings.map((ranking) => {
      const position = ranking.indexOf(ideaId);
      return position === -1 ? (ranking.length + 1 + n) / 2 : position + 1;
    });
    const high = rankings.filter((r) => r.indexOf(ideaId) === 0 || r.indexOf(ideaId) === 1).length;
    const low = rankings.filter(
      (r) => !r.includes(ideaId) || (r.length > 1 && r.indexOf(ideaId) === r.length - 1),
    ).length;
    if (high === 0 || low === 0) continue;
    const mean = ranks.reduce((a, b) => a + b, 0) / ranks.length;
    const spread = Math.sqrt(ranks.reduce((sum, r) => sum + (r - mean) ** 2, 0) / ranks.length);
    split.push({ ideaId, spread, high, low });
  }
  return split.sort((a, b) => b.spread - a.spread).slice(0, limit);
}
