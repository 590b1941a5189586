import type { WeightedBallot } from './tally.js';

/** How ballots weigh: one person, one vote, or every organization's ballots together the same. */
export const WEIGHTINGS = ['per-person', 'per-organization'] as const;
export type Weighting = (typeof WEIGHTINGS)[number];

/** A ballot and the organization of whoever cast it, which is all weighting needs. */
export interface OrganizationBallot {
  ranking: readonly string[];
  organization: string | null;
}

/** The label under which ballots of participants without an organization are grouped. */
export const NO_ORGANIZATION = '';

/**
 * Weights for ballots. Under "each organization weighs the same", every organization's ballots
 * together carry the same weight, B / G (B ballots, G organizations that voted), shared equally
 * among its own ballots; participants without an organization form one group. Total weight stays
 * B, so weighted points read on the same scale as unweighted ones.
 */
export function weighBallots(ballots: readonly OrganizationBallot[], weighting: Weighting): WeightedBallot[] {
  if (weighting === 'per-person') return ballots.map((b) => ({ ranking: b.ranking, weight: 1 }));
  const perGroup = new Map<string, number>();
  for (const b of ballots) {
    const group = b.organization ?? NO_ORGANIZATION;
    perGroup.set(group, (perGroup.get(group) ?? 0) + 1);
  }
  const share = ballots.length / perGroup.size;
  return ballots.map((b) => ({
    ranking: b.ranking,
    weight: share / (perGroup.get(b.organization ?? NO_ORGANIZATION) as number),
  }));
}

export const WEIGHTING_DESCRIPTION: Record<Weighting, string> = {
  'per-person': 'One person, one vote: every ballot counts the same.',
  'per-organization':
    "Each organization weighs the same: an organization's ballots together carry equal weight, whatever its head count.",
};
