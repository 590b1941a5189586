import type { RatificationAnswer, RatificationRule } from '../../shared/session/ratification/rule.js';

/** One organization's pre-work: its priorities, best first, and its stated interests. */
export interface ExportPreworkOrganization {
  name: string;
  priorities: { rank: number; text: string; theme: string | null }[];
  explicitInterests: string;
  /** Only in the JSON export, which goes to the facilitator alone: the report formats leave it out. */
  facilitatorOnly: { implicitInterests: string };
}

/** A theme the facilitator grouped priorities into, and which organizations named it at which rank. */
export interface ExportPreworkTheme {
  label: string;
  named: { organization: string; rank: number; text: string }[];
  /** Labels of earlier themes merged into it. */
  mergedFrom: string[];
  /** Brought into the idea pool as pre-work. */
  seeded: boolean;
}

/** The landscape before the room: every organization's priorities, the themes, the candidate common ground. */
export interface ExportPrework {
  organizations: ExportPreworkOrganization[];
  themes: ExportPreworkTheme[];
  /** Labels of the themes at least two organizations named, most organizations first. */
  commonGround: string[];
}

/** Counts of one kind of answer about one goal. */
export interface ExportAnswerCounts {
  support: number;
  canLiveWithIt: number;
  object: number;
}

/** How one goal fared in a ratification round: counts, the rule's outcome, the reasons given (never who gave them). */
export interface ExportRatifiedGoal extends ExportAnswerCounts {
  ideaNumber: number;
  text: string;
  adopted: boolean;
  /** Why not, when not adopted: no answers, not unanimous, an objection, short of the majority, a veto. */
  reason: 'no-answers' | 'not-unanimous' | 'objection' | 'short-of-majority' | 'veto' | null;
  /** The organizations whose veto blocked it (an organization's veto is by nature its own). */
  vetoedBy: string[];
  reasons: { answer: 'support' | 'can-live-with-it' | 'object'; text: string }[];
  /** Organizations with enough answers to be shown on their own (same floor and suppression as ballots). */
  byOrganization: ({ name: string } & ExportAnswerCounts)[];
  /** The outcome in words, as the report states it. */
  summary: string;
}

/** The ratification by the rule agreed at creation: the rule, and every closed round. */
export interface ExportRatification {
  rule: RatificationRule;
  /** "everyone": each participant answers; "delegates": one voice per organization. */
  voters: 'everyone' | 'delegates';
  ruleDescription: string;
  rounds: { round: number; goals: ExportRatifiedGoal[] }[];
}

/** The wire's answer names, as the export spells them. */
export const ANSWER_NAMES: Record<RatificationAnswer, 'support' | 'can-live-with-it' | 'object'> = {
  support: 'support',
  live: 'can-live-with-it',
  object: 'object',
};
