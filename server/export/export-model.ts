import { presentParticipants } from '../../shared/session/queries.js';
import { formatRoomCode } from '../../shared/session/room-code.js';
import type { SessionState } from '../../shared/session/state.js';
import { resultsView, type ResultsView } from '../../shared/session/views.js';
import { decisionLogOf, goalsOf } from './export-decisions.js';
import { resultsOf, scoringOf } from './export-results.js';
import {
  EXPORT_SCHEMA_VERSION,
  type ExportIdea,
  type ExportMergedIdea,
  type ExportModel,
  type ExportOrganization,
  type ExportSession,
} from './export-types.js';

export { ordinal, scoringSummary } from './export-results.js';

function organizationsOf(state: SessionState): { list: ExportOrganization[]; without: number } {
  const counts = new Map<string, number>(state.organizations.map((name) => [name, 0]));
  let without = 0;
  for (const participant of presentParticipants(state)) {
    if (participant.organization === null || participant.organization === '') without++;
    else counts.set(participant.organization, (counts.get(participant.organization) ?? 0) + 1);
  }
  return { list: [...counts].map(([name, participants]) => ({ name, participants })), without };
}

function sessionOf(state: SessionState, results: ResultsView): ExportSession {
  const { ballotSize, ideasPerParticipant, ideaLength, sharingMode, minBallots } = state.settings;
  const { weighting, twoRounds, decisionRule, commonGroundK } = state.settings;
  const organizations = organizationsOf(state);
  return {
    title: state.title,
    code: formatRoomCode(state.code),
    createdAt: new Date(state.createdAt).toISOString(),
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
    participants: presentParticipants(state).length,
    ballots: results.ballots,
    organizations: organizations.list,
    participantsWithoutOrganization: organizations.without,
  };
}

function lineageOf(state: SessionState, ideaId: string): ExportMergedIdea[] {
  const merged: ExportMergedIdea[] = [];
  for (const id of state.ideas[ideaId]?.mergedFrom ?? []) {
    const source = state.ideas[id];
    // Only shared ideas can be merged, so each has a number; the guard keeps the type honest.
    if (source?.number != null) {
      merged.push({ number: source.number, text: source.text, originalText: source.originalText });
    }
  }
  return merged.sort((a, b) => a.number - b.number);
}

function ideaOf(state: SessionState, line: ResultsView['lines'][number]): ExportIdea {
  const idea = state.ideas[line.ideaId];
  const originalText = idea?.originalText ?? line.text;
  return {
    rank: line.rank,
    tied: line.tied,
    number: line.number,
    text: line.text,
    originalText,
    edited: originalText !== line.text,
    mergedFrom: lineageOf(state, line.ideaId),
    points: line.points,
    voters: line.voters,
    rankCounts: [...line.rankCounts],
    meanRank: line.meanRank,
    preliminaryRank: line.preliminaryRank,
    previousRank: line.previousRank,
  };
}

/**
 * Builds what every export states about a session, or null before results are shown. The
 * numbers come from `resultsView`, the same function that feeds the results screens.
 */
export function buildExportModel(state: SessionState, now: number): ExportModel | null {
  const results = resultsView(state);
  if (!results) return null;
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    generator: 'Roundtable',
    generatedAt: new Date(now).toISOString(),
    session: sessionOf(state, results),
    scoring: scoringOf(results, state.round),
    ideas: results.lines.map((line) => ideaOf(state, line)),
    results: resultsOf(state, results),
    goals: goalsOf(state),
    decisionLog: decisionLogOf(state),
  };
}
