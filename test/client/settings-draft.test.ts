import { describe, expect, it } from 'vitest';
import { SETTING_LIMITS, TIMER_SECONDS } from '../../shared/session/limits.js';
import { defaultSettings } from '../../shared/session/settings.js';
import { DEFAULT_SETTINGS, TIMER_MINUTES, toCreateInput } from '../../client/screens/landing/settings-draft.js';

describe('the start form’s settings, read from shared/', () => {
  it('starts from the session’s own defaults, so an untouched form asks for exactly those', () => {
    expect(toCreateInput(' Plan ', '', DEFAULT_SETTINGS)).toEqual({
      title: 'Plan',
      settings: defaultSettings(),
      organizations: [],
    });
    expect(DEFAULT_SETTINGS.decisionPercent).toBe(SETTING_LIMITS.decisionPercent.default);
  });

  it.each(Object.entries(SETTING_LIMITS))('accepts %s within its bounds and refuses one past them', (name, range) => {
    // The percentage only counts under its own rule.
    const rule = name === 'decisionPercent' ? { decisionRule: 'min-share' as const } : {};
    const at = (n: number) => toCreateInput('T', '', { ...DEFAULT_SETTINGS, ...rule, [name]: n });
    expect(at(range.max)).not.toBeNull();
    expect(at(range.max + 1)).toBeNull();
    expect(at(range.min - 1)).toBeNull();
  });

  it('bounds the timers in whole minutes inside the server’s seconds', () => {
    expect(TIMER_MINUTES.min * 60).toBeGreaterThanOrEqual(TIMER_SECONDS.min);
    expect(TIMER_MINUTES.max * 60).toBeLessThanOrEqual(TIMER_SECONDS.max);
    const timed = toCreateInput('T', 'A\nB\nA', { ...DEFAULT_SETTINGS, rankingMinutes: String(TIMER_MINUTES.max) });
    expect(timed?.settings?.durations).toEqual({ ranking: TIMER_SECONDS.max });
    expect(timed?.organizations).toEqual(['A', 'B']);
  });
});
