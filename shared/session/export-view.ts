import { presentParticipants } from './queries.js';
import { formatRoomCode } from './room-code.js';
import type { ResultsView } from './results.js';
import type { SessionSettings } from './settings.js';
import type { Decision, SessionState } from './state.js';
import { publicView, type GoalView } from './views.js';
import { tablesExport, tablesOfIdea, type TableExport } from './tables/export-tables.js';
import { landscapeView, type LandscapeView } from './prework/landscape.js';
import type { RatificationRound } from './ratification/ratification-types.js';
import { ratificationSettingsOf, type RatificationSettings } from './ratification/rule.js';

/** An idea merged into another during clarification: its number and its wording at the merge. */
export interface MergedIdeaView {
  number: number;
  text: string;
  originalText: string;
}

/** A ranked idea's wording and where it came from. */
export interface ExportIdeaView {
  number: number;
  text: string;
  originalText: string;
  mergedFrom: MergedIdeaView[];
  /** A session in tables: the tables it comes from (its own, and those of ideas merged into it). */
  tables: number[];
}

/**
 * Everything the exports and realignment may state about a session: the results as the screens
 * show them (with their floors), head counts but no names, and the decision log. Nothing private
 * (unshared ideas, ballots, ballot keys, participant ids or names) is in it, so the formats that
 * render it cannot leak what it does not hold.
 */
export interface ExportView {
  sessionId: string;
  title: string;
  /** As shown to people, XXXX-XXXX. */
  code: string;
  createdAt: number;
  settings: SessionSettings;
  /** 1, or 2 when the results are the final vote of two rounds. */
  round: 1 | 2;
  participants: number;
  /** Head counts per organization (0 for one offered but not picked), as the facilitator sees them. */
  organizations: { name: string; participants: number }[];
  participantsWithoutOrganization: number;
  results: ResultsView;
  /** The ideas on the ranked list, by id. */
  ideas: Record<string, ExportIdeaView>;
  /** Every shared idea's number by id, merged-away ones included, for the decision log. */
  numbers: Record<string, number>;
  goals: GoalView[] | null;
  decisions: Decision[];
  /** A session in tables: each table and what became of the ideas it sent; null otherwise. */
  tables: TableExport[] | null;
  /** The landscape before the room; implicit interests are in it, for the facilitator's JSON only. */
  prework: LandscapeView;
  ratification: { settings: RatificationSettings; rounds: RatificationRound[] };
}

function headCounts(state: SessionState): Pick<ExportView, 'organizations' | 'participantsWithoutOrganization'> {
  const counts = new Map<string, number>(state.organizations.map((name) => [name, 0]));
  let without = 0;
  for (const participant of presentParticipants(state)) {
    if (participant.organization === null || participant.organization === '') without++;
    else counts.set(participant.organization, (counts.get(participant.organization) ?? 0) + 1);
  }
  return {
    organizations: [...counts].map(([name, participants]) => ({ name, participants })),
    participantsWithoutOrganization: without,
  };
}

function ideaOf(state: SessionState, ideaId: string): ExportIdeaView {
  const idea = state.ideas.get(ideaId);
  const mergedFrom: MergedIdeaView[] = [];
  for (const id of idea?.mergedFrom ?? []) {
    const source = state.ideas.get(id);
    // Only shared ideas can be merged, so each has a number; the guard keeps the type honest.
    if (source?.number != null) {
      mergedFrom.push({ number: source.number, text: source.text, originalText: source.originalText });
    }
  }
  return {
    number: idea?.number ?? 0,
    text: idea?.text ?? '',
    originalText: idea?.originalText ?? '',
    mergedFrom: mergedFrom.sort((a, b) => a.number - b.number),
    tables: tablesOfIdea(state, ideaId),
  };
}

/** What exports and realignment format, once the results are shown; null before. */
export function exportView(state: SessionState): ExportView | null {
  // The export states what the screens show, through the same view and its floors.
  const { results, goals } = publicView(state);
  if (!results) return null;
  const numbers: Record<string, number> = {};
  for (const idea of state.ideas.values()) if (idea.number !== null) numbers[idea.id] = idea.number;
  return {
    sessionId: state.id,
    title: state.title,
    code: formatRoomCode(state.code),
    createdAt: state.createdAt,
    settings: state.settings,
    round: state.round,
    participants: presentParticipants(state).length,
    ...headCounts(state),
    results,
    ideas: Object.fromEntries(results.lines.map((line) => [line.ideaId, ideaOf(state, line.ideaId)])),
    numbers,
    goals,
    decisions: state.decisions,
    tables: tablesExport(state, results),
    prework: landscapeView(state.prework, state.organizations),
    ratification: {
      settings: ratificationSettingsOf(state.settings),
      rounds: state.ratification.rounds.filter((round) => round.closedAt !== null),
    },
  };
}
