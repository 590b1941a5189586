import type { FacilitatorView } from '../../../shared/session/views.js';

/**
 * The one obvious next step in this phase, besides moving on: reveal the next round, focus the
 * next idea, adopt or describe the goals. Null when moving on is itself the next step.
 */
export type NextAction =
  | { kind: 'reveal'; round: number }
  | { kind: 'focus'; ideaId: string; number: number }
  | { kind: 'adopt' }
  | { kind: 'describe'; missing: number };

/** Decides the next action from the facilitator's view alone. */
export function nextAction(view: FacilitatorView): NextAction | null {
  switch (view.phase) {
    case 'sharing':
      return view.ideasUnshared > 0 ? { kind: 'reveal', round: view.sharingRound + 1 } : null;
    case 'clarification': {
      const ordered = [...view.ideas].sort((a, b) => a.number - b.number);
      const at = ordered.findIndex((idea) => idea.id === view.focusId);
      const next = ordered[at + 1];
      return next ? { kind: 'focus', ideaId: next.id, number: next.number } : null;
    }
    case 'results': {
      if (!view.results) return null;
      if (view.goals === null) return { kind: 'adopt' };
      const missing = view.goals.filter((goal) => goal.owner === '' || goal.indicator === '').length;
      return missing > 0 ? { kind: 'describe', missing } : null;
    }
    default:
      return null;
  }
}
