import type { SessionSettings } from './settings.js';
import type { Phase, TimedPhase } from './phases.js';
import type { PreworkState } from './prework/prework-types.js';
import type { GoalOutcome, RatificationState } from './ratification/ratification-types.js';
import type { RatificationRule } from './ratification/rule.js';

export interface Participant {
  id: string;
  name: string;
  organization: string | null;
  /** SHA-256 of the participant's token; the token itself is never stored. */
  tokenHash: string;
  joinedAt: number;
  removed: boolean;
  /** The participant said they have finished writing ideas. */
  done: boolean;
  /** Their token sealed under their join id (see server/sessions/secrets.ts), if they gave one. */
  sealedToken?: string;
}

export type IdeaStatus = 'active' | 'merged' | 'withdrawn';

export interface Idea {
  id: string;
  authorId: string;
  /** Current wording (after clarification edits and merges). */
  text: string;
  /** Wording as the author last wrote it, kept when the facilitator rewords it. */
  originalText: string;
  createdAt: number;
  status: IdeaStatus;
  /** Position in the order of reveal, from 1; null while private. */
  number: number | null;
  /** Ideas merged into this one, transitively: none of them is ever lost. */
  mergedFrom: string[];
  mergedInto: string | null;
  /** Set on a goal carried over from an earlier session (realignment). */
  seed: SeedInfo | null;
  /** In the plenary pool of a session in tables: the table the idea comes from (same id there). */
  table?: string;
  /** Brought in from pre-work: the organizations that named it, or null when seeded unattributed. */
  prework?: { organizations: string[] | null };
}

/** Where a carried-over goal came from, to show how its rank moved since then. */
export interface SeedInfo {
  previousSessionId: string;
  previousTitle: string;
  previousDate: number;
  previousRank: number;
}

/** A ballot as kept: the ranking and the voter's organization (for weighting), never the voter. */
export interface BallotRecord {
  ranking: string[];
  organization: string | null;
}

/** What the facilitator records for an adopted goal. */
export interface GoalDetails {
  rationale: string;
  owner: string;
  indicator: string;
  /** ISO date (YYYY-MM-DD), or empty while not set. */
  targetDate: string;
}

export interface GoalsState {
  /** Adopted idea ids in order, once the facilitator has confirmed them; null before. */
  adopted: string[] | null;
  details: Record<string, GoalDetails>;
}

/** One line of the decision log: what was decided and when, never who wrote or voted what. */
export type Decision =
  | { at: number; kind: 'phase'; from: string; to: string; round: number; by?: 'timer' }
  | { at: number; kind: 'reworded'; ideaId: string; before: string; after: string }
  | { at: number; kind: 'merged'; targetId: string; sourceIds: string[]; sourceTexts: string[]; text: string }
  | { at: number; kind: 'goals-adopted'; ideaIds: string[]; amended: boolean }
  | { at: number; kind: 'goal-described'; ideaId: string; owner: string }
  | { at: number; kind: 'prework-themed'; label: string; priorities: number }
  | { at: number; kind: 'prework-seeded'; texts: string[] }
  | { at: number; kind: 'ratified'; round: number; rule: RatificationRule; outcomes: GoalOutcome[] };

export interface NamedTurns {
  /** Participant whose turn it is, or null when everyone has shared or passed. */
  turn: string | null;
  /** Participants who passed since the last idea was shared. */
  passed: string[];
}

export interface PhaseTimer {
  phase: TimedPhase;
  /** Wall-clock end while running; null while paused. */
  endsAt: number | null;
  /** Time left while paused; while running, the time it had when it last started or resumed. */
  remainingMs: number;
  expired: boolean;
}

/** What a session is created with and keeps unchanged: the facts of its `sessionCreated` event. */
export interface SessionIdentity {
  id: string;
  code: string;
  title: string;
  createdAt: number;
  settings: SessionSettings;
  /** Organizations the facilitator predefined for joiners to pick from. */
  organizations: string[];
  facilitatorTokenHash: string;
  /** Key for deriving ballot keys from participant tokens (see server/sessions/secrets.ts). */
  ballotSalt: string;
}

/** The whole state of one NGT session, as the server holds it. */
export interface SessionState extends SessionIdentity {
  phase: Phase;
  locked: boolean;
  /** Maps, not plain objects: copying one for a change is ten times quicker at thousands of entries. */
  participants: ReadonlyMap<string, Participant>;
  /** Join order, which fixes the order of named turns. */
  participantOrder: string[];
  /** Keys of client-made join ids, so that a retried join finds the participant it already made. */
  joinIds: ReadonlyMap<string, string>;
  ideas: ReadonlyMap<string, Idea>;
  /** Ids in order of reveal (idea.number - 1 is the index). */
  revealed: string[];
  sharingRound: number;
  namedTurns: NamedTurns;
  focusId: string | null;
  /** The ranking round in progress or last held: 1, or 2 for the final vote of two rounds. */
  round: 1 | 2;
  /** Ballots keyed by an opaque ballot key prefixed with its round ("1:…"): nothing names a voter. */
  ballots: ReadonlyMap<string, BallotRecord>;
  timer: PhaseTimer | null;
  goals: GoalsState;
  decisions: Decision[];
  /** A session split into tables: each table's own group (see tables/types.ts); empty otherwise. */
  tables: Record<string, Table>;
  tableOrder: string[];
  /** Before the room: each organization's priorities and interests, and the facilitator's themes. */
  prework: PreworkState;
  /** After the results: the goals put to the room and the answers, kept under keys that name nobody. */
  ratification: RatificationState;
}

/**
 * What a table holds of its own: the very fields a whole session holds for its one group, under
 * the same names, so the session's decide and views run on a table unchanged (see tables/scope.ts).
 */
export type TableGroup = Pick<
  SessionState,
  | 'phase'
  | 'ideas'
  | 'revealed'
  | 'sharingRound'
  | 'namedTurns'
  | 'focusId'
  | 'round'
  | 'ballots'
  | 'timer'
  | 'decisions'
>;

/** One table of a session split into tables. */
export interface Table extends TableGroup {
  id: string;
  /** 1, 2, 3... as the room sees it. */
  number: number;
  /** Participants seated here, in seating order (which fixes the order of named turns). */
  members: string[];
  /** The participant the facilitator named to steer this table, if any. */
  hostId: string | null;
  /** Ideas sent to the plenary, best first; null until the table has sent them. */
  shortlist: string[] | null;
}
