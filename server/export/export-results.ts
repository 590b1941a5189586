import type { ExportView } from '../../shared/session/export-view.js';
import type { ResultsView } from '../../shared/session/results.js';
import type { ExportAgreement, ExportResults, ExportScoring } from './export-types.js';

/** English ordinal for small numbers: 1st, 2nd, 3rd, 4th, 11th, 21st. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** The scoring method in one sentence (or three, when weighting or a second round apply). */
export function scoringSummary(
  scoring: Pick<ExportScoring, 'ballotSize' | 'weighting' | 'rounds'>,
  ballots: number,
): string {
  const n = scoring.ballotSize;
  const who = `Each of the ${ballots} ${ballots === 1 ? 'ballot' : 'ballots'}`;
  const points =
    n === 1
      ? `${who} named one idea, which earned 1 point`
      : `${who} ranked up to ${n} ideas: a first choice earned ${n} points, the next ${n - 1}, down to 1 point for a ${ordinal(n)} choice`;
  const sentences = [`${points}; unranked ideas earned 0.`];
  if (scoring.weighting === 'per-organization') {
    sentences.push("Each organization's ballots together weigh the same, whatever its head count.");
  }
  if (scoring.rounds === 2)
    sentences.push('These are the final vote, held after the group discussed a preliminary vote.');
  sentences.push('Ties were broken by more voters, then more first places; ideas still tied share a rank.');
  return sentences.join(' ');
}

/** The scoring method as data and in words, from the results view. */
export function scoringOf(results: ResultsView, rounds: 1 | 2): ExportScoring {
  const n = results.ballotSize;
  const base = { ballotSize: n, weighting: results.weighting, rounds };
  return {
    method: 'rank-points',
    ...base,
    weightingDescription: results.weightingDescription,
    pointsByRank: Array.from({ length: n }, (_, index) => n - index),
    unrankedPoints: 0,
    tieBreaks: ['more-voters', 'more-first-places'],
    remainingTies: 'shared-rank',
    description: results.scoring,
    summary: scoringSummary(base, results.ballots),
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
