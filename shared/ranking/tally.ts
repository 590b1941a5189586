/** One idea's line in the results. */
export interface IdeaTally {
  ideaId: string;
  /** Sum of rank points: N for a first place down to 1 for the N-th; 0 when unranked. */
  points: number;
  /** How many ballots ranked it at all. */
  voters: number;
  /** rankCounts[i] is how many ballots put it at rank i + 1. */
  rankCounts: number[];
  /** Mean rank among the ballots that ranked it; null when none did. */
  meanRank: number | null;
  /** Competition rank (1, 2, 2, 4): ideas still tied after the tie-breaks share a rank. */
  rank: number;
  tied: boolean;
}

export const SCORING_DESCRIPTION =
  'Rank points: on each ballot the first choice gets N points, the next N-1, down to 1 for the N-th; ' +
  'unranked ideas get 0. Ties are broken by more voters ranking the idea, then by more first places; ' +
  'ideas still tied share a rank.';

function compare(a: IdeaTally, b: IdeaTally): number {
  return b.points - a.points || b.voters - a.voters || (b.rankCounts[0] ?? 0) - (a.rankCounts[0] ?? 0);
}

/**
 * Tallies ballots over the ideas in play. `ideaIds` gives the listing order used among ideas
 * that stay tied (their reveal order), which carries no meaning and is reported as a tie.
 */
export function tally(
  ideaIds: readonly string[],
  ballots: Iterable<readonly string[]>,
  ballotSize: number,
): IdeaTally[] {
  const byId = new Map<string, IdeaTally>();
  for (const ideaId of ideaIds) {
    byId.set(ideaId, {
      ideaId,
      points: 0,
      voters: 0,
      rankCounts: Array.from({ length: ballotSize }, () => 0),
      meanRank: null,
      rank: 0,
      tied: false,
    });
  }
  const rankSums = new Map<string, number>();
  for (const ballot of ballots) {
    ballot.forEach((ideaId, index) => {
      const line = byId.get(ideaId);
      if (!line || index >= ballotSize) return;
      line.points += ballotSize - index;
      line.voters += 1;
      line.rankCounts[index] = (line.rankCounts[index] ?? 0) + 1;
      rankSums.set(ideaId, (rankSums.get(ideaId) ?? 0) + index + 1);
    });
  }
  const lines = [...byId.values()];
  for (const line of lines) {
    if (line.voters > 0) line.meanRank = (rankSums.get(line.ideaId) ?? 0) / line.voters;
  }
  // Array.prototype.sort is stable, so tied ideas keep their reveal order.
  lines.sort(compare);
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    line.rank = previous && compare(previous, line) === 0 ? previous.rank : index + 1;
  });
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as IdeaTally;
    const neighbours = [lines[i - 1], lines[i + 1]];
    line.tied = neighbours.some((other) => other !== undefined && other.rank === line.rank);
  }
  return lines;
}
