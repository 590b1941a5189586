import { describe, expect, it } from 'vitest';
import { commandSchemas, createSessionSchema, joinSchema } from '../../../shared/protocol/schemas.js';
import { SETTING_LIMITS, TEXT_LIMITS, TIMER_SECONDS } from '../../../shared/session/limits.js';
import { defaultSettings, sessionSettingsSchema } from '../../../shared/session/settings.js';

const SETTINGS = ['ideasPerParticipant', 'ideaLength', 'ballotSize', 'minBallots', 'commonGroundK'] as const;

describe('setting limits', () => {
  it('fills every setting left out with the default the limits name', () => {
    const settings = defaultSettings();
    for (const key of SETTINGS) expect(settings[key], key).toBe(SETTING_LIMITS[key].default);
    expect(settings.decisionRule).toEqual({ kind: 'top-k', k: SETTING_LIMITS.decisionTopK.default });
  });

  it.each(SETTINGS)('accepts %s from its min to its max and nothing outside', (key) => {
    const { min, max } = SETTING_LIMITS[key];
    const accepts = (value: number) => sessionSettingsSchema.safeParse({ [key]: value }).success;
    expect([accepts(min - 1), accepts(min), accepts(max), accepts(max + 1)]).toEqual([false, true, true, false]);
  });

  it('bounds a decision rule and a timer by the same limits as the forms', () => {
    const rule = (decisionRule: unknown) => sessionSettingsSchema.safeParse({ decisionRule }).success;
    const { decisionTopK: k, decisionPercent: p } = SETTING_LIMITS;
    expect([rule({ kind: 'top-k', k: k.max }), rule({ kind: 'top-k', k: k.max + 1 })]).toEqual([true, false]);
    expect([rule({ kind: 'min-share', percent: p.max }), rule({ kind: 'min-share', percent: p.max + 1 })]).toEqual([
      true,
      false,
    ]);
    const timer = (seconds: number) =>
      commandSchemas['timer:start'].safeParse({ commandId: 'c'.repeat(8), token: 't'.repeat(20), seconds }).success;
    const duration = (seconds: number) => sessionSettingsSchema.safeParse({ durations: { ranking: seconds } }).success;
    for (const check of [timer, duration]) {
      expect([TIMER_SECONDS.min - 1, TIMER_SECONDS.min, TIMER_SECONDS.max, TIMER_SECONDS.max + 1].map(check)).toEqual([
        false,
        true,
        true,
        false,
      ]);
    }
  });
});

describe('text limits', () => {
  it('bounds names, organizations and titles', () => {
    const join = (name: string, organization: string) =>
      joinSchema.safeParse({ code: 'ABCD1234', name, organization }).success;
    const longest = (n: number) => 'x'.repeat(n);
    expect(join(longest(TEXT_LIMITS.participantName), 'o')).toBe(true);
    expect(join(longest(TEXT_LIMITS.participantName + 1), 'o')).toBe(false);
    expect(join('n', longest(TEXT_LIMITS.organization))).toBe(true);
    expect(join('n', longest(TEXT_LIMITS.organization + 1))).toBe(false);
    const title = (t: string) => createSessionSchema.safeParse({ title: t }).success;
    expect([title(longest(TEXT_LIMITS.title)), title(longest(TEXT_LIMITS.title + 1))]).toEqual([true, false]);
  });
});
