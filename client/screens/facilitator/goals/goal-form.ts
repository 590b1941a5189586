import { TEXT_LIMITS } from '../../../../shared/session/limits.js';
import type { GoalDetails } from '../../../../shared/session/state.js';
import type { MessageKey } from '../../../i18n/index.js';

/** The limits the server enforces on `goal:describe`, by field, checked before sending. */
export const GOAL_LIMITS = {
  rationale: TEXT_LIMITS.goalRationale,
  owner: TEXT_LIMITS.goalOwner,
  indicator: TEXT_LIMITS.goalIndicator,
} as const;

export type GoalField = keyof GoalDetails;

export interface GoalFormError {
  field: GoalField;
  key: MessageKey;
  params?: Record<string, string | number>;
}

const FIELD_NAMES: Record<GoalField, MessageKey> = {
  owner: 'host.goals.field.owner',
  indicator: 'host.goals.field.indicator',
  targetDate: 'host.goals.field.targetDate',
  rationale: 'host.goals.field.rationale',
};

export function fieldName(field: GoalField): MessageKey {
  return FIELD_NAMES[field];
}

/** Whether YYYY-MM-DD names a real calendar day (2027-02-30 does not). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today as YYYY-MM-DD in the facilitator's own time zone (a date input speaks local dates). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The details as they will be sent: trimmed, since the server trims and "  " is no owner. */
export function normalizeGoal(details: GoalDetails): GoalDetails {
  return {
    rationale: details.rationale.trim(),
    owner: details.owner.trim(),
    indicator: details.indicator.trim(),
    targetDate: details.targetDate.trim(),
  };
}

/**
 * What stops a goal's details from being saved. An owner is required (a goal nobody owns is not
 * one); the other fields may be recorded later, but what is there must fit and make sense.
 */
export function validateGoal(details: GoalDetails, today: string): GoalFormError[] {
  const goal = normalizeGoal(details);
  const errors: GoalFormError[] = [];
  if (goal.owner === '') errors.push({ field: 'owner', key: 'host.goals.error.ownerMissing' });
  for (const field of ['owner', 'indicator', 'rationale'] as const) {
    if ([...goal[field]].length > GOAL_LIMITS[field]) {
      errors.push({ field, key: 'host.goals.error.tooLong', params: { max: GOAL_LIMITS[field] } });
    }
  }
  if (goal.targetDate !== '') {
    if (!isCalendarDate(goal.targetDate)) errors.push({ field: 'targetDate', key: 'host.goals.error.date' });
    else if (goal.targetDate < today) errors.push({ field: 'targetDate', key: 'host.goals.error.pastDate' });
  }
  return errors;
}

/** The fields a goal still lacks, so the facilitator sees what to ask the room for. */
export function missingFields(details: GoalDetails): GoalField[] {
  const goal = normalizeGoal(details);
  return (['owner', 'indicator', 'targetDate', 'rationale'] as const).filter((field) => goal[field] === '');
}

export function sameDetails(a: GoalDetails, b: GoalDetails): boolean {
  const x = normalizeGoal(a);
  const y = normalizeGoal(b);
  return (
    x.rationale === y.rationale && x.owner === y.owner && x.indicator === y.indicator && x.targetDate === y.targetDate
  );
}
