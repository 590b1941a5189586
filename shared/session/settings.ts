import { z } from 'zod';
import { WEIGHTINGS } from '../ranking/weights.js';
import { SETTING_LIMITS, TIMER_SECONDS, type NumberRange } from './limits.js';
import { TIMED_PHASES } from './phases.js';
import { tablesSettingSchema } from './tables/settings.js';
import { ratificationSettingsSchema } from './ratification/rule.js';

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

export const sessionSettingsSchema = z.strictObject({
  ideasPerParticipant: numberSetting(SETTING_LIMITS.ideasPerParticipant),
  ideaLength: numberSetting(SETTING_LIMITS.ideaLength),
  ballotSize: numberSetting(SETTING_LIMITS.ballotSize),
  sharingMode: z.enum(['anonymous', 'named-turns']).default('anonymous'),
  minBallots: numberSetting(SETTING_LIMITS.minBallots),
  /** A countdown in seconds for any timed phase; a phase left out has no timer. */
  durations: z.partialRecord(z.enum(TIMED_PHASES), secondsSchema.optional()).default({}),
  /** "One person, one vote", or every organization's ballots together weigh the same. */
  weighting: z.enum(WEIGHTINGS).default('per-person'),
  /** Preliminary vote, discussion of the vote, final vote. */
  twoRounds: z.boolean().default(false),
  /** The rule agreed before voting that proposes the adopted goals. */
  decisionRule: decisionRuleSchema.default({ kind: 'top-k', k: SETTING_LIMITS.decisionTopK.default }),
  /** "Common ground" is the ideas in the top K of every organization. */
  commonGroundK: numberSetting(SETTING_LIMITS.commonGroundK),
  /** Parallel tables (see docs/protocol.md); null for one group. */
  tables: tablesSettingSchema.nullable().default(null),
  /** How proposed goals are ratified after the results, agreed up front and shown from the lobby on. */
  ratification: ratificationSettingsSchema.default({ rule: { kind: 'none' }, voters: 'everyone' }),
});

export type SessionSettings = z.output<typeof sessionSettingsSchema>;
export type SessionSettingsInput = z.input<typeof sessionSettingsSchema>;
/** How ballots weigh, as the session's settings choose it. */
export type Weighting = SessionSettings['weighting'];

/** Settings with every default filled in. */
export function defaultSettings(): SessionSettings {
  return sessionSettingsSchema.parse({});
}
