import type { Phase } from './phases.js';
import type { GoalDetails, PhaseTimer, SeedInfo, SessionIdentity } from './state.js';
import type { Seating } from './tables/types.js';
import type { PreworkEvent } from './prework/prework-types.js';
import type { RatificationEvent } from './ratification/ratification-types.js';

/** A goal of an earlier session entering a new session's pool. */
export interface SeedIdea extends SeedInfo {
  ideaId: string;
  text: string;
}

/** Facts about tables; `atTable` carries one event of the session machine that happened at a table. */
export type TableEvent =
  /** The room is (re)seated: every table anew, each starting in the lobby with nothing in it. */
  | { type: 'tablesSeated'; tables: Seating[] }
  /** One person takes a seat (a latecomer, a chosen table, a move before the start). */
  | { type: 'participantSeated'; participantId: string; tableId: string }
  | { type: 'tableHostSet'; tableId: string; participantId: string | null }
  | { type: 'atTable'; tableId: string; event: SessionEvent }
  /** The table's ideas for the plenary, best first. */
  | { type: 'tableShortlisted'; tableId: string; ideaIds: string[] }
  /** The plenary pool: every table's shortlist, in table order, keeping each idea's id and table. */
  | { type: 'poolFormed'; ideas: { ideaId: string; tableId: string }[] };

/** Facts that happened to a session; `evolve` folds them into state. */
export type SessionEvent =
  | ({ type: 'sessionCreated'; seeds?: SeedIdea[] } & SessionIdentity)
  | {
      type: 'participantJoined';
      participantId: string;
      name: string;
      organization: string | null;
      tokenHash: string;
      at: number;
      joinKey?: string;
      sealedToken?: string;
      /** Legacy (before joins were sealed): the client's join id in clear. */
      joinId?: string;
    }
  /** Legacy: a retried join once renewed the token; now it is handed the sealed one back. */
  | { type: 'participantTokenRenewed'; participantId: string; tokenHash: string }
  | { type: 'participantRemoved'; participantId: string }
  | { type: 'participantDoneSet'; participantId: string; done: boolean }
  | { type: 'roomLocked'; locked: boolean }
  /** `by: 'timer'` when a phase timer ran out and moved the session (absent: the facilitator). */
  | { type: 'phaseChanged'; from: Phase; to: Phase; at: number; by?: 'timer' }
  | { type: 'ideaAdded'; ideaId: string; authorId: string; text: string; at: number }
  | { type: 'ideaEdited'; ideaId: string; text: string }
  | { type: 'ideaWithdrawn'; ideaId: string }
  | { type: 'ideasRevealed'; ideaIds: string[] }
  | { type: 'sharingRoundStarted'; round: number }
  | { type: 'turnPassed'; participantId: string }
  | { type: 'turnGiven'; participantId: string | null }
  | { type: 'ideaFocused'; ideaId: string | null }
  | { type: 'ideaReworded'; ideaId: string; text: string; at: number }
  | { type: 'ideasMerged'; targetId: string; sourceIds: string[]; text: string; at: number }
  | { type: 'ballotCast'; ballotKey: string; ranking: string[]; organization: string | null }
  /** Legacy: "has voted" is no longer stored (one token, one key: the ballot count is the voter count). */
  | { type: 'voterRecorded'; participantId: string; round: number }
  | { type: 'timerSet'; timer: PhaseTimer | null }
  | { type: 'goalsAdopted'; ideaIds: string[]; at: number }
  | ({ type: 'goalDescribed'; ideaId: string; at: number } & GoalDetails)
  | TableEvent
  | PreworkEvent
  | RatificationEvent;

export type SessionEventType = SessionEvent['type'];

/** Events that hold a ballot's (or a ratification answer's) content: kept out of the event log, in a table with no voter. */
export function isSecretEvent(
  event: SessionEvent,
): event is Extract<SessionEvent, { type: 'ballotCast' | 'ratificationAnswered' }> {
  return event.type === 'ballotCast' || event.type === 'ratificationAnswered';
}
