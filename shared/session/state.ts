import type { Phase, SessionSettings, TimedPhase } from './settings.js';

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
}

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
  /** Time left while paused. */
  remainingMs: number;
  expired: boolean;
}

/** The whole state of one NGT session, as the server holds it. */
export interface SessionState {
  id: string;
  code: string;
  title: string;
  createdAt: number;
  settings: SessionSettings;
  /** Organizations the facilitator predefined for joiners to pick from. */
  organizations: string[];
  facilitatorTokenHash: string;
  /** Key for deriving ballot keys from participant tokens (see server/sessions/ballot-key.ts). */
  ballotSalt: string;
  phase: Phase;
  locked: boolean;
  participants: Record<string, Participant>;
  /** Join order, which fixes the order of named turns. */
  participantOrder: string[];
  ideas: Record<string, Idea>;
  /** Ids in order of reveal (idea.number - 1 is the index). */
  revealed: string[];
  sharingRound: number;
  namedTurns: NamedTurns;
  focusId: string | null;
  /** Ballots keyed by an opaque ballot key: nothing here names a voter. */
  ballots: Record<string, string[]>;
  /** Who has voted, kept apart from what they voted. */
  voters: Record<string, true>;
  timer: PhaseTimer | null;
}
