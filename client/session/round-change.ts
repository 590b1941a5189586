import type { Versioned } from '../../shared/protocol/events.js';
import type { PublicView } from '../../shared/session/views.js';
import type { AppState } from '../store/app-store.js';

/**
 * A new voting round starts with no ballots (protocol: "the final round starts with no ballots"),
 * but the server re-sends a private view only when that participant's own data changes. So the
 * ballot held from the earlier round is dropped when the public view's round goes up; otherwise the
 * phone would say "your ranking is in" for a vote it has not cast in this round.
 */
export function privateAfterRound(
  state: Pick<AppState, 'privateView'>,
  held: Versioned<PublicView> | null,
  next: Pick<PublicView, 'round'>,
): Partial<AppState> {
  const mine = state.privateView;
  if (!mine || !held || next.round <= held.view.round || mine.view.myBallot === null) return {};
  return { privateView: { ...mine, view: { ...mine.view, myBallot: null } } };
}
