import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announce, Announcer, resetAnnouncer, retract } from '../../client/components/announcer.js';
import { summaryOf, timerMark } from '../../client/components/live-announcements.js';
import { t } from '../../client/i18n/index.js';

const spoken = () =>
  renderToStaticMarkup(createElement(Announcer))
    .replace(/<[^>]+>/g, '|')
    .replace(/\|+/g, '|');

describe('the announcer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetAnnouncer();
  });
  afterEach(() => vi.useRealTimers());

  it('says words once, in the region asked for, and takes them away after a while', () => {
    announce('The session moved on: Voting.');
    announce('Could not send.', 'assertive');
    expect(spoken()).toBe('|The session moved on: Voting.|Could not send.|');
    vi.advanceTimersByTime(7500);
    expect(spoken()).toBe('|');
  });

  it('drops the same words said twice in a row (a second time would restart their clock)', () => {
    announce('3 people joined.');
    vi.advanceTimersByTime(6000);
    announce('3 people joined.');
    vi.advanceTimersByTime(1500);
    expect(spoken()).toBe('|');
    announce('1 ballot received.');
    announce('3 people joined.');
    expect(spoken()).toBe('|3 people joined.|');
  });

  it('takes back words that no longer hold, which may then be said again', () => {
    announce('One minute left.');
    retract('One minute left.');
    expect(spoken()).toBe('|');
    announce('One minute left.');
    expect(spoken()).toBe('|One minute left.|');
  });
});

describe("the console's summary of the room", () => {
  const counts = (joined: number, ideas: number, done = 0, ballots = 0) => ({ joined, ideas, done, ballots });

  it.each([
    [counts(0, 0), counts(3, 6), '3 people joined, 6 ideas added.'],
    [counts(3, 6), counts(3, 7, 1), '1 idea added, 1 person done writing.'],
    [counts(3, 6, 1, 0), counts(3, 6, 1, 2), '2 ballots received.'],
    [counts(3, 6), counts(3, 6), ''],
    [counts(3, 6), counts(3, 5), ''],
  ])('%o then %o reads "%s"', (before, now, text) => {
    expect(summaryOf(t, before, now)).toBe(text);
  });
});

describe("a timer's marks", () => {
  it.each([
    ['the first look at a 30-second timer', null, true, true, 30_000, null],
    ['a 30-second timer ticking', 30_500, true, true, 30_000, null],
    ['a clock ticking across one minute', 60_400, true, true, 59_900, 'one-minute'],
    ['a clock ticking to 0:00', 400, true, true, 0, 'up'],
    ['the session moving on in the last moment', 800, false, false, 0, 'up'],
    ['a timer expiring in its last moment', 900, true, false, 0, 'up'],
    ['a timer removed with time left', 20_000, false, false, 0, null],
    ['a timer restarted shorter', 90_000, true, true, 30_000, null],
    ['a timer extended', 30_000, true, true, 90_000, null],
    ['a paused timer', 61_000, true, false, 59_000, null],
    ['a timer already up', 0, true, true, 0, null],
  ] as const)('%s', (_, before, present, running, left, mark) => {
    expect(timerMark(before, present, running, left)).toBe(mark);
  });
});
