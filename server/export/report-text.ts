import { ordinal } from './export-results.js';
import type { DecisionRule } from '../../shared/session/settings.js';
import type { ExportAgreement, ExportIdea, ExportModel } from './export-types.js';

// Wording shared by the PDF and the Markdown report, so the two say the same thing.

export const REPORT_SUBTITLE = 'Nominal Group Technique workshop: results';
export const ANONYMITY_NOTE =
  'Ballots are anonymous: no ballot is linked to a person, and individual ballots are not part of this report.';
export const TIE_NOTE = 'Ideas marked "tie" are still equal after the tie-breaks and share their rank.';
export const COUNTS_WITHHELD_NOTE =
  'How many ballots ranked each idea, at which rank, and the agreement are not reported for a vote marked "–": ' +
  'with organizations of these sizes weighing the same, they and the weighted points together would let a small ' +
  "group's ballots be worked out.";
export const NUMBER_NOTE = '"No." is the number the idea had when it was shared.';

/** The paragraphs that close the report: how the ideas were scored and what it leaves out. */
export function closingNotes(model: ExportModel): string[] {
  return [model.scoring.description, model.scoring.weightingDescription, `${TIE_NOTE} ${NUMBER_NOTE}`, ANONYMITY_NOTE];
}

/** An ISO timestamp's calendar date (UTC), YYYY-MM-DD: unambiguous in every country. */
export function dateOf(iso: string): string {
  return iso.slice(0, 10);
}

/** An ISO timestamp to the minute, in UTC, for the "generated" line. */
export function minuteOf(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** "4" or "4 (tie)". */
export function rankLabel(idea: ExportIdea): string {
  return idea.tied ? `${idea.rank} (tie)` : String(idea.rank);
}

/** Points as a whole number, or to two decimals when weighting made them fractional. */
export function pointsLabel(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(2);
}

/** "W = 0.42 (moderate)", or a dash when it cannot be computed. */
export function agreementLabel(agreement: ExportAgreement | null): string {
  return agreement === null ? '–' : `W = ${agreement.w.toFixed(2)} (${agreement.reading})`;
}

/** The decision rule agreed before voting, in words. */
export function decisionRuleLabel(rule: DecisionRule): string {
  return rule.kind === 'top-k'
    ? `adopt the top ${rule.k} ${rule.k === 1 ? 'idea' : 'ideas'} (ideas tied at the boundary included)`
    : `adopt every idea ranked on at least ${rule.percent}% of the ballots`;
}

/** "No. 4, No. 7", or "none". */
export function ideaNumbersLabel(numbers: readonly number[]): string {
  return numbers.length === 0 ? 'none' : numbers.map((n) => `No. ${n}`).join(', ');
}

/** The outcome paragraphs: agreement, the decision rule's proposal, common ground, hidden organizations. */
export function outcomeLines(model: ExportModel): string[] {
  const { results } = model;
  const lines = [
    `Agreement among the ballots (Kendall's W, 0 = none, 1 = complete): ${agreementLabel(results.agreement)}.`,
  ];
  if (results.preliminary) {
    lines.push(
      `Agreement in the preliminary vote (${results.preliminary.ballots} ballots): ${agreementLabel(results.preliminary.agreement)}.`,
    );
  }
  lines.push(
    `Decision rule agreed before voting: ${decisionRuleLabel(results.decisionRule)}. It proposes ${ideaNumbersLabel(results.proposedGoals)}.`,
  );
  if (results.commonGround) {
    lines.push(
      `Common ground, in the top ${results.commonGround.k} of every organization shown below: ${ideaNumbersLabel(results.commonGround.ideaNumbers)}.`,
    );
  }
  if (results.organizationsHidden > 0) {
    const count = results.organizationsHidden;
    const them = count === 1 ? 'organization is' : 'organizations are';
    lines.push(
      `${count} ${them} counted in the group result but not broken down: fewer than ${model.session.settings.minBallots} ballots, or a breakdown would let a smaller group's ballots be worked out.`,
    );
  }
  if (results.countsWithheld || results.preliminary?.countsWithheld) lines.push(COUNTS_WITHHELD_NOTE);
  return lines;
}

/** "Rank 1 (tie), 23.83 points, on 9 of 11 ballots": an adopted goal's result. */
export function goalResultLine(model: ExportModel, ideaNumber: number): string {
  const idea = model.ideas.find((candidate) => candidate.number === ideaNumber);
  if (!idea) return 'Not on the ranked list.';
  const on = idea.voters === null ? '' : `, on ${idea.voters} of ${model.session.ballots} ballots`;
  return `Rank ${rankLabel(idea)}, ${pointsLabel(idea.points)} points${on}.`;
}

/** A count, or a dash when it is withheld. */
export function countLabel(count: number | null): string {
  return count === null ? '–' : String(count);
}

/** Mean rank to two decimals, or a dash when nobody ranked the idea (or it is withheld). */
export function meanRankLabel(meanRank: number | null): string {
  return meanRank === null ? '–' : meanRank.toFixed(2);
}

/** The idea's points as a share of the top score, 0..1, for the bar chart. */
export function barFraction(idea: ExportIdea, model: ExportModel): number {
  const top = model.ideas[0]?.points ?? 0;
  return top > 0 ? idea.points / top : 0;
}

/** "7 participants from 3 organizations". */
export function participantsLine(model: ExportModel): string {
  const { participants, organizations } = model.session;
  const represented = organizations.filter((org) => org.participants > 0).length;
  const people = `${participants} ${participants === 1 ? 'participant' : 'participants'}`;
  if (represented === 0) return people;
  return `${people} from ${represented} ${represented === 1 ? 'organization' : 'organizations'}`;
}

/** Organizations with their head counts, as plain parts the caller escapes or lays out. */
export function organizationParts(model: ExportModel): { name: string; count: string }[] {
  const parts = model.session.organizations.map((org) => ({ name: org.name, count: String(org.participants) }));
  const without = model.session.participantsWithoutOrganization;
  if (without > 0 && parts.length > 0) parts.push({ name: 'No organization given', count: String(without) });
  return parts;
}

/** Column headings of the rank distribution: 1st, 2nd, ... Nth. */
export function rankHeadings(model: ExportModel): string[] {
  return model.scoring.pointsByRank.map((_, index) => ordinal(index + 1));
}

/** Notes on where an idea came from: the preliminary vote, an earlier session. */
export function historyLines(idea: ExportIdea): string[] {
  const lines: string[] = [];
  if (idea.preliminaryRank !== null) lines.push(`Rank in the preliminary vote: ${idea.preliminaryRank}.`);
  if (idea.previousRank !== null)
    lines.push(`Carried over from an earlier session, where it ranked ${idea.previousRank}.`);
  return lines;
}

/** "Placed 1st on 3 ballots, 2nd on 1, 3rd on 2": the rank counts in words; null if nobody ranked it. */
export function rankCountsLine(idea: ExportIdea): string | null {
  const parts = (idea.rankCounts ?? []).flatMap((count, index) => (count > 0 ? [{ place: ordinal(index + 1), count }] : []));
  const [first, ...rest] = parts;
  if (!first) return null;
  const ballots = first.count === 1 ? 'ballot' : 'ballots';
  return `Placed ${[`${first.place} on ${first.count} ${ballots}`, ...rest.map((p) => `${p.place} on ${p.count}`)].join(', ')}.`;
}
