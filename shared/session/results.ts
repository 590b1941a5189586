import { countsPublishable } from '../ranking/disclosure.js';
import { splitVotes, type SplitVote } from '../ranking/split.js';
import { SCORING_DESCRIPTION, weightedTally, type IdeaTally } from '../ranking/tally.js';
import { WEIGHTING_DESCRIPTION, weighBallots } from '../ranking/weights.js';
import {
  agreementOf,
  ballotsByGroup,
  commonGround,
  groupSizes,
  organizationResults,
  type Agreement,
  type OrganizationResults,
} from './organization-results.js';
import { activeRevealedIdeas, ballotsOfRound, effectiveBallotSize } from './queries.js';
import type { DecisionRule, Weighting } from './settings.js';
import type { SessionState } from './state.js';

export type { Agreement, OrganizationResults };

/**
 * One idea's line. Counts of ballots as cast (voters, counts per rank, mean rank) are null when
 * they would let a small group's ballots be worked out from the weighted points beside them.
 */
export interface ResultLine extends Omit<IdeaTally, 'voters' | 'rankCounts'> {
  voters: number | null;
  rankCounts: number[] | null;
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
  /**
   * True when the round's counts of ballots as cast (voters, counts per rank, mean rank,
   * agreement, split votes) are withheld: under equal weight per organization they and the
   * weighted points together would reveal the ballots of fewer people than the floor.
   */
  countsWithheld: boolean;
}

export interface ResultsView extends RoundResults {
  scoring: string;
  weighting: Weighting;
  weightingDescription: string;
  ballotSize: number;
  /** Two rounds: the preliminary vote, to show how ideas moved. */
  preliminary: RoundResults | null;
  organizations: OrganizationResults[];
  /** Organizations that voted but are not shown: below the floor, or hidden so that no smaller group can be worked out. */
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
  /** Null when the preliminary vote's counts are withheld. */
  split: SplitVote[] | null;
}

/** A round tallied in full, for the decision rule, before anything is withheld. */
interface Tallied {
  round: number;
  ballots: number;
  lines: (IdeaTally & Omit<ResultLine, keyof IdeaTally>)[];
  countsShown: boolean;
}

function tallyRound(state: SessionState, round: number, previous: RoundResults | null): Tallied {
  const ideas = activeRevealedIdeas(state);
  const ballots = ballotsOfRound(state, round);
  const byId = new Map(ideas.map((idea) => [idea.id, idea]));
  const before = new Map(previous?.lines.map((line) => [line.ideaId, line.rank]));
  const weighted = weighBallots(ballots, state.settings.weighting);
  const lines = weightedTally(
    ideas.map((idea) => idea.id),
    weighted,
    effectiveBallotSize(state),
  ).map((line) => ({
    ...line,
    number: byId.get(line.ideaId)?.number ?? 0,
    text: byId.get(line.ideaId)?.text ?? '',
    preliminaryRank: before.get(line.ideaId) ?? null,
    previousRank: byId.get(line.ideaId)?.seed?.previousRank ?? null,
  }));
  const groups = groupSizes(ballotsByGroup(ballots));
  const perOrganization = state.settings.weighting === 'per-organization';
  const countsShown = countsPublishable(groups, perOrganization, state.settings.minBallots);
  return { round, ballots: ballots.length, lines, countsShown };
}

function published(state: SessionState, tallied: Tallied): RoundResults {
  const { round, ballots, countsShown } = tallied;
  const ids = activeRevealedIdeas(state).map((idea) => idea.id);
  const lines = countsShown
    ? tallied.lines
    : tallied.lines.map((line) => ({ ...line, voters: null, rankCounts: null, meanRank: null }));
  const agreement = countsShown ? agreementOf(ids, ballotsOfRound(state, round)) : null;
  return { round, ballots, lines, agreement, countsWithheld: !countsShown };
}

/** The goals the decision rule proposes: the top K (with ties at the boundary), or a share of voters. */
export function proposeGoals(rule: DecisionRule, results: Pick<Tallied, 'ballots' | 'lines'>): string[] {
  if (rule.kind === 'top-k') return results.lines.filter((line) => line.rank <= rule.k).map((line) => line.ideaId);
  if (results.ballots === 0) return [];
  return results.lines
    .filter((line) => (line.voters / results.ballots) * 100 >= rule.percent)
    .map((line) => line.ideaId);
}

/** The preliminary vote and the ideas it split, while the group discusses it; null otherwise. */
export function discussionView(state: SessionState): DiscussionView | null {
  if (state.phase !== 'discussion') return null;
  const preliminary = published(state, tallyRound(state, 1, null));
  if (preliminary.countsWithheld) return { preliminary, split: null };
  const ids = activeRevealedIdeas(state).map((idea) => idea.id);
  const rankings = ballotsOfRound(state, 1).map((b) => b.ranking);
  return { preliminary, split: splitVotes(ids, rankings) };
}

/** Results once the facilitator has closed voting; null before. */
export function resultsView(state: SessionState): ResultsView | null {
  if (state.phase !== 'results') return null;
  const preliminary = state.round === 2 ? published(state, tallyRound(state, 1, null)) : null;
  const tallied = tallyRound(state, state.round, preliminary);
  const final = published(state, tallied);
  // What the other figures already publish: counts beside weighted points are a second equation.
  const perOrganization = state.settings.weighting === 'per-organization';
  const equations = perOrganization && tallied.countsShown ? 'two' : 'one';
  const groupOrder = final.lines.map((line) => line.ideaId);
  const organizations = organizationResults(state, ballotsOfRound(state), groupOrder, equations);
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
    proposedGoals: proposeGoals(state.settings.decisionRule, tallied),
  };
}
