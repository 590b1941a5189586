import type { CreateSessionInput } from '../../../shared/protocol/schemas.js';
import { SETTING_LIMITS, TIMER_SECONDS, type NumberRange } from '../../../shared/session/limits.js';
import {
  defaultSettings,
  sessionSettingsSchema,
  type DecisionRule,
  type SessionSettings,
} from '../../../shared/session/settings.js';

/**
 * The settings as the form edits them: the session's own, with the decision rule's two numbers
 * kept apart (switching rules keeps both) and phase timers in minutes, blank for no timer.
 */
export type SettingsDraft = Pick<
  SessionSettings,
  | 'ideasPerParticipant'
  | 'ballotSize'
  | 'sharingMode'
  | 'minBallots'
  | 'ideaLength'
  | 'twoRounds'
  | 'weighting'
  | 'commonGroundK'
  | 'tables'
  | 'ratification'
> & {
  ideationMinutes: string;
  rankingMinutes: string;
  decisionRule: DecisionRule['kind'];
  decisionTopK: number;
  decisionPercent: number;
};

/** A phase timer as the form takes it: whole minutes within the server's bounds. */
export const TIMER_MINUTES: NumberRange = {
  min: Math.ceil(TIMER_SECONDS.min / 60),
  max: Math.floor(TIMER_SECONDS.max / 60),
};

const minutesText = (seconds: number | undefined) => (seconds === undefined ? '' : String(seconds / 60));

/** The form's starting point: the session's defaults, as shared/session/settings.ts defines them. */
function draftOf(settings: SessionSettings): SettingsDraft {
  const { decisionRule: rule, durations, ...rest } = settings;
  return {
    ...rest,
    ideationMinutes: minutesText(durations.ideation),
    rankingMinutes: minutesText(durations.ranking),
    decisionRule: rule.kind,
    decisionTopK: rule.kind === 'top-k' ? rule.k : SETTING_LIMITS.decisionTopK.default,
    decisionPercent: rule.kind === 'min-share' ? rule.percent : SETTING_LIMITS.decisionPercent.default,
  };
}

export const DEFAULT_SETTINGS: SettingsDraft = draftOf(defaultSettings());

function seconds(minutes: string): number | undefined {
  const n = Number(minutes);
  return minutes.trim() === '' || !Number.isFinite(n) || n <= 0 ? undefined : Math.round(n * 60);
}

/** The request body, or null if a setting is out of range (the schema is the one the server uses). */
export function toCreateInput(title: string, organizations: string, draft: SettingsDraft): CreateSessionInput | null {
  const { ideationMinutes, rankingMinutes, decisionRule, decisionTopK, decisionPercent, ...rest } = draft;
  const ideation = seconds(ideationMinutes);
  const ranking = seconds(rankingMinutes);
  const settings = sessionSettingsSchema.safeParse({
    ...rest,
    decisionRule:
      decisionRule === 'top-k' ? { kind: 'top-k', k: decisionTopK } : { kind: 'min-share', percent: decisionPercent },
    durations: { ...(ideation ? { ideation } : {}), ...(ranking ? { ranking } : {}) },
  });
  if (!settings.success) return null;
  const orgs = [
    ...new Set(
      organizations
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
  return { title: title.trim(), settings: settings.data, organizations: orgs };
}
