import type { Phase, SessionSettings } from './settings.js';
import type { PhaseTimer } from './state.js';

/** Facts that happened to a session; `evolve` folds them into state. */
export type SessionEvent =
  | {
      type: 'sessionCreated';
      id: string;
      code: string;
      title: string;
      createdAt: number;
      settings: SessionSettings;
      organizations: string[];
      facilitatorTokenHash: string;
      ballotSalt: string;
    }
  | {
      type: 'participantJoined';
      participantId: string;
      name: string;
      organization: string | null;
      tokenHash: string;
      at: number;
    }
  | { type: 'participantRemoved'; participantId: string }
  | { type: 'participantDoneSet'; participantId: string; done: boolean }
  | { type: 'roomLocked'; locked: boolean }
  | { type: 'phaseChanged'; from: Phase; to: Phase }
  | { type: 'ideaAdded'; ideaId: string; authorId: string; text: string; at: number }
  | { type: 'ideaEdited'; ideaId: string; text: string }
  | { type: 'ideaWithdrawn'; ideaId: string }
  | { type: 'ideasRevealed'; ideaIds: string[] }
  | { type: 'sharingRoundStarted'; round: number }
  | { type: 'turnPassed'; participantId: string }
  | { type: 'turnGiven'; participantId: string | null }
  | { type: 'ideaFocused'; ideaId: string | null }
  | { type: 'ideaReworded'; ideaId: string; text: string }
  | { type: 'ideasMerged'; targetId: string; sourceIds: string[]; text: string }
  | { type: 'ballotCast'; ballotKey: string; ranking: string[] }
  | { type: 'voterRecorded'; participantId: string }
  | { type: 'timerSet'; timer: PhaseTimer | null };

export type SessionEventType = SessionEvent['type'];

/** Events that hold a ballot's content: kept out of the event log, in a table with no voter. */
export function isSecretEvent(event: SessionEvent): event is Extract<SessionEvent, { type: 'ballotCast' }> {
  return event.type === 'ballotCast';
}
