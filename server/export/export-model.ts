import type { ExportView } from '../../shared/session/export-view.js';
import type { ExportLanguage } from './export-language.js';
import { translatorFor } from './translator.js';
import { decisionLogOf, goalsOf } from './export-decisions.js';
import { resultsOf, scoringOf } from './export-results.js';
import { preworkOf, ratificationOf } from './export-prework.js';
import { EXPORT_SCHEMA_VERSION, type ExportIdea, type ExportModel, type ExportSession } from './export-types.js';

export { scoringSummary } from './export-results.js';

function sessionOf(view: ExportView): ExportSession {
  const { ballotSize, ideasPerParticipant, ideaLength, sharingMode, minBallots } = view.settings;
  const { weighting, twoRounds, decisionRule, commonGroundK } = view.settings;
  return {
    title: view.title,
    code: view.code,
    createdAt: new Date(view.createdAt).toISOString(),
    settings: {
      ballotSize,
      ideasPerParticipant,
      ideaLength,
      sharingMode,
      minBallots,
      weighting,
      twoRounds,
      decisionRule,
      commonGroundK,
    },
    participants: view.participants,
    ballots: view.results.ballots,
    organizations: view.organizations,
    participantsWithoutOrganization: view.participantsWithoutOrganization,
  };
}

function ideaOf(view: ExportView, line: ExportView['results']['lines'][number]): ExportIdea {
  const idea = view.ideas[line.ideaId];
  const originalText = idea?.originalText ?? line.text;
  return {
    rank: line.rank,
    tied: line.tied,
    number: line.number,
    text: line.text,
    originalText,
    edited: originalText !== line.text,
    mergedFrom: idea?.mergedFrom ?? [],
    points: line.points,
    voters: line.voters,
    rankCounts: line.rankCounts && [...line.rankCounts],
    meanRank: line.meanRank,
    preliminaryRank: line.preliminaryRank,
    previousRank: line.previousRank,
    tables: idea?.tables ?? [],
  };
}

/**
 * What every export states about a session, formatted from its export view (the results as the
 * screens show them, floors included) and from nothing else, its words in `language`; null
 * before results are shown.
 */
export function buildExportModel(
  view: ExportView | null,
  now: number,
  language: ExportLanguage = 'en',
): ExportModel | null {
  if (!view) return null;
  const tr = translatorFor(language);
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    generator: 'Roundtable',
    generatedAt: new Date(now).toISOString(),
    language,
    session: sessionOf(view),
    scoring: scoringOf(view.results, view.round, tr),
    ideas: view.results.lines.map((line) => ideaOf(view, line)),
    results: resultsOf(view),
    goals: goalsOf(view),
    decisionLog: decisionLogOf(view, tr),
    tables: view.tables,
    prework: preworkOf(view),
    ratification: ratificationOf(view, tr),
  };
}
