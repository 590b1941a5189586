import { presentParticipants } from '../../shared/session/queries.js';
import { formatRoomCode } from '../../shared/session/room-code.js';
import type { SessionState } from '../../shared/session/state.js';
import { resultsView, type ResultsView } from '../../shared/session/views.js';
import {
  EXPORT_SCHEMA_VERSION,
  type ExportIdea,
  type ExportMergedIdea,
  type ExportModel,
  type ExportOrganization,
  type ExportScoring,
  type ExportSession,
} from './export-types.js';

/** English ordinal for small numbers: 1st, 2nd, 3rd, 4th, 11th, 21st. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The scoring method in one sentence, with this session's numbers. */
export function scoringSummary(ballotSize: number, ballots: number): string {
  const who = `Each of the ${plural(ballots, 'ballot', 'ballots')}`;
  const points =
    ballotSize === 1
      ? `${who} named one idea, which earned 1 point`
      : `${who} ranked up to ${ballotSize} ideas: a first choice earned ${ballotSize} points, ` +
        `the next ${ballotSize - 1}, down to 1 point for a ${ordinal(ballotSize)} choice`;
  return `${points}; unranked ideas earned 0. Ties were broken by more voters, then more first places; ideas still tied share a rank.`;
}

function scoringOf(results: ResultsView): ExportScoring {
  const n = results.ballotSize;
  return {
    method: 'rank-points',
    weighting: 'one-person-one-vote',
    ballotSize: n,
    pointsByRank: Array.from({ length: n }, (_, index) => n - index),
    unrankedPoints: 0,
    tieBreaks: ['more-voters', 'more-first-places'],
    remainingTies: 'shared-rank',
    description: results.scoring,
    summary: scoringSummary(n, results.ballots),
  };
}

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
  const organizations = organizationsOf(state);
  return {
    title: state.title,
    code: formatRoomCode(state.code),
    createdAt: new Date(state.createdAt).toISOString(),
    settings: { ballotSize, ideasPerParticipant, ideaLength, sharingMode, minBallots },
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
    scoring: scoringOf(results),
    ideas: results.lines.map((line) => ideaOf(state, line)),
  };
}
