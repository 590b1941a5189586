import { kendallW, readAgreement, spearman, type AgreementReading } from '../ranking/agreement.js';
import { publishableOrganizations, type Equations, type GroupBallots } from '../ranking/disclosure.js';
import { weightedTally } from '../ranking/tally.js';
import { NO_ORGANIZATION, weighBallots } from '../ranking/weights.js';
import { activeRevealedIdeas, effectiveBallotSize } from './queries.js';
import type { BallotRecord, SessionState } from './state.js';

export interface Agreement {
  /** Kendall's W, 0 (none) to 1 (complete). */
  w: number;
  reading: AgreementReading;
}

/** One organization's own tally, shown only when no small group can be worked out from it. */
export interface OrganizationResults {
  name: string;
  ballots: number;
  /** The organization's order: idea ids, best first. */
  order: string[];
  points: Record<string, number>;
  agreement: Agreement | null;
  /** Spearman's correlation between its order and the whole group's (1 = the same order). */
  closeness: number | null;
}

/** Kendall's W of some ballots over the ideas in play, with its reading; null when it cannot be computed. */
export function agreementOf(ideaIds: readonly string[], ballots: readonly BallotRecord[]): Agreement | null {
  const w = kendallW(
    ideaIds,
    ballots.map((b) => b.ranking),
  );
  return w === null ? null : { w, reading: readAgreement(w) };
}

/** The ballots of a round by group: each organization, and everyone without one under NO_ORGANIZATION. */
export function ballotsByGroup(ballots: readonly BallotRecord[]): Map<string, BallotRecord[]> {
  const groups = new Map<string, BallotRecord[]>();
  for (const ballot of ballots) {
    const name = ballot.organization ?? NO_ORGANIZATION;
    groups.set(name, [...(groups.get(name) ?? []), ballot]);
  }
  return groups;
}

/** How many ballots each group cast: all that decides what may be shown. */
export function groupSizes(groups: ReadonlyMap<string, readonly BallotRecord[]>): GroupBallots[] {
  return [...groups].map(([name, ballots]) => ({ name, ballots: ballots.length }));
}

/**
 * The organizations shown on their own, by name, and how many that voted are not. `equations`
 * says what the round's other figures already publish (see shared/ranking/disclosure.ts).
 */
export function organizationResults(
  state: SessionState,
  ballots: readonly BallotRecord[],
  groupOrder: readonly string[],
  equations: Equations,
): { shown: OrganizationResults[]; hidden: number } {
  const ids = activeRevealedIdeas(state).map((idea) => idea.id);
  const groups = ballotsByGroup(ballots);
  const names = publishableOrganizations(groupSizes(groups), NO_ORGANIZATION, equations, state.settings.minBallots);
  const shown = names.map((name): OrganizationResults => {
    const own = groups.get(name) ?? [];
    const lines = weightedTally(ids, weighBallots(own, 'per-person'), effectiveBallotSize(state));
    const order = lines.map((line) => line.ideaId);
    return {
      name,
      ballots: own.length,
      order,
      points: Object.fromEntries(lines.map((line) => [line.ideaId, line.points])),
      agreement: agreementOf(ids, own),
      closeness: spearman(order, groupOrder),
    };
  });
  const voted = [...groups.keys()].filter((name) => name !== NO_ORGANIZATION).length;
  return { shown: shown.sort((a, b) => a.name.localeCompare(b.name)), hidden: voted - shown.length };
}

/** Ideas in the top K of every organization shown; null with fewer than two shown. */
export function commonGround(organizations: OrganizationResults[], k: number): { k: number; ideaIds: string[] } | null {
  if (organizations.length < 2) return null;
  const [first, ...rest] = organizations as [OrganizationResults, ...OrganizationResults[]];
  const ideaIds = first.order.slice(0, k).filter((id) => rest.every((org) => org.order.slice(0, k).includes(id)));
  return { k, ideaIds };
}
