import type { ExportView } from '../../shared/session/export-view.js';
import type { ResultsView } from '../../shared/session/results.js';
import type { ExportAgreement, ExportResults, ExportScoring } from './export-types.js';
import { ordinalOf } from './report-text.js';
import { translatorFor, type Translator } from './translator.js';

/** The scoring method in one sentence (or three, when weighting or a second round apply). */
export function scoringSummary(
  scoring: Pick<ExportScoring, 'ballotSize' | 'weighting' | 'rounds'>,
  ballots: number,
  tr: Translator = translatorFor('en'),
): string {
  const n = scoring.ballotSize;
  const sentences = [
    n === 1
      ? tr.t('summary.single', { ballots })
      : tr.t('summary.ranked', { ballots, n, next: n - 1, last: ordinalOf(tr, n) }),
  ];
  if (scoring.weighting === 'per-organization') sentences.push(tr.t('summary.weighted'));
  if (scoring.rounds === 2) sentences.push(tr.t('summary.final'));
  sentences.push(tr.t('summary.ties'));
  return sentences.join(tr.language === 'zh' ? '' : ' ');
}

/** The scoring method as data and in words, from the results view. */
export function scoringOf(results: ResultsView, rounds: 1 | 2, tr: Translator): ExportScoring {
  const n = results.ballotSize;
  const base = { ballotSize: n, weighting: results.weighting, rounds };
  return {
    method: 'rank-points',
    ...base,
    weightingDescription: tr.t(
      results.weighting === 'per-person' ? 'weighting.perPerson' : 'weighting.perOrganization',
    ),
    pointsByRank: Array.from({ length: n }, (_, index) => n - index),
    unrankedPoints: 0,
    tieBreaks: ['more-voters', 'more-first-places'],
    remainingTies: 'shared-rank',
    description: tr.t('scoring.description'),
    summary: scoringSummary(base, results.ballots, tr),
  };
}

function agreementOf(agreement: ResultsView['agreement']): ExportAgreement | null {
  return agreement === null ? null : { w: agreement.w, reading: agreement.reading };
}

/** Agreement, the preliminary vote, organizations, common ground and the decision rule's proposal. */
export function resultsOf(view: ExportView): ExportResults {
  const { results } = view;
  const numberOf = (ideaId: string): number => view.numbers[ideaId] ?? 0;
  return {
    agreement: agreementOf(results.agreement),
    countsWithheld: results.countsWithheld,
    preliminary: results.preliminary
      ? {
          ballots: results.preliminary.ballots,
          agreement: agreementOf(results.preliminary.agreement),
          countsWithheld: results.preliminary.countsWithheld,
        }
      : null,
    organizations: results.organizations.map((org) => ({
      name: org.name,
      ballots: org.ballots,
      order: org.order.map(numberOf),
      agreement: agreementOf(org.agreement),
      closeness: org.closeness,
    })),
    organizationsHidden: results.organizationsHidden,
    commonGround: results.commonGround
      ? { k: results.commonGround.k, ideaNumbers: results.commonGround.ideaIds.map(numberOf) }
      : null,
    decisionRule: results.decisionRule,
    proposedGoals: results.proposedGoals.map(numberOf),
  };
}
