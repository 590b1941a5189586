import type { DecisionRule } from '../../shared/session/settings.js';
import type { ExportAgreement, ExportIdea, ExportModel } from './export-types.js';
import { translatorFor, type Translator } from './translator.js';

// Wording shared by the PDF, the Markdown and the CSV reports, so they say the same thing in
// the report's language. Participants' text is passed through as typed, never translated.

/** The translator of the language the model was built in. */
export function translatorOf(model: ExportModel): Translator {
  return translatorFor(model.language);
}

/** The paragraphs that close the report: how the ideas were scored and what it leaves out. */
export function closingNotes(model: ExportModel): string[] {
  const tr = translatorOf(model);
  return [
    model.scoring.description,
    model.scoring.weightingDescription,
    `${tr.t('note.tie')} ${tr.t('note.number')}`,
    tr.t('note.anonymity'),
  ];
}

/** "1st", "1er", "1.º", "第1": a place on a ballot. */
export function ordinalOf(tr: Translator, rank: number): string {
  return tr.t('rank.ordinal', { rank });
}

/** "4" or "4 (tie)". */
export function rankLabel(tr: Translator, idea: ExportIdea): string {
  const rank = tr.number(idea.rank);
  return idea.tied ? tr.t('value.rankTie', { rank }) : rank;
}

/** Weighted points to one decimal, as the results screen shows them; whole points as they are. */
export function roundedPoints(points: number): number {
  return Math.round(points * 10) / 10;
}

/** Mean rank to two decimals, as the results screen shows it. */
export function roundedMeanRank(meanRank: number): number {
  return Math.round(meanRank * 100) / 100;
}

/** Points as the screens show them: whole, or to one decimal when weighting made them fractional. */
export function pointsLabel(tr: Translator, points: number): string {
  return tr.number(roundedPoints(points), 1);
}

/** "W = 0.42 (moderate)", or a dash when it cannot be computed. */
export function agreementLabel(tr: Translator, agreement: ExportAgreement | null): string {
  if (agreement === null) return '–';
  return tr.t('value.agreement', { w: tr.number(agreement.w, 2, true), reading: tr.t(`reading.${agreement.reading}`) });
}

/** The decision rule agreed before voting, in words. */
export function decisionRuleLabel(tr: Translator, rule: DecisionRule): string {
  if (rule.kind === 'top-k') return tr.t('rule.topK', { k: rule.k });
  const percent = new Intl.NumberFormat(tr.locale, { style: 'percent' }).format(rule.percent / 100);
  return tr.t('rule.percent', { percent });
}

/** "No. 4". */
export function ideaNumberLabel(tr: Translator, number: number): string {
  return tr.t('value.ideaNumber', { number: tr.number(number) });
}

/** "No. 4, No. 7", or "none". */
export function ideaNumbersLabel(tr: Translator, numbers: readonly number[]): string {
  if (numbers.length === 0) return tr.t('value.none');
  return numbers.map((n) => ideaNumberLabel(tr, n)).join(tr.t('value.listSeparator'));
}

/** The outcome paragraphs: agreement, the decision rule's proposal, common ground, hidden organizations. */
export function outcomeLines(model: ExportModel): string[] {
  const tr = translatorOf(model);
  const { results } = model;
  const lines = [tr.t('outcome.agreement', { agreement: agreementLabel(tr, results.agreement) })];
  if (results.preliminary) {
    const { ballots, agreement } = results.preliminary;
    lines.push(tr.t('outcome.preliminary', { ballots, agreement: agreementLabel(tr, agreement) }));
  }
  const rule = decisionRuleLabel(tr, results.decisionRule);
  lines.push(tr.t('outcome.rule', { rule, ideas: ideaNumbersLabel(tr, results.proposedGoals) }));
  if (results.commonGround) {
    const { k, ideaNumbers } = results.commonGround;
    lines.push(tr.t('outcome.commonGround', { k, ideas: ideaNumbersLabel(tr, ideaNumbers) }));
  }
  if (results.organizationsHidden > 0) {
    lines.push(tr.t('outcome.hidden', { count: results.organizationsHidden, min: model.session.settings.minBallots }));
  }
  if (results.countsWithheld || results.preliminary?.countsWithheld) lines.push(tr.t('note.countsWithheld'));
  return lines;
}

/** "Rank 1 (tie), 23.8 points, on 9 of 11 ballots": an adopted goal's result. */
export function goalResultLine(model: ExportModel, ideaNumber: number): string {
  const tr = translatorOf(model);
  const idea = model.ideas.find((candidate) => candidate.number === ideaNumber);
  if (!idea) return tr.t('goal.notOnList');
  const values = { rank: rankLabel(tr, idea), points: pointsLabel(tr, idea.points) };
  if (idea.voters === null) return tr.t('goal.result', values);
  const counts = { voters: tr.number(idea.voters), ballots: tr.number(model.session.ballots) };
  return tr.t('goal.resultVoters', { ...values, ...counts });
}

/** A count, or a dash when it is withheld. */
export function countLabel(tr: Translator, count: number | null): string {
  return count === null ? '–' : tr.number(count);
}

/** Mean rank to two decimals, or a dash when nobody ranked the idea (or it is withheld). */
export function meanRankLabel(tr: Translator, meanRank: number | null): string {
  return meanRank === null ? '–' : tr.number(meanRank, 2, true);
}

/** The idea's points as a share of the top score, 0..1, for the bar chart. */
export function barFraction(idea: ExportIdea, model: ExportModel): number {
  const top = model.ideas[0]?.points ?? 0;
  return top > 0 ? idea.points / top : 0;
}

/** "7 participants from 3 organizations". */
export function participantsLine(model: ExportModel): string {
  const tr = translatorOf(model);
  const { participants, organizations } = model.session;
  const represented = organizations.filter((org) => org.participants > 0).length;
  const people = tr.t('participants.people', { participants });
  if (represented === 0) return people;
  return tr.t('participants.fromOrganizations', { people, organizations: represented });
}

/** Organizations with their head counts, as plain parts the caller escapes or lays out. */
export function organizationParts(model: ExportModel): { name: string; count: string }[] {
  const tr = translatorOf(model);
  const parts = model.session.organizations.map((org) => ({ name: org.name, count: tr.number(org.participants) }));
  const without = model.session.participantsWithoutOrganization;
  if (without > 0 && parts.length > 0) parts.push({ name: tr.t('organization.none'), count: tr.number(without) });
  return parts;
}

/** Column headings of the rank distribution: 1st, 2nd, ... Nth. */
export function rankHeadings(model: ExportModel): string[] {
  const tr = translatorOf(model);
  return model.scoring.pointsByRank.map((_, index) => ordinalOf(tr, index + 1));
}

/** Notes on where an idea came from: the preliminary vote, an earlier session. */
export function historyLines(tr: Translator, idea: ExportIdea): string[] {
  const lines: string[] = [];
  if (idea.preliminaryRank !== null) lines.push(tr.t('history.preliminary', { rank: tr.number(idea.preliminaryRank) }));
  if (idea.previousRank !== null) lines.push(tr.t('history.previous', { rank: tr.number(idea.previousRank) }));
  return lines;
}

/** "Placed 1st on 3 ballots, 2nd on 1, 3rd on 2": the rank counts in words; null if nobody ranked it. */
export function rankCountsLine(tr: Translator, idea: ExportIdea): string | null {
  const parts = (idea.rankCounts ?? []).flatMap((count, index) =>
    count > 0 ? [{ place: ordinalOf(tr, index + 1), count }] : [],
  );
  const [first, ...rest] = parts;
  if (!first) return null;
  const places = [
    tr.t('rankCounts.first', first),
    ...rest.map((part) => tr.t('rankCounts.more', { place: part.place, count: tr.number(part.count) })),
  ];
  return tr.t('rankCounts.line', { places: places.join(tr.t('value.listSeparator')) });
}
