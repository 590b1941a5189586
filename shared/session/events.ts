import type { Phase } from './phases.js';
import type { GoalDetails, PhaseTimer, SeedInfo, SessionIdentity } from './state.js';
import type { TableEvent } from './tables/events.js';

/** A goal of an earlier session entering a new session's pool. */
export interface SeedIdea extends SeedInfo {
  ideaId: string;
  text: string;
}

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
  | { type: 'phaseChanged'; from: Phase; to: Phase; at: number }
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
  | TableEvent;

export type SessionEventType = SessionEvent['type'];

/** Events that hold a ballot's content: kept out of the event log, in a table with no voter. */
export function isSecretEvent(event: SessionEvent): event is Extract<SessionEvent, { type: 'ballotCast' }> {
  return event.type === 'ballotCast';
}
