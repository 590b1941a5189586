import { describe, expect, it } from 'vitest';
import { en } from '../../client/i18n/en/index.js';
import { formatMessage } from '../../client/i18n/format.js';
import { translate, type MessageKey } from '../../client/i18n/index.js';
import type { Message } from '../../client/i18n/types.js';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
}

function forms(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message).filter((v): v is string => v !== undefined);
}

describe('the translation layer', () => {
  it('picks plural forms by count and fills placeholders, numbers in the locale’s format', () => {
    const message = { zero: 'No ideas', one: '{count} idea', other: '{count} ideas' };
    expect(formatMessage('en', message, { count: 0 })).toBe('No ideas');
    expect(formatMessage('en', message, { count: 1 })).toBe('1 idea');
    expect(formatMessage('en', message, { count: 1200 })).toBe('1,200 ideas');
    expect(formatMessage('de', '{count} Ideen', { count: 1200 })).toBe('1.200 Ideen');
    expect(formatMessage('en', 'Hello {name}, {missing}', { name: 'Ada' })).toBe('Hello Ada, {missing}');
  });

  it('shows an unknown key as itself instead of failing', () => {
    expect(translate('en', 'phase.someday' as MessageKey)).toBe('phase.someday');
  });

  it('uses the same placeholders in every plural form of a message', () => {
    const mismatched = Object.entries(en).filter(([, message]) => {
      const sets = forms(message as Message).map((text) =>
        placeholders(text)
          .filter((p) => p !== 'count')
          .join(','),
      );
      return new Set(sets).size > 1;
    });
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('has plural forms wherever a message is built around a count', () => {
    const flat = Object.entries(en).filter(
      ([, message]) => typeof message === 'string' && /\{count\} (people|ideas|ballots|points|actions)\b/.test(message),
    );
    // Counts that stand alone next to a noun need plural forms; "{count} of {total} …" reads right either way.
    expect(flat.map(([key]) => key).filter((key) => !/ballotsIn|summary\.ranking/.test(key))).toEqual([]);
  });
});
