import { z } from 'zod';

/** `discussion` sits between the two ranking rounds when the session votes twice. */
export const PHASES = ['lobby', 'ideation', 'sharing', 'clarification', 'ranking', 'discussion', 'results'] as const;
export type Phase = (typeof PHASES)[number];

/** Phases that may carry a countdown set by the facilitator or by the session's settings. */
export const TIMED_PHASES = ['ideation', 'sharing', 'clarification', 'ranking', 'discussion'] as const;
export type TimedPhase = (typeof TIMED_PHASES)[number];

/** The anonymity floor of the method: results never show with fewer ballots than this. */
export const MIN_BALLOTS_FLOOR = 3;

const seconds = z
  .number()
  .int()
  .min(10)
  .max(8 * 3600);

export const decisionRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('top-k'), k: z.number().int().min(1).max(50) }),
  z.strictObject({ kind: z.literal('min-share'), percent: z.number().int().min(1).max(100) }),
]);
export type DecisionRule = z.output<typeof decisionRuleSchema>;
export type Weighting = 'per-person' | 'per-organization';

export const sessionSettingsSchema = z.strictObject({
  ideasPerParticipant: z.number().int().min(1).max(50).default(10),
  ideaLength: z.number().int().min(20).max(1000).default(280),
  ballotSize: z.number().int().min(1).max(20).default(5),
  sharingMode: z.enum(['anonymous', 'named-turns']).default('anonymous'),
  minBallots: z.number().int().min(MIN_BALLOTS_FLOOR).max(10_000).default(MIN_BALLOTS_FLOOR),
  durations: z
    .strictObject({
      ideation: seconds.optional(),
      sharing: seconds.optional(),
      clarification: seconds.optional(),
      ranking: seconds.optional(),
      discussion: seconds.optional(),
    })
    .default({}),
  /** "One person, one vote", or every organization's ballots together weigh the same. */
  weighting: z.enum(['per-person', 'per-organization']).default('per-person'),
  /** Preliminary vote, discussion of the vote, final vote. */
  twoRounds: z.boolean().default(false),
  /** The rule agreed before voting that proposes the adopted goals. */
  decisionRule: decisionRuleSchema.default({ kind: 'top-k', k: 5 }),
  /** "Common ground" is the ideas in the top K of every organization. */
  commonGroundK: z.number().int().min(1).max(20).default(5),
});

export type SessionSettings = z.output<typeof sessionSettingsSchema>;
export type SessionSettingsInput = z.input<typeof sessionSettingsSchema>;

/** Settings with every default filled in. */
export function defaultSettings(): SessionSettings {
  return sessionSettingsSchema.parse({});
}
