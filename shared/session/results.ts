import { kendallW, readAgreement, spearman, type AgreementReading } from '../ranking/agreement.js';
import { splitVotes, type SplitVote } from '../ranking/split.js';
import { SCORING_DESCRIPTION, weightedTally, type IdeaTally } from '../ranking/tally.js';
import { NO_ORGANIZATION, WEIGHTING_DESCRIPTION, weighBallots } from '../ranking/weights.js';
import { activeRevealedIdeas, ballotsOfRound, effectiveBallotSize } from './queries.js';
import { MIN_BALLOTS_FLOOR } from './limits.js';
import type { DecisionRule, Weighting } from './settings.js';
import type { BallotRecord, SessionState } from './state.js';

export interface Agreement {
  /** Kendall's W, 0 (none) to 1 (complete). */
  w: number;
  reading: AgreementReading;
}

export interface ResultLine extends IdeaTally {
  number: number;
  text: string;
  /** Two rounds: the idea's rank in the preliminary vote. */
  preliminaryRank: number | null;
  /** Realignment: the goal's rank in the session it came from. */
  previousRank: number | null;
}

export interface RoundResults {
  round: number;
  ballots: number;
  lines: ResultLine[];
  agreement: Agreement | null;
}

/** One organization's own tally, shown only when it has at least MIN_BALLOTS_FLOOR ballots. */
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

export interface ResultsView extends RoundResults {
  scoring: string;
  weighting: Weighting;
  weightingDescription: string;
  ballotSize: number;
  /** Two rounds: the preliminary vote, to show how ideas moved. */
  preliminary: RoundResults | null;
  organizations: OrganizationResults[];
  /** Organizations that voted but stay below the anonymity floor (not shown). */
  organizationsHidden: number;
  /** Ideas in the top K of every organization shown; null with fewer than two shown. */
  commonGround: { k: number; ideaIds: string[] } | null;
  decisionRule: DecisionRule;
  /** What the decision rule proposes to adopt, best first. */
  proposedGoals: string[];
}

/** What the projector shows while the group discusses the preliminary vote. */
export interface DiscussionView {
  preliminary: RoundResults;
  split: SplitVote[];
}

function agreementOf(ideaIds: readonly string[], ballots: readonly BallotRecord[]): Agreement | null {
  const w = kendallW(
    ideaIds,
    ballots.map((b) => b.ranking),
  );
  return w === null ? null : { w, reading: readAgreement(w) };
}

function roundResults(state: SessionState, round: number, previous: RoundResults | null): RoundResults {
  const ideas = activeRevealedIdeas(state);
  const ids = ideas.map((idea) => idea.id);
  const ballots = ballotsOfRound(state, round);
  const byId = new Map(ideas.map((idea) => [idea.id, idea]));
  const before = new Map(previous?.lines.map((line) => [line.ideaId, line.rank]));
  const lines = weightedTally(ids, weighBallots(ballots, state.settings.weighting), effectiveBallotSize(state)).map(
    (line) => ({
      ...line,
      number: byId.get(line.ideaId)?.number ?? 0,
      text: byId.get(line.ideaId)?.text ?? '',
      preliminaryRank: before.get(line.ideaId) ?? null,
      previousRank: byId.get(line.ideaId)?.seed?.previousRank ?? null,
    }),
  );
  return { round, ballots: ballots.length, lines, agreement: agreementOf(ids, ballots) };
}

function organizationResults(
  state: SessionState,
  group: RoundResults,
): { shown: OrganizationResults[]; hidden: number } {
  const ids = activeRevealedIdeas(state).map((idea) => idea.id);
  const byOrganization = new Map<string, BallotRecord[]>();
  for (const ballot of ballotsOfRound(state)) {
    const name = ballot.organization ?? NO_ORGANIZATION;
    byOrganization.set(name, [...(byOrganization.get(name) ?? []), ballot]);
  }
  const groupOrder = group.lines.map((line) => line.ideaId);
  const shown: OrganizationResults[] = [];
  let hidden = 0;
  for (const [name, ballots] of byOrganization) {
    if (name === NO_ORGANIZATION) continue;
    if (ballots.length < MIN_BALLOTS_FLOOR) {
      hidden++;
      continue;
    }
    const lines = weightedTally(ids, weighBallots(ballots, 'per-person'), effectiveBallotSize(state));
    const order = lines.map((line) => line.ideaId);
    shown.push({
      name,
      ballots: ballots.length,
      order,
      points: Object.fromEntries(lines.map((line) => [line.ideaId, line.points])),
      agreement: agreementOf(ids, ballots),
      closeness: spearman(order, groupOrder),
    });
  }
  return { shown: shown.sort((a, b) => a.name.localeCompare(b.name)), hidden };
}

function commonGround(organizations: OrganizationResults[], k: number): { k: number; ideaIds: string[] } | null {
  if (organizations.length < 2) return null;
  const [first, ...rest] = organizations as [OrganizationResults, ...OrganizationResults[]];
  const ideaIds = first.order.slice(0, k).filter((id) => rest.every((org) => org.order.slice(0, k).includes(id)));
  return { k, ideaIds };
}

/** The goals the decision rule proposes: the top K (with ties at the boundary), or a share of voters. */
export function proposeGoals(rule: DecisionRule, results: RoundResults): string[] {
  if (rule.kind === 'top-k') return results.lines.filter((line) => line.rank <= rule.k).map((line) => line.ideaId);
  if (results.ballots === 0) return [];
  return results.lines
    .filter((line) => (line.voters / results.ballots) * 100 >= rule.percent)
    .map((line) => line.ideaId);
}

/** The preliminary vote and the ideas it split, while the group discusses it; null otherwise. */
export function discussionView(state: SessionState): DiscussionView | null {
  if (state.phase !== 'discussion') return null;
  const preliminary = roundResults(state, 1, null);
  const ids = activeRevealedIdeas(state).map((idea) => idea.id);
  const rankings = ballotsOfRound(state, 1).map((b) => b.ranking);
  return { preliminary, split: splitVotes(ids, rankings) };
}

/** Results once the facilitator has closed voting; null before. */
export function resultsView(state: SessionState): ResultsView | null {
  if (state.phase !== 'results') return null;
  const preliminary = state.round === 2 ? roundResults(state, 1, null) : null;
  const final = roundResults(state, state.round, preliminary);
  const organizations = organizationResults(state, final);
  return {
    ...final,
    scoring: SCORING_DESCRIPTION,
    weighting: state.settings.weighting,
    weightingDescription: WEIGHTING_DESCRIPTION[state.settings.weighting],
    ballotSize: effectiveBallotSize(state),
    preliminary,
    organizations: organizations.shown,
    organizationsHidden: organizations.hidden,
    commonGround: commonGround(organizations.shown, state.settings.commonGroundK),
    decisionRule: state.settings.decisionRule,
    proposedGoals: proposeGoals(state.settings.decisionRule, final),
  };
}
