import { useSyncExternalStore } from 'react';
import { normalizeRoomCode } from '../shared/session/room-code.js';

/** The app's screens by URL. A code that cannot be a room code is kept raw so the screen can say so. */
export type Route =
  | { name: 'landing' }
  | { name: 'join'; code: string | null }
  | { name: 'display'; code: string | null }
  | { name: 'host'; code: string | null }
  | { name: 'prework' }
  | { name: 'not-found' };

const ROOM_SCREENS = ['join', 'display', 'host'] as const;

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length === 0) return { name: 'landing' };
  // A representative's pre-work form: its secret is in the fragment, never in the path.
  if (parts.length === 1 && parts[0] === 'prework') return { name: 'prework' };
  const [screen, raw] = parts;
  const roomScreen = ROOM_SCREENS.find((name) => name === screen);
  if (roomScreen && raw !== undefined && parts.length === 2) {
    return { name: roomScreen, code: normalizeRoomCode(decodeURIComponent(raw)) };
  }
  return { name: 'not-found' };
}

const NAVIGATED = 'roundtable:navigated';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

/** The path shown in the address bar; the fragment (a facilitator token) is read separately. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** Moves to another screen without reloading, so the connection and its state carry over. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATED));
  window.scrollTo(0, 0);
}
