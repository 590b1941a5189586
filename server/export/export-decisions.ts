import type { ExportView } from '../../shared/session/export-view.js';
import type { Decision } from '../../shared/session/state.js';
import type { ExportDecision, ExportGoal } from './export-types.js';
import { isolate } from './isolate.js';
import { ideaNumberLabel } from './report-text.js';
import type { Translator } from './translator.js';
import { outcomeSummary, ruleDescription } from './export-prework.js';

const PHASES = ['lobby', 'ideation', 'sharing', 'clarification', 'ranking', 'discussion', 'results'] as const;

function phaseName(tr: Translator, phase: string): string {
  const known = PHASES.find((name) => name === phase);
  return known === undefined ? phase : tr.t(`phase.${known}`);
}

function summaryOf(tr: Translator, decision: Decision, numberOf: (ideaId: string) => string): string {
  switch (decision.kind) {
    case 'phase': {
      const final = decision.to === 'ranking' && decision.round === 2;
      const phases = { from: phaseName(tr, decision.from), to: phaseName(tr, decision.to) };
      return tr.t(final ? 'decision.movedFinal' : 'decision.moved', phases);
    }
    case 'reworded':
      return tr.t('decision.reworded', {
        idea: numberOf(decision.ideaId),
        before: isolate(decision.before),
        after: isolate(decision.after),
      });
    case 'merged': {
      const sources = decision.sourceIds.map((id, index) =>
        tr.t('decision.mergedSource', { idea: numberOf(id), text: isolate(decision.sourceTexts[index] ?? '') }),
      );
      const idea = numberOf(decision.targetId);
      const text = isolate(decision.text);
      return tr.t('decision.merged', { sources: sources.join(tr.t('value.listSeparator')), idea, text });
    }
    case 'goals-adopted': {
      const ideas = decision.ideaIds.map(numberOf).join(tr.t('value.listSeparator')) || tr.t('value.none');
      return tr.t(decision.amended ? 'decision.goalsAmended' : 'decision.goalsAdopted', { ideas });
    }
    case 'goal-described': {
      const owner = decision.owner ? isolate(decision.owner) : tr.t('decision.ownerNotNamed');
      return tr.t('decision.goalDescribed', { idea: numberOf(decision.ideaId), owner });
    }
    case 'prework-themed':
      return tr.t('decision.preworkThemed', { count: decision.priorities, label: isolate(decision.label) });
    case 'prework-seeded':
      return tr.t('decision.preworkSeeded', {
        texts: decision.texts.map((text) => `"${isolate(text)}"`).join(tr.t('value.listSeparator')),
      });
    case 'ratified':
      return ratifiedSummary(tr, decision, numberOf);
  }
}

/** A closed ratification round: the rule, each goal's counts and outcome, and the reasons given. */
function ratifiedSummary(
  tr: Translator,
  decision: Extract<Decision, { kind: 'ratified' }>,
  numberOf: (ideaId: string) => string,
): string {
  const goals = decision.outcomes.map((outcome) => {
    const line = outcomeSummary(tr, numberOf(outcome.ideaId), outcome);
    if (outcome.reasons.length === 0) return line;
    const reasons = outcome.reasons.map((r) => `"${isolate(r.text)}"`).join(tr.t('value.listSeparator'));
    return `${line} ${tr.t('ratify.reasonsGiven', { reasons })}`;
  });
  return tr.t('decision.ratified', {
    round: decision.round,
    rule: ruleDescription(tr, decision.rule),
    goals: goals.join(' '),
  });
}

/** The decision log in words, oldest first: what was decided and when, never who wrote or voted what. */
export function decisionLogOf(view: ExportView, tr: Translator): ExportDecision[] {
  const numberOf = (ideaId: string): string => {
    const number = view.numbers[ideaId];
    return number === undefined ? tr.t('value.ideaNumber', { number: '?' }) : ideaNumberLabel(tr, number);
  };
  return view.decisions.map((decision) => ({
    at: new Date(decision.at).toISOString(),
    kind: decision.kind,
    summary: summaryOf(tr, decision, numberOf),
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
