import type { ParticipantUpdate, Versioned, ViewPatch } from '../../shared/protocol/events.js';
import type { FacilitatorView, PublicView } from '../../shared/session/views.js';
import type { AppState, AppStore } from '../store/app-store.js';
import { isCurrent } from '../store/views-slice.js';
import type { ServerClock } from './server-clock.js';

type ViewKey = 'publicView' | 'facilitatorView';
type ViewOf<K extends ViewKey> = K extends 'publicView' ? PublicView : FacilitatorView;

/**
 * Takes each view the server pushes into the store if it is not older than the one held. A
 * participant's private view that names the public version following it is held back until that
 * version is applied, then both go into the store in one update: the server sends the room's
 * public change once for everyone, after the private views of the same commit.
 */
export function createViewIntake(store: AppStore, clock: ServerClock, resync: () => void) {
  /** A private view waiting for the public message of its commit, which comes next on this connection. */
  let waiting: ParticipantUpdate | null = null;

  /** The state after a whole view, or null to keep what is held. */
  function viewChange<K extends ViewKey>(key: K, message: Versioned<ViewOf<K>>): Partial<AppState> | null {
    const state = store.getState();
    if (state.attachment?.code !== message.view.code) return null;
    const held = state[key] as Versioned<PublicView> | null;
    if (!isCurrent(held, message)) return null;
    return { [key]: message, clockOffsetMs: clock.sample(message.serverTime) } as Partial<AppState>;
  }

  /**
   * The state after merging a patch into the view held at its base version. A gap (a patch
   * missed, or a view held from before a reconnect) means asking for the whole view again.
   */
  function patchChange<K extends ViewKey>(key: K, message: ViewPatch<ViewOf<K>>): Partial<AppState> | null {
    const held = store.getState()[key] as Versioned<PublicView> | null;
    if (held === null || message.version <= held.version) return null;
    if (held.version !== message.baseVersion) {
      resync();
      return null;
    }
    const view = { ...held.view, ...message.changes };
    return {
      [key]: { version: message.version, serverTime: message.serverTime, view },
      clockOffsetMs: clock.sample(message.serverTime),
    } as Partial<AppState>;
  }

  function privateChange(update: ParticipantUpdate['private']): Partial<AppState> | null {
    // Any private view that arrives after an ack was made after that commit, so it shows what the
    // acknowledged actions did. (One that changes nothing here, a pass, waits for the next view.)
    return isCurrent(store.getState().privateView, update) ? { privateView: update, acked: [] } : null;
  }

  /** Applies a view change, with the private view that waited for it: one store update, one render. */
  function accept(change: Partial<AppState> | null): void {
    const version = change?.publicView?.version;
    const due = waiting && version !== undefined && version >= (waiting.publicFollows ?? 0) ? waiting : null;
    if (due) waiting = null;
    const mine = due && privateChange(due.private);
    if (change || mine) store.setState({ ...change, ...mine });
  }

  function acceptUpdate(message: ParticipantUpdate): void {
    const state = store.getState();
    if (state.attachment?.role !== 'participant') return;
    const follows = message.publicFollows;
    if (follows !== undefined && (state.publicView?.version ?? -1) < follows) waiting = message;
    else accept(privateChange(message.private));
  }

  return {
    view: <K extends ViewKey>(key: K, message: Versioned<ViewOf<K>>) => accept(viewChange(key, message)),
    patch: <K extends ViewKey>(key: K, message: ViewPatch<ViewOf<K>>) => accept(patchChange(key, message)),
    update: acceptUpdate,
    /**
     * Drops a held private view whose public message will not come: the connection closed, or the
     * page attached as someone else. (A resync on a live connection keeps it: the message still
     * follows on this connection, and the new greeting replaces it anyway.)
     */
    forget: () => {
      waiting = null;
    },
  };
}

export type ViewIntake = ReturnType<typeof createViewIntake>;
