import type { ResultsView } from '../../../../shared/session/results.js';
import type { GoalView } from '../../../../shared/session/views.js';

/**
 * The selection the facilitator starts from: what was adopted, else the rule's proposal. Kept in
 * the order of the results, so the adopted goals read best first whatever order they were ticked.
 */
export function startingSelection(results: ResultsView, goals: GoalView[] | null): string[] {
  return goals ? goals.map((goal) => goal.ideaId) : results.proposedGoals;
}

export function inResultsOrder(results: ResultsView, ids: readonly string[]): string[] {
  const chosen = new Set(ids);
  return results.lines.filter((line) => chosen.has(line.ideaId)).map((line) => line.ideaId);
}

export function sameSelection(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
