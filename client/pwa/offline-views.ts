import type { Versioned } from '../../shared/protocol/events.js';
import type { PrivateView, PublicView } from '../../shared/session/views.js';
import { appStore, type AppState } from '../store/app-store.js';

/**
 * A participant's last views, kept on the device beside its token, drafts and queue, so a phone
 * that reloads without network (its app then comes from the service worker) still shows its
 * screen and its ideas. The server's views replace them as soon as it answers.
 */
interface Snapshot {
  publicView: Versioned<PublicView>;
  privateView: Versioned<PrivateView> | null;
}

const key = (code: string) => `roundtable:views:${code}`;
/** Views change with every idea in the room: write at most this often. */
const SAVE_DELAY_MS = 300;

function load(code: string): Snapshot | null {
  try {
    const value = JSON.parse(localStorage.getItem(key(code)) ?? 'null') as Partial<Snapshot> | null;
    if (!value?.publicView || typeof value.publicView.version !== 'number') return null;
    return { publicView: value.publicView, privateView: value.privateView ?? null };
  } catch {
    return null;
  }
}

function store(code: string, snapshot: Snapshot | null): void {
  try {
    if (snapshot) localStorage.setItem(key(code), JSON.stringify(snapshot));
    else localStorage.removeItem(key(code));
  } catch {
    // Storage full or refused: an offline reload then shows less, nothing else breaks.
  }
}

/** The room whose views this page holds as a participant. */
const participantCode = (state: AppState) => (state.attachment?.role === 'participant' ? state.attachment.code : null);

let started = false;

/** Saves a participant's views as they change and puts them back when the page attaches again. */
export function keepViewsOnDevice(): void {
  if (started) return;
  started = true;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const saveNow = () => {
    timer = null;
    const state = appStore.getState();
    const code = participantCode(state);
    if (code && state.publicView) store(code, { publicView: state.publicView, privateView: state.privateView });
  };
  appStore.subscribe((state, previous) => {
    const code = participantCode(state);
    const left = previous.attachment?.code;
    // Removed from the room, or the room was deleted: nothing of it stays on the device.
    if (left && (state.removed || state.attachError === 'NOT_FOUND')) store(left, null);
    if (!code) return;
    if (!state.publicView && code !== participantCode(previous)) {
      const saved = load(code);
      if (saved) appStore.setState(saved);
      return;
    }
    if (state.publicView !== previous.publicView || state.privateView !== previous.privateView) {
      timer ??= setTimeout(saveNow, SAVE_DELAY_MS);
    }
  });
  window.addEventListener('pagehide', saveNow);
}
