import type { SessionSettings } from '../../shared/session/settings.js';

/**
 * The version of the export model, written into every JSON export as `schemaVersion` and
 * described by docs/export.schema.json. Bump it when a field changes meaning or shape.
 */
export const EXPORT_SCHEMA_VERSION = 1;

/** How the ranks were turned into an order, as data a script can check. */
export interface ExportScoring {
  method: 'rank-points';
  /** Every ballot counts the same; the only weighting the session engine offers today. */
  weighting: 'one-person-one-vote';
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
  settings: Pick<SessionSettings, 'ballotSize' | 'ideasPerParticipant' | 'ideaLength' | 'sharingMode' | 'minBallots'>;
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
  points: number;
  voters: number;
  /** rankCounts[i] is how many ballots put the idea at rank i + 1. */
  rankCounts: number[];
  meanRank: number | null;
}

/** An adopted goal. Reserved for the goals issue: no session produces one yet. */
export interface ExportGoal {
  /** Number of the idea the goal was adopted from. */
  ideaNumber: number;
  statement: string;
  owner: string;
  indicator: string;
  /** Target date, YYYY-MM-DD. */
  targetDate: string;
  rationale: string;
}

/** One entry of the decision log. Reserved for the goals issue: no session produces one yet. */
export interface ExportDecision {
  /** ISO 8601 in UTC. */
  at: string;
  decision: string;
  rationale: string;
}

/** Everything an export states about a session, built once and rendered into each format. */
export interface ExportModel {
  schemaVersion: typeof EXPORT_SCHEMA_VERSION;
  generator: 'Roundtable';
  /** When this export was made, ISO 8601 in UTC. */
  generatedAt: string;
  session: ExportSession;
  scoring: ExportScoring;
  /** In rank order; ideas still tied keep the order in which they were shared. */
  ideas: ExportIdea[];
  goals?: ExportGoal[];
  decisionLog?: ExportDecision[];
}
