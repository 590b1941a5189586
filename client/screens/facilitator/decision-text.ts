import type { Decision } from '../../../shared/session/state.js';
import type { MessageKey, Translate } from '../../i18n/index.js';

/** What the log knows of an idea: its number and current wording, if it is still on the list. */
export type IdeaLookup = (ideaId: string) => { number: number; text: string } | undefined;

function phaseLine(t: Translate, decision: Extract<Decision, { kind: 'phase' }>): string {
  const { from, to } = decision;
  if (from === 'clarification' && to === 'ranking') return t('host.log.votingOpened');
  if (from === 'discussion' && to === 'ranking') return t('host.log.finalVoteOpened');
  if (from === 'ranking' && to === 'discussion') return t('host.log.preliminaryClosed');
  if (from === 'ranking' && to === 'results') return t('host.log.votingClosed');
  return t('host.log.phase', { from: t(`phase.${from}` as MessageKey), to: t(`phase.${to}` as MessageKey) });
}

/**
 * One decision in words, with the originals of rewordings and merges. Built only from the log
 * entry and the public list of ideas, so it cannot name an author or a voter.
 */
export function decisionText(t: Translate, decision: Decision, lookup: IdeaLookup): string {
  const ref = (ideaId: string) => {
    const idea = lookup(ideaId);
    return idea ? `#${idea.number}` : t('host.log.removedIdea');
  };
  switch (decision.kind) {
    case 'phase':
      return phaseLine(t, decision);
    case 'reworded':
      return t('host.log.reworded', { idea: ref(decision.ideaId), before: decision.before, after: decision.after });
    case 'merged':
      return t('host.log.merged', {
        idea: ref(decision.targetId),
        sources: decision.sourceTexts.map((text) => `“${text}”`).join(', '),
        text: decision.text,
      });
    case 'goals-adopted': {
      const ideas = decision.ideaIds.length === 0 ? t('host.log.none') : decision.ideaIds.map(ref).join(', ');
      return t(decision.amended ? 'host.log.goalsAmended' : 'host.log.goalsAdopted', { ideas });
    }
    case 'goal-described':
      return t('host.log.goalDescribed', {
        idea: ref(decision.ideaId),
        owner: decision.owner || t('host.log.noOwner'),
      });
    case 'prework-themed':
      return t('host.log.preworkThemed', { count: decision.priorities, label: decision.label });
    case 'prework-seeded':
      return t('host.log.preworkSeeded', { texts: decision.texts.map((text) => `“${text}”`).join(', ') });
    case 'ratified':
      return t('host.log.ratified', {
        round: decision.round,
        adopted:
          decision.outcomes
            .filter((o) => o.verdict.adopted)
            .map((o) => ref(o.ideaId))
            .join(', ') || t('host.log.none'),
        count: decision.outcomes.length,
      });
    default:
      return assertNever(decision);
  }
}

function assertNever(value: never): never {
  throw new Error(`unknown decision ${JSON.stringify(value)}`);
}
