/**
 * The ratification round: after the results, each proposed goal is put to the room, answered in
 * secret, and adopted or not by the rule agreed at creation.
 */
import type { RatificationAnswer, RuleVerdict } from './rule.js';

/** The most rounds a session may hold (amend and ratify again); each has its own answer key. */
export const MAX_RATIFICATION_ROUNDS = 10;

/**
 * A participant's ratification key for each round (undefined for a round they hold none for). A
 * lookup rather than a list, so that the server derives a key only when a round needs it: most
 * sessions never ratify, and deriving every round's key at each join was a tenth of its cost.
 */
export interface AnswerKeys {
  forRound(round: number): string | undefined;
}

/** The keys of someone who has none (a view or decision made without a token). */
export const NO_ANSWER_KEYS: AnswerKeys = { forRound: () => undefined };

/** One answer about one goal, with the reason if one was given. */
export interface AnswerItem {
  ideaId: string;
  answer: RatificationAnswer;
  reason: string;
}

/** A person's (or a delegate's) answers in one round, as kept: the organization, never the person. */
export interface AnswerRecord {
  round: number;
  organization: string | null;
  answers: AnswerItem[];
}

/** Counts of one kind of answer. */
export interface Tally {
  support: number;
  live: number;
  object: number;
}

/** How one goal fared in a closed round: counts, verdict and reasons, nothing that names anyone. */
export interface GoalOutcome {
  ideaId: string;
  text: string;
  counts: Tally;
  verdict: RuleVerdict;
  /** Reasons given, in alphabetical order (never the order given), with the answer they came with. */
  reasons: { answer: RatificationAnswer; text: string }[];
  /** Organizations with enough answers to be shown on their own (floor and secondary suppression). */
  byOrganization: ({ name: string } & Tally)[];
}

export interface RatificationRound {
  round: number;
  ideaIds: string[];
  openedAt: number;
  /** Null while answers are being taken. */
  closedAt: number | null;
  outcomes: GoalOutcome[] | null;
}

export interface RatificationState {
  rounds: RatificationRound[];
  /** Answers keyed by an opaque key prefixed with the round ("r1:…"): nothing names a person. */
  answers: Record<string, AnswerRecord>;
}

/** No round held yet. */
export function emptyRatification(): RatificationState {
  return { rounds: [], answers: {} };
}

export type RatificationEvent =
  | { type: 'ratificationOpened'; round: number; ideaIds: string[]; at: number }
  | {
      type: 'ratificationAnswered';
      answerKey: string;
      round: number;
      organization: string | null;
      answers: AnswerItem[];
    }
  | { type: 'ratificationClosed'; round: number; outcomes: GoalOutcome[]; at: number };

export type RatificationCommand =
  | { type: 'openRatification'; ideaIds: string[] }
  | { type: 'answerRatification'; round: number; answers: AnswerItem[] }
  | { type: 'closeRatification'; round: number };
