import { useSyncExternalStore } from 'react';

/**
 * The one place the app speaks to screen reader users without moving their focus: a polite and an
 * assertive live region, always in the page, so assistive technology has seen them before they
 * speak. Each message is said once: the same words twice in a row are dropped, and words are
 * taken away again after a while (or at once with `retract`), so nobody finds a stale "One minute
 * left." when reading the page later.
 */

export type Politeness = 'polite' | 'assertive';

interface Spoken {
  id: number;
  text: string;
}

/** Long enough for a screen reader to pick the words up, short enough not to linger in the page. */
const CLEAR_AFTER_MS = 7000;

let nextId = 1;
let lastSaid = '';
let state: Record<Politeness, Spoken | null> = { polite: null, assertive: null };
const listeners = new Set<() => void>();
const timers: Record<Politeness, ReturnType<typeof setTimeout> | undefined> = {
  polite: undefined,
  assertive: undefined,
};

function set(politeness: Politeness, spoken: Spoken | null): void {
  state = { ...state, [politeness]: spoken };
  for (const listener of listeners) listener();
}

/** Says `text` once. Errors and what the person just asked for are assertive; the rest polite. */
export function announce(text: string, politeness: Politeness = 'polite'): void {
  const words = text.trim();
  if (words === '' || words === lastSaid) return;
  lastSaid = words;
  clearTimeout(timers[politeness]);
  set(politeness, { id: nextId++, text: words });
  timers[politeness] = setTimeout(() => set(politeness, null), CLEAR_AFTER_MS);
}

/** Takes words back that no longer hold (a removed timer's warning); the same words may be said again later. */
export function retract(text: string): void {
  for (const politeness of ['polite', 'assertive'] as const) {
    if (state[politeness]?.text === text.trim()) set(politeness, null);
  }
  if (lastSaid === text.trim()) lastSaid = '';
}

/** Forgets what was said, for tests that start over. */
export function resetAnnouncer(): void {
  lastSaid = '';
  set('polite', null);
  set('assertive', null);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => state;

/** The two live regions; mounted once, at the root of the app. */
export function Announcer() {
  const spoken = useSyncExternalStore(subscribe, snapshot, snapshot);
  return (
    <>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {spoken.polite && <span key={spoken.polite.id}>{spoken.polite.text}</span>}
      </div>
      <div className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {spoken.assertive && <span key={spoken.assertive.id}>{spoken.assertive.text}</span>}
      </div>
    </>
  );
}
