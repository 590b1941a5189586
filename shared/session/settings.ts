import { z } from 'zod';
import { SETTING_LIMITS, TIMER_SECONDS, type NumberRange } from './limits.js';

/** `discussion` sits between the two ranking rounds when the session votes twice. */
export const PHASES = ['lobby', 'ideation', 'sharing', 'clarification', 'ranking', 'discussion', 'results'] as const;
export type Phase = (typeof PHASES)[number];

/** Phases that may carry a countdown set by the facilitator or by the session's settings. */
export const TIMED_PHASES = ['ideation', 'sharing', 'clarification', 'ranking', 'discussion'] as const;
export type TimedPhase = (typeof TIMED_PHASES)[number];

/** A whole number within `range`. */
function whole(range: NumberRange) {
  return z.number().int().min(range.min).max(range.max);
}

/** A numeric setting: its bounds and its default. */
function numberSetting(range: NumberRange & { default: number }) {
  return whole(range).default(range.default);
}

/** A timer's length in seconds, as set in the settings or by the facilitator. */
export const secondsSchema = whole(TIMER_SECONDS);

export const decisionRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('top-k'), k: whole(SETTING_LIMITS.decisionTopK) }),
  z.strictObject({ kind: z.literal('min-share'), percent: whole(SETTING_LIMITS.decisionPercent) }),
]);
export type DecisionRule = z.output<typeof decisionRuleSchema>;
export type Weighting = 'per-person' | 'per-organization';

export const sessionSettingsSchema = z.strictObject({
  ideasPerParticipant: numberSetting(SETTING_LIMITS.ideasPerParticipant),
  ideaLength: numberSetting(SETTING_LIMITS.ideaLength),
  ballotSize: numberSetting(SETTING_LIMITS.ballotSize),
  sharingMode: z.enum(['anonymous', 'named-turns']).default('anonymous'),
  minBallots: numberSetting(SETTING_LIMITS.minBallots),
  durations: z
    .strictObject({
      ideation: secondsSchema.optional(),
      sharing: secondsSchema.optional(),
      clarification: secondsSchema.optional(),
      ranking: secondsSchema.optional(),
      discussion: secondsSchema.optional(),
    })
    .default({}),
  /** "One person, one vote", or every organization's ballots together weigh the same. */
  weighting: z.enum(['per-person', 'per-organization']).default('per-person'),
  /** Preliminary vote, discussion of the vote, final vote. */
  twoRounds: z.boolean().default(false),
  /** The rule agreed before voting that proposes the adopted goals. */
  decisionRule: decisionRuleSchema.default({ kind: 'top-k', k: SETTING_LIMITS.decisionTopK.default }),
  /** "Common ground" is the ideas in the top K of every organization. */
  commonGroundK: numberSetting(SETTING_LIMITS.commonGroundK),
});

export type SessionSettings = z.output<typeof sessionSettingsSchema>;
export type SessionSettingsInput = z.input<typeof sessionSettingsSchema>;

/** Settings with every default filled in. */
export function defaultSettings(): SessionSettings {
  return sessionSettingsSchema.parse({});
}
