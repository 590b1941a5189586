import type { PublicView } from '../../shared/session/views.js';
import type { AppState } from './app-store.js';

/** The public part of whichever view this page holds (the facilitator's view includes it). */
export function selectView(state: AppState): PublicView | null {
  return state.facilitatorView?.view ?? state.publicView?.view ?? null;
}

export function selectPhase(state: AppState): PublicView['phase'] | null {
  return selectView(state)?.phase ?? null;
}
