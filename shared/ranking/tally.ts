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

/** A ranking and how much it counts (1 under "one person, one vote"). */
export interface WeightedBallot {
  ranking: readonly string[];
  weight: number;
}

// Weighted points are sums of fractions; differences below this are rounding, not a lead.
const EPSILON = 1e-9;

function compare(a: IdeaTally, b: IdeaTally): number {
  const points = b.points - a.points;
  if (Math.abs(points) > EPSILON) return points;
  return b.voters - a.voters || (b.rankCounts[0] ?? 0) - (a.rankCounts[0] ?? 0);
}

/** Tallies unweighted ballots (one person, one vote). */
export function tally(
  ideaIds: readonly string[],
  rankings: Iterable<readonly string[]>,
  ballotSize: number,
): IdeaTally[] {
  return weightedTally(
    ideaIds,
    [...rankings].map((ranking) => ({ ranking, weight: 1 })),
    ballotSize,
  );
}

/**
 * Tallies ballots over the ideas in play: points are weighted, while voters, rank counts and
 * mean ranks count ballots as cast. `ideaIds` gives the listing order among ideas that stay
 * tied (their reveal order), which carries no meaning and is reported as a tie.
 */
export function weightedTally(
  ideaIds: readonly string[],
  ballots: readonly WeightedBallot[],
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
  for (const { ranking, weight } of ballots) {
    ranking.forEach((ideaId, index) => {
      const line = byId.get(ideaId);
      if (!line || index >= ballotSize) return;
      line.points += weight * (ballotSize - index);
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
