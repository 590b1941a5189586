import type { ResultsView } from '../results.js';
import type { SessionState } from '../state.js';
import { shortlistOutcomes } from './progress.js';
import { tablesOf } from './scope.js';

/** One idea a table sent, and what became of it in the plenary. */
export interface SentIdeaExport {
  text: string;
  originalText: string;
  /** Its number in the plenary pool. */
  plenaryNumber: number | null;
  /** Its final rank: its own, or that of the idea it was merged into. */
  plenaryRank: number | null;
  /** The plenary idea it was merged into, by number; null when it stayed itself. */
  mergedIntoNumber: number | null;
  /** Wordings of the table's ideas merged into it at the table. */
  mergedAtTable: string[];
}

/** One table as the exports state it: head count, ideas written, and its shortlist's fate. */
export interface TableExport {
  number: number;
  participants: number;
  ideasWritten: number;
  sent: SentIdeaExport[];
}

/** Every table of a session in tables, for the exports: the lineage from each table's ideas to the result; null otherwise. */
export function tablesExport(state: SessionState, results: ResultsView): TableExport[] | null {
  const outcomes = shortlistOutcomes(state, results);
  if (!outcomes) return null;
  const numberOf = (id: string | null) => (id === null ? null : (state.ideas.get(id)?.number ?? null));
  return tablesOf(state).map((table, i) => ({
    number: table.number,
    participants: table.members.filter((id) => state.participants.get(id)?.removed === false).length,
    ideasWritten: [...table.ideas.values()].filter((idea) => idea.status !== 'withdrawn').length,
    sent: (outcomes[i]?.ideas ?? []).map((sent) => {
      const idea = table.ideas.get(sent.ideaId);
      return {
        text: state.ideas.get(sent.ideaId)?.text ?? sent.text,
        originalText: idea?.originalText ?? sent.text,
        plenaryNumber: numberOf(sent.ideaId),
        plenaryRank: sent.rank,
        mergedIntoNumber: numberOf(sent.mergedInto),
        mergedAtTable: (idea?.mergedFrom ?? []).map((id) => table.ideas.get(id)?.originalText ?? ''),
      };
    }),
  }));
}

/** The tables an idea of the plenary comes from: its own and those of every idea merged into it. */
export function tablesOfIdea(state: SessionState, ideaId: string): number[] {
  const idea = state.ideas.get(ideaId);
  if (!idea) return [];
  const numbers = new Set<number>();
  for (const id of [ideaId, ...idea.mergedFrom]) {
    const table = state.ideas.get(id)?.table;
    const number = table === undefined ? undefined : state.tables[table]?.number;
    if (number !== undefined) numbers.add(number);
  }
  return [...numbers].sort((a, b) => a - b);
}
