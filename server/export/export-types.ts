import type { DecisionRule, SessionSettings, Weighting } from '../../shared/session/settings.js';
import type { ExportLanguage } from './export-language.js';
import type { TableExport } from '../../shared/session/tables/export-tables.js';

export type { TableExport };
import type { Decision } from '../../shared/session/state.js';
import type { ExportPrework, ExportRatification } from './export-prework-types.js';

/**
 * The version of the export model, written into every JSON export as `schemaVersion` and
 * described by docs/export.schema.json. Bump it when a field changes meaning or shape.
 */
export const EXPORT_SCHEMA_VERSION = 4;

/** How the ranks were turned into an order, as data a script can check. */
export interface ExportScoring {
  method: 'rank-points';
  /** "per-person": every ballot counts the same; "per-organization": each organization weighs the same. */
  weighting: Weighting;
  weightingDescription: string;
  /** 1, or 2 when a preliminary vote was discussed and followed by the final vote reported here. */
  rounds: 1 | 2;
  /** N: how many ideas each ballot could rank (the setting, capped at the number of ideas). */
  ballotSize: number;
  /** pointsByRank[i] is what a ballot gives the idea it puts at rank i + 1: N, N-1, ..., 1. */
  pointsByRank: number[];
  unrankedPoints: 0;
  /** Applied in order when points are equal. */
  tieBreaks: ('more-voters' | 'more-first-places')[];
  /** What happens to ideas still equal after the tie-breaks. */
  remainingTies: 'shared-rank';
  /** The method in full, as the results screen states it. */
  description: string;
  /** The method in one sentence, with this session's numbers. */
  summary: string;
}

export interface ExportOrganization {
  name: string;
  /** Participants in the session who named this organization (0 for one offered but not picked). */
  participants: number;
}

export interface ExportSession {
  /** The question the group answered (the session's title). */
  title: string;
  /** Room code as shown to people, XXXX-XXXX. */
  code: string;
  /** When the session was opened, ISO 8601 in UTC. */
  createdAt: string;
  settings: Pick<
    SessionSettings,
    | 'ballotSize'
    | 'ideasPerParticipant'
    | 'ideaLength'
    | 'sharingMode'
    | 'minBallots'
    | 'weighting'
    | 'twoRounds'
    | 'decisionRule'
    | 'commonGroundK'
  >;
  /** Participants still in the session when the export was made. */
  participants: number;
  ballots: number;
  organizations: ExportOrganization[];
  participantsWithoutOrganization: number;
}

/** An idea merged into another during clarification: its number and its wording at the merge. */
export interface ExportMergedIdea {
  number: number;
  text: string;
  originalText: string;
}

/** One idea on the final list with its totals; the numbers are those of the results view. */
export interface ExportIdea {
  /** Competition rank (1, 2, 2, 4); ideas still tied after the tie-breaks share it. */
  rank: number;
  tied: boolean;
  /** The idea's number in the order it was shared. */
  number: number;
  /** Final wording, after clarification. */
  text: string;
  /** The author's own wording. */
  originalText: string;
  edited: boolean;
  /** Every idea merged into this one, directly or through another merge. */
  mergedFrom: ExportMergedIdea[];
  /** Rank points, weighted when organizations weigh the same (then possibly fractional). */
  points: number;
  /** Null (with rankCounts and meanRank) when results.countsWithheld says why. */
  voters: number | null;
  /** rankCounts[i] is how many ballots put the idea at rank i + 1. */
  rankCounts: number[] | null;
  meanRank: number | null;
  /** Two rounds: the idea's rank in the preliminary vote. */
  preliminaryRank: number | null;
  /** A goal carried over from an earlier session: its rank there. */
  previousRank: number | null;
  /** A session in tables: the tables the idea comes from (with those of ideas merged into it); [] otherwise. */
  tables: number[];
}

/** Kendall's W over the ballots of one round, with its plain-language reading. */
export interface ExportAgreement {
  w: number;
  reading: 'weak' | 'moderate' | 'strong';
}

/**
 * One organization's own order, reported only for organizations with at least minBallots
 * ballots, and only when no smaller group could be worked out from it by subtraction.
 */
export interface ExportOrganizationResult {
  name: string;
  ballots: number;
  /** Idea numbers in the organization's own order, best first. */
  order: number[];
  agreement: ExportAgreement | null;
  /** Spearman's correlation between its order and the group's (1 = the same order). */
  closeness: number | null;
}

/** Everything the results screen shows besides the per-idea totals. */
export interface ExportResults {
  agreement: ExportAgreement | null;
  /**
   * True when voters, counts per rank, mean rank and agreement are withheld: with organizations
   * weighing the same, they and the weighted points together would reveal a small group's ballots.
   */
  countsWithheld: boolean;
  preliminary: { ballots: number; agreement: ExportAgreement | null; countsWithheld: boolean } | null;
  organizations: ExportOrganizationResult[];
  /** Organizations that voted but are not broken down: too few ballots, or a smaller group could be worked out. */
  organizationsHidden: number;
  /** Ideas in the top K of every organization reported; null with fewer than two reported. */
  commonGround: { k: number; ideaNumbers: number[] } | null;
  decisionRule: DecisionRule;
  /** What the decision rule proposes to adopt, as idea numbers, best first. */
  proposedGoals: number[];
}

/** An adopted goal: the idea it was adopted from and what the facilitator recorded for it. */
export interface ExportGoal {
  /** Number of the idea the goal was adopted from. */
  ideaNumber: number;
  /** The idea's final wording. */
  statement: string;
  owner: string;
  indicator: string;
  /** Target date, YYYY-MM-DD, or "" while not set. */
  targetDate: string;
  rationale: string;
}

/** One entry of the decision log, in words; never who wrote or voted what. */
export interface ExportDecision {
  /** ISO 8601 in UTC. */
  at: string;
  kind: Decision['kind'];
  summary: string;
}

/** Everything an export states about a session, built once and rendered into each format. */
export interface ExportModel {
  schemaVersion: typeof EXPORT_SCHEMA_VERSION;
  generator: 'Roundtable';
  /** When this export was made, ISO 8601 in UTC. */
  generatedAt: string;
  /** The language of the report's own words (summaries, descriptions); participants' text is as typed. */
  language: ExportLanguage;
  session: ExportSession;
  scoring: ExportScoring;
  /** In rank order; ideas still tied keep the order in which they were shared. */
  ideas: ExportIdea[];
  results: ExportResults;
  /** Adopted goals in order; null until the facilitator confirms them. */
  goals: ExportGoal[] | null;
  decisionLog: ExportDecision[];
  /** A session in tables: each table, and the lineage of every idea it sent to the result; null otherwise. */
  tables: TableExport[] | null;
  /** Before the room: each organization's priorities and the themes; null without pre-work. */
  prework: ExportPrework | null;
  /** After the results: the agreed rule and each round's counts and outcomes; null without a rule. */
  ratification: ExportRatification | null;
}
