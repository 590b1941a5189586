import type { ExportView } from '../../shared/session/export-view.js';
import type { Decision } from '../../shared/session/state.js';
import type { ExportDecision, ExportGoal } from './export-types.js';

const PHASE_NAMES: Record<string, string> = {
  lobby: 'the lobby',
  ideation: 'silent writing',
  sharing: 'round-robin sharing',
  clarification: 'clarification',
  ranking: 'private ranking',
  discussion: 'discussion of the preliminary vote',
  results: 'results',
};

function phaseName(phase: string): string {
  return PHASE_NAMES[phase] ?? phase;
}

function summaryOf(decision: Decision, numberOf: (ideaId: string) => string): string {
  switch (decision.kind) {
    case 'phase': {
      const round = decision.to === 'ranking' && decision.round === 2 ? ' (final vote)' : '';
      return `Moved from ${phaseName(decision.from)} to ${phaseName(decision.to)}${round}.`;
    }
    case 'reworded':
      return `Idea ${numberOf(decision.ideaId)} reworded from "${decision.before}" to "${decision.after}".`;
    case 'merged': {
      const sources = decision.sourceIds.map((id, index) => `${numberOf(id)} ("${decision.sourceTexts[index] ?? ''}")`);
      return `Merged ${sources.join(', ')} into idea ${numberOf(decision.targetId)}, now "${decision.text}".`;
    }
    case 'goals-adopted': {
      const list = decision.ideaIds.map(numberOf).join(', ');
      return `${decision.amended ? 'Adopted goals amended' : 'Goals adopted'}: ${list || 'none'}.`;
    }
    case 'goal-described':
      return `Goal ${numberOf(decision.ideaId)} described; owner: ${decision.owner || 'not named'}.`;
  }
}

/** The decision log in words, oldest first: what was decided and when, never who wrote or voted what. */
export function decisionLogOf(view: ExportView): ExportDecision[] {
  const numberOf = (ideaId: string): string => `No. ${view.numbers[ideaId] ?? '?'}`;
  return view.decisions.map((decision) => ({
    at: new Date(decision.at).toISOString(),
    kind: decision.kind,
    summary: summaryOf(decision, numberOf),
  }));
}

/** The adopted goals as the screens show them; null until the facilitator confirms them. */
export function goalsOf(view: ExportView): ExportGoal[] | null {
  const goals = view.goals;
  if (goals === null) return null;
  return goals.map((goal) => ({
    ideaNumber: goal.number,
    statement: goal.text,
    owner: goal.owner,
    indicator: goal.indicator,
    targetDate: goal.targetDate,
    rationale: goal.rationale,
  }));
}
