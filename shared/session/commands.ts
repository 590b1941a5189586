import type { Phase } from './settings.js';
import type { GoalDetails } from './state.js';

/** Commands a participant may issue about their own contribution. */
export type ParticipantCommand =
  | { type: 'addIdea'; text: string }
  | { type: 'editIdea'; ideaId: string; text: string }
  | { type: 'deleteIdea'; ideaId: string }
  | { type: 'setDone'; done: boolean }
  | { type: 'shareIdea'; ideaId: string }
  | { type: 'passTurn' }
  | { type: 'submitBallot'; ranking: string[] };

/** Commands only the facilitator may issue. */
export type FacilitatorCommand =
  | { type: 'advancePhase'; from: Phase }
  | { type: 'stepBack'; from: Phase }
  | { type: 'revealRound' }
  | { type: 'skipTurn' }
  | { type: 'focusIdea'; ideaId: string | null }
  | { type: 'rewordIdea'; ideaId: string; text: string }
  | { type: 'mergeIdeas'; targetId: string; sourceIds: string[]; text?: string | undefined }
  | { type: 'lockRoom'; locked: boolean }
  | { type: 'removeParticipant'; participantId: string }
  | { type: 'startTimer'; seconds: number }
  | { type: 'pauseTimer' }
  | { type: 'resumeTimer' }
  | { type: 'extendTimer'; seconds: number }
  | { type: 'clearTimer' }
  | { type: 'adoptGoals'; ideaIds: string[] }
  | ({ type: 'describeGoal'; ideaId: string } & GoalDetails);

/** Commands the server issues itself (a phase timer running out). */
export type SystemCommand = { type: 'expireTimer' };

/** A participant joining is a command too, so it is logged and replayed like any other. */
export type JoinCommand = {
  type: 'join';
  name: string;
  organization: string | null;
  tokenHash: string;
  /** HMAC of the client's join id (never the id itself), so a retried join finds its participant. */
  joinKey: string | null;
  /** The token sealed under the join id, handed back when the same join comes again. */
  sealedToken: string | null;
};

export type Command = ParticipantCommand | FacilitatorCommand | SystemCommand | JoinCommand;

/**
 * Who issues a command. A participant's ballot keys (one per ranking round) come from their
 * token, never from the client.
 */
export type Actor =
  | { role: 'participant'; participantId: string; ballotKeys: readonly [string, string] }
  | { role: 'facilitator' }
  | { role: 'system' }
  | { role: 'joiner' };

/** Everything impure that `decide` needs, passed in so it stays deterministic. */
export interface DecideContext {
  actor: Actor;
  now: number;
  newId: () => string;
  /** A uniform random number in [0, 1), used to shuffle reveal order. */
  random: () => number;
}
