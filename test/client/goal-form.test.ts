import { describe, expect, it } from 'vitest';
import {
  isCalendarDate,
  localToday,
  missingFields,
  normalizeGoal,
  sameDetails,
  validateGoal,
} from '../../client/screens/facilitator/goals/goal-form.js';

const TODAY = '2026-11-21';
const goal = (fields: Partial<{ rationale: string; owner: string; indicator: string; targetDate: string }>) => ({
  rationale: '',
  owner: '',
  indicator: '',
  targetDate: '',
  ...fields,
});
const keys = (fields: Parameters<typeof goal>[0]) =>
  validateGoal(goal(fields), TODAY).map((e) => `${e.field}:${e.key}`);

describe('a goal’s record before it is sent', () => {
  it('needs an owner, and blanks do not count as one', () => {
    expect(keys({})).toEqual(['owner:host.goals.error.ownerMissing']);
    expect(keys({ owner: '   ' })).toEqual(['owner:host.goals.error.ownerMissing']);
    expect(keys({ owner: 'Food Bank' })).toEqual([]);
  });

  it('keeps to the server’s lengths, counted in characters a person sees', () => {
    expect(keys({ owner: 'x'.repeat(121) })).toEqual(['owner:host.goals.error.tooLong']);
    expect(keys({ owner: 'é'.repeat(120) })).toEqual([]);
    expect(keys({ owner: 'A', indicator: 'x'.repeat(501), rationale: 'x'.repeat(1001) })).toEqual([
      'indicator:host.goals.error.tooLong',
      'rationale:host.goals.error.tooLong',
    ]);
  });

  it('accepts only real calendar days, today or later', () => {
    expect(isCalendarDate('2027-02-28')).toBe(true);
    expect(isCalendarDate('2027-02-30')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('27-2-1')).toBe(false);
    expect(keys({ owner: 'A', targetDate: '2027-02-30' })).toEqual(['targetDate:host.goals.error.date']);
    expect(keys({ owner: 'A', targetDate: '2026-11-20' })).toEqual(['targetDate:host.goals.error.pastDate']);
    expect(keys({ owner: 'A', targetDate: TODAY })).toEqual([]);
  });

  it('writes today in the facilitator’s own calendar', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('lists what is still to record, and compares records as they would be sent', () => {
    expect(missingFields(goal({ owner: 'A', indicator: ' ' }))).toEqual(['indicator', 'targetDate', 'rationale']);
    expect(missingFields(goal({ owner: 'A', indicator: 'B', targetDate: TODAY, rationale: 'C' }))).toEqual([]);
    expect(normalizeGoal(goal({ owner: ' A ' })).owner).toBe('A');
    expect(sameDetails(goal({ owner: 'A ' }), goal({ owner: 'A' }))).toBe(true);
    expect(sameDetails(goal({ owner: 'A' }), goal({ owner: 'B' }))).toBe(false);
  });
});
