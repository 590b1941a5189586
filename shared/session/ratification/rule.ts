/**
 * How proposed goals are ratified, agreed when the session is created. The rule reads only the
 * counts of a goal's answers (and, for a veto, which organizations objected), never who answered.
 */
import { z } from 'zod';

/** What one person (or one organization's delegate) answers about a proposed goal. */
export const ANSWERS = ['support', 'live', 'object'] as const;
export type RatificationAnswer = (typeof ANSWERS)[number];

/** Bounds of the share a majority needs, in percent: "more than P %". */
export const MAJORITY_PERCENT = { min: 1, max: 99, default: 50 } as const;

const percent = z.number().int().min(MAJORITY_PERCENT.min).max(MAJORITY_PERCENT.max);

/** Who answers: every participant, or one voice per organization (any of its members, latest counts). */
export const RATIFICATION_VOTERS = ['everyone', 'delegates'] as const;

export const ratificationRuleSchema = z.discriminatedUnion('kind', [
  /** No ratification: the facilitator adopts the proposed goals (the behaviour before rules). */
  z.strictObject({ kind: z.literal('none') }),
  /** Everyone who answers supports. */
  z.strictObject({ kind: z.literal('unanimity') }),
  /** More than `percent` % support or can live with it. */
  z.strictObject({ kind: z.literal('majority'), percent }),
  /** Nobody objects ("can live with it" is not an objection). */
  z.strictObject({ kind: z.literal('consensus') }),
  /** A majority as above, but an objection from any named organization blocks (minority protection). */
  z.strictObject({
    kind: z.literal('veto'),
    percent,
    organizations: z.array(z.string().trim().min(1).max(80)).min(1).max(100),
  }),
]);
export type RatificationRule = z.output<typeof ratificationRuleSchema>;

export const ratificationSettingsSchema = z.strictObject({
  rule: ratificationRuleSchema.default({ kind: 'none' }),
  voters: z.enum(RATIFICATION_VOTERS).default('everyone'),
});
export type RatificationSettings = z.output<typeof ratificationSettingsSchema>;

/** The ratification settings of a session, defaults filled in for sessions made before they existed. */
export function ratificationSettingsOf(settings: { ratification?: RatificationSettings }): RatificationSettings {
  return settings.ratification ?? { rule: { kind: 'none' }, voters: 'everyone' };
}

/** A goal's answers counted, and the organizations of which at least one answer objected. */
export interface AnswerCounts {
  support: number;
  live: number;
  object: number;
  /** Sorted; only ever read for the veto rule, and shown only for the organizations that hold one. */
  objectingOrganizations: string[];
}

/** Why a goal was or was not adopted under its rule. */
export type RuleVerdict =
  | { adopted: true }
  | { adopted: false; reason: 'no-answers' | 'not-unanimous' | 'objection' | 'short-of-majority' }
  | { adopted: false; reason: 'veto'; vetoedBy: string[] };

function total(counts: AnswerCounts): number {
  return counts.support + counts.live + counts.object;
}

/** Whether more than `percent` % of the answers support or can live with it (integer arithmetic). */
function passesMajority(counts: AnswerCounts, percent: number): boolean {
  return (counts.support + counts.live) * 100 > percent * total(counts);
}

/** The outcome of one goal under a rule, from its counts alone. */
export function ruleVerdict(rule: RatificationRule, counts: AnswerCounts): RuleVerdict {
  if (total(counts) === 0) return { adopted: false, reason: 'no-answers' };
  switch (rule.kind) {
    case 'none':
      return { adopted: true };
    case 'unanimity':
      return counts.support === total(counts) ? { adopted: true } : { adopted: false, reason: 'not-unanimous' };
    case 'consensus':
      return counts.object === 0 ? { adopted: true } : { adopted: false, reason: 'objection' };
    case 'majority':
      return passesMajority(counts, rule.percent) ? { adopted: true } : { adopted: false, reason: 'short-of-majority' };
    case 'veto': {
      const vetoedBy = counts.objectingOrganizations.filter((name) => rule.organizations.includes(name));
      if (vetoedBy.length > 0) return { adopted: false, reason: 'veto', vetoedBy };
      return passesMajority(counts, rule.percent) ? { adopted: true } : { adopted: false, reason: 'short-of-majority' };
    }
    default: {
      const unknown: never = rule;
      throw new Error(`Unknown ratification rule: ${JSON.stringify(unknown)}`);
    }
  }
}
