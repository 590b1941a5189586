import type { Versioned } from '../../shared/protocol/events.js';
import type { FacilitatorView, PrivateView, PublicView } from '../../shared/session/views.js';

export interface ViewsSlice {
  publicView: Versioned<PublicView> | null;
  facilitatorView: Versioned<FacilitatorView> | null;
  privateView: Versioned<PrivateView> | null;
  /** Server clock minus this device's clock, so countdowns agree whatever the phone's clock says. */
  clockOffsetMs: number;
  /** The console's: participants with a device connected now; null until the server has said. */
  online: readonly string[] | null;
}

export const initialViews: ViewsSlice = {
  publicView: null,
  facilitatorView: null,
  privateView: null,
  clockOffsetMs: 0,
  online: null,
};

/**
 * Whether an incoming view replaces the one held. Versions only go up, so an older view that
 * arrives late is dropped; an equal one (a resync) replaces it, since views are whole.
 */
export function isCurrent<V>(held: Versioned<V> | null, incoming: Versioned<V>): boolean {
  return held === null || incoming.version >= held.version;
}
