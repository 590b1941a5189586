import { err, ok, type Result } from './result.js';
import type { SessionEvent } from './events.js';
import type { GoalDetails, SessionState } from './state.js';
import { ratificationSettingsOf } from './ratification/rule.js';

type Decision = Result<SessionEvent[]>;

/**
 * The facilitator confirms the adopted goals: the decision rule's proposal or an amended list.
 * Confirming again amends the list; the decision log keeps both.
 */
export function decideAdoptGoals(state: SessionState, ideaIds: readonly string[], at: number): Decision {
  if (ratificationSettingsOf(state.settings).rule.kind !== 'none') {
    return err('CONFLICT', 'Goals are adopted by the ratification round agreed for this session.');
  }
  const unique = [...new Set(ideaIds)];
  for (const id of unique) {
    const idea = state.ideas.get(id);
    if (!idea || idea.status !== 'active' || idea.number === null)
      return err('NOT_FOUND', 'A goal is not on the list.');
  }
  return ok([{ type: 'goalsAdopted', ideaIds: unique, at }]);
}

/** The facilitator records a goal's rationale, owner, indicator and target date. */
export function decideDescribeGoal(state: SessionState, ideaId: string, details: GoalDetails, at: number): Decision {
  if (!state.goals.adopted?.includes(ideaId)) return err('NOT_FOUND', 'That idea is not an adopted goal.');
  if (details.targetDate !== '' && Number.isNaN(Date.parse(details.targetDate))) {
    return err('BAD_REQUEST', 'The target date is not a date.');
  }
  return ok([{ type: 'goalDescribed', ideaId, at, ...details }]);
}
