import type { ExportView } from '../../shared/session/export-view.js';
import type { GoalOutcome } from '../../shared/session/ratification/ratification-types.js';
import type { RatificationRule } from '../../shared/session/ratification/rule.js';
import {
  ANSWER_NAMES,
  type ExportPrework,
  type ExportRatification,
  type ExportRatifiedGoal,
} from './export-prework-types.js';
import { isolate } from './isolate.js';
import type { Translator } from './translator.js';

/** The landscape before the room; null when no organization did pre-work. */
export function preworkOf(view: ExportView): ExportPrework | null {
  const { prework } = view;
  const answered = prework.organizations.filter((org) => org.updatedAt !== null);
  if (answered.length === 0) return null;
  const themeLabel = new Map(prework.themes.map((theme) => [theme.id, theme.label]));
  return {
    organizations: answered.map((org) => ({
      name: org.name,
      priorities: org.priorities.map((p) => ({
        rank: p.rank,
        text: p.text,
        theme: p.themeId === null ? null : (themeLabel.get(p.themeId) ?? null),
      })),
      explicitInterests: org.explicitInterests,
      facilitatorOnly: { implicitInterests: org.implicitInterests },
    })),
    themes: prework.themes.map((theme) => ({
      label: theme.label,
      named: theme.priorities.map((p) => ({ organization: p.organization, rank: p.rank, text: p.text })),
      mergedFrom: theme.mergedFrom,
      seeded: theme.seeded,
    })),
    commonGround: prework.commonGround.map((id) => themeLabel.get(id) ?? ''),
  };
}

/** The agreed rule in words. */
export function ruleDescription(tr: Translator, rule: RatificationRule): string {
  switch (rule.kind) {
    case 'none':
      return tr.t('ratify.rule.none');
    case 'unanimity':
      return tr.t('ratify.rule.unanimity');
    case 'consensus':
      return tr.t('ratify.rule.consensus');
    case 'majority':
      return tr.t('ratify.rule.majority', { percent: rule.percent });
    case 'veto':
      return tr.t('ratify.rule.veto', {
        percent: rule.percent,
        organizations: rule.organizations.map(isolate).join(tr.t('value.listSeparator')),
      });
  }
}

/** One goal's outcome in words: "No. 3 adopted (4 support, 1 can live with it, 0 object)". */
export function outcomeSummary(tr: Translator, idea: string, outcome: GoalOutcome): string {
  const { verdict, counts } = outcome;
  const result = verdict.adopted
    ? tr.t('ratify.adopted')
    : verdict.reason === 'veto'
      ? tr.t('ratify.vetoed', { organizations: verdict.vetoedBy.map(isolate).join(tr.t('value.listSeparator')) })
      : tr.t('ratify.notAdopted');
  return tr.t('ratify.goalOutcome', {
    idea,
    result,
    support: counts.support,
    live: counts.live,
    object: counts.object,
  });
}

function goalOf(view: ExportView, tr: Translator, outcome: GoalOutcome): ExportRatifiedGoal {
  const number = view.numbers[outcome.ideaId] ?? 0;
  const { support, live, object } = outcome.counts;
  return {
    ideaNumber: number,
    text: outcome.text,
    support,
    canLiveWithIt: live,
    object,
    adopted: outcome.verdict.adopted,
    reason: outcome.verdict.adopted ? null : outcome.verdict.reason,
    vetoedBy: !outcome.verdict.adopted && outcome.verdict.reason === 'veto' ? outcome.verdict.vetoedBy : [],
    reasons: outcome.reasons.map((r) => ({ answer: ANSWER_NAMES[r.answer], text: r.text })),
    byOrganization: outcome.byOrganization.map((o) => ({
      name: o.name,
      support: o.support,
      canLiveWithIt: o.live,
      object: o.object,
    })),
    summary: outcomeSummary(tr, tr.t('value.ideaNumber', { number }), outcome),
  };
}

/** The rule and every closed ratification round; null when the session ratifies nothing. */
export function ratificationOf(view: ExportView, tr: Translator): ExportRatification | null {
  const { settings, rounds } = view.ratification;
  if (settings.rule.kind === 'none') return null;
  return {
    rule: settings.rule,
    voters: settings.voters,
    ruleDescription: ruleDescription(tr, settings.rule),
    rounds: rounds.map((round) => ({
      round: round.round,
      goals: (round.outcomes ?? []).map((outcome) => goalOf(view, tr, outcome)),
    })),
  };
}
