import { useEffect, useRef } from 'react';
import type { Phase } from '../../shared/session/phases.js';
import type { FacilitatorView, SharedIdea } from '../../shared/session/views.js';
import { t as translate, useT, type Translate } from '../i18n/index.js';
import { announce, retract } from './announcer.js';

/**
 * What the session says by itself, as it happens: newly revealed ideas, the facilitator's counts,
 * a timer's warning and its end. Each hook speaks once per change, never once per render.
 */

/** Newly shared ideas, in one sentence per reveal, on the phone and the projector. */
export function useRevealAnnouncements(ideas: readonly SharedIdea[], phase: Phase | undefined): void {
  const t = useT();
  // What was on the list when this screen opened is not news.
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (seen.current === null) {
      seen.current = new Set(ideas.map((idea) => idea.id));
      return;
    }
    const fresh = ideas.filter((idea) => !seen.current?.has(idea.id));
    for (const idea of fresh) seen.current.add(idea.id);
    if (phase !== 'sharing' || fresh.length === 0) return;
    const list = fresh.map((idea) => `#${idea.number} ${idea.text}`).join('; ');
    announce(t('a11y.revealed', { count: fresh.length, ideas: list }));
  }, [ideas, phase, t]);
}

interface Counts {
  joined: number;
  ideas: number;
  done: number;
  ballots: number;
}

const countsOf = (view: FacilitatorView): Counts => ({
  joined: view.participantCount,
  ideas: view.ideasSubmitted,
  done: view.participantsDone,
  ballots: view.ballotsIn,
});

const lowest = (a: Counts, b: Counts): Counts => ({
  joined: Math.min(a.joined, b.joined),
  ideas: Math.min(a.ideas, b.ideas),
  done: Math.min(a.done, b.done),
  ballots: Math.min(a.ballots, b.ballots),
});

/** What grew since the last summary, in words; nothing when nothing grew. */
export function summaryOf(t: Translate, before: Counts, now: Counts): string {
  const parts = [
    now.joined > before.joined && t('a11y.summary.joined', { count: now.joined - before.joined }),
    now.ideas > before.ideas && t('a11y.summary.ideas', { count: now.ideas - before.ideas }),
    now.done > before.done && t('a11y.summary.done', { count: now.done - before.done }),
    now.ballots > before.ballots && t('a11y.summary.ballots', { count: now.ballots - before.ballots }),
  ].filter((part): part is string => typeof part === 'string');
  return parts.length === 0 ? '' : `${parts.join(', ')}.`;
}

/** How often the console sums up the room: often enough to follow, rarely enough to work. */
export const SUMMARY_EVERY_MS = 5000;

/**
 * The facilitator hears the room in one polite summary every few seconds ("3 people joined,
 * 6 ideas added."), not one message per join, idea or ballot.
 */
export function useConsoleSummary(view: FacilitatorView): void {
  const latest = useRef(countsOf(view));
  const said = useRef(countsOf(view));
  useEffect(() => {
    latest.current = countsOf(view);
  });
  useEffect(() => {
    const handle = setInterval(() => {
      // A count that went down (a deleted idea, a new phase's fresh count) is the new base.
      said.current = lowest(said.current, latest.current);
      const text = summaryOf(translate, said.current, latest.current);
      if (text === '') return;
      said.current = latest.current;
      announce(text);
    }, SUMMARY_EVERY_MS);
    return () => clearInterval(handle);
  }, []);
}

const ONE_MINUTE_MS = 60_000;
const TICK_JUMP_MS = 5000;
/** The server may move the session on a moment before this clock shows 0:00. */
const ENDING_MS = 1500;

export type TimerMark = 'one-minute' | 'up' | null;

/**
 * What a timer has just reached between two looks at its clock: `before` is the time left at the
 * last look while it ran (null if it was not running or not there). A clock seen ticking across
 * one minute has reached it (so a 30-second timer never does); one seen reaching 0:00, or gone or
 * expired in its last moment (the server moves the session on as the clock runs out), is up. A
 * restarted or extended timer jumps, and a jump reaches nothing.
 */
export function timerMark(before: number | null, present: boolean, running: boolean, left: number): TimerMark {
  if (before === null || before <= 0) return null;
  const steady = before >= left && before - left <= TICK_JUMP_MS;
  if (present && running) {
    if (!steady) return null;
    if (left === 0) return 'up';
    return before > ONE_MINUTE_MS && left <= ONE_MINUTE_MS ? 'one-minute' : null;
  }
  return (!present || left === 0) && before <= ENDING_MS ? 'up' : null;
}

/** Speaks a timer's marks once each; a removed timer takes its warning back. */
export function useTimerAnnouncements(present: boolean, running: boolean, left: number): void {
  const t = useT();
  const previous = useRef<number | null>(null);
  const warned = useRef(false);
  useEffect(() => {
    const mark = timerMark(previous.current, present, running, left);
    previous.current = present && running ? left : null;
    if (mark === 'up') announce(t('timer.up'), 'assertive');
    if (mark === 'one-minute') {
      warned.current = true;
      announce(t('timer.oneMinute'));
    }
    if (!present && warned.current && mark !== 'up') retract(t('timer.oneMinute'));
    if (!present) warned.current = false;
  }, [present, running, left, t]);
}

/** The idea the facilitator puts in focus, once per idea, on the phone and the projector. */
export function useFocusedIdeaAnnouncement(ideas: readonly SharedIdea[], focusId: string | null): void {
  const t = useT();
  const focused = ideas.find((idea) => idea.id === focusId) ?? null;
  const announced = useRef<string | null>(null);
  useEffect(() => {
    if (focused && announced.current !== focused.id) {
      announce(t('clarification.nowDiscussing', { number: focused.number, text: focused.text }));
    }
    announced.current = focused?.id ?? null;
  }, [focused, t]);
}
