import { memoOn } from '../memo.js';
import type { Phase } from '../phases.js';
import type { ResultsView } from '../results.js';
import type { Idea, PhaseTimer, SessionState } from '../state.js';
import { tablesOf } from './scope.js';
import type { Table } from './types.js';

/**
 * How far one table has got, as the room may see it: counts only, never an idea's text, an author
 * or a tally.
 */
export interface TableProgress {
  id: string;
  number: number;
  phase: Phase;
  members: number;
  /**
   * Ideas written (not withdrawn), shared so far, ballots cast in the table's vote (named apart
   * from the view's own `ballotsIn`, which light clients find by its key).
   */
  ideasWritten: number;
  ideasShared: number;
  ballotsCast: number;
  /** Ideas sent to the plenary; null until sent. */
  shortlisted: number | null;
  hasHost: boolean;
  /** The table's countdown for its current step (running, paused or run out); null when it has none. */
  timer: PhaseTimer | null;
}

/** Who sits where, for the facilitator (seating, hosts): names and organizations, nothing written. */
export interface TableSeating {
  id: string;
  number: number;
  hostId: string | null;
  members: { id: string; name: string; organization: string | null }[];
}

/** How one table's shortlist fared in the plenary: each idea's final rank (or its merged idea's). */
export interface ShortlistOutcome {
  tableId: string;
  number: number;
  ideas: { ideaId: string; text: string; rank: number | null; mergedInto: string | null }[];
}

function present(state: Pick<SessionState, 'participants'>, table: Table): string[] {
  return table.members.filter((id) => state.participants.get(id)?.removed === false);
}

function progressOf(state: Pick<SessionState, 'participants'>, table: Table): TableProgress {
  let written = 0;
  for (const idea of table.ideas.values()) if (idea.status !== 'withdrawn') written++;
  return {
    id: table.id,
    number: table.number,
    phase: table.phase,
    members: present(state, table).length,
    ideasWritten: written,
    ideasShared: table.revealed.filter((id) => table.ideas.get(id)?.status === 'active').length,
    ballotsCast: table.phase === 'ranking' ? table.ballots.size : 0,
    shortlisted: table.shortlist?.length ?? null,
    hasHost: table.hostId !== null,
    timer: table.timer?.phase === table.phase ? table.timer : null,
  };
}

/** Every table's progress, in table order; null for a session in one group. */
export const tablesProgress = memoOn(
  (tables: SessionState['tables'], order: SessionState['tableOrder'], participants: SessionState['participants']) =>
    order.length === 0
      ? null
      : tablesOf({ tables, tableOrder: order } as SessionState).map((t) => progressOf({ participants }, t)),
);

/** Every table's people, for the facilitator. */
export const tablesSeating = memoOn(
  (tables: SessionState['tables'], order: SessionState['tableOrder'], participants: SessionState['participants']) =>
    tablesOf({ tables, tableOrder: order } as SessionState).map((table) => ({
      id: table.id,
      number: table.number,
      hostId: table.hostId,
      members: present({ participants }, table).map((id) => {
        const p = participants.get(id);
        return { id, name: p?.name ?? '', organization: p?.organization ?? null };
      }),
    })),
);

/** Where an idea of the pool ended up: itself, or the idea it was merged into (transitively). */
function finalIdea(state: SessionState, ideaId: string): string | null {
  let id: string | null = ideaId;
  for (let hops = 0; id !== null && hops < 100; hops++) {
    const idea: Idea | undefined = state.ideas.get(id);
    if (!idea) return null;
    if (idea.mergedInto === null) return id;
    id = idea.mergedInto;
  }
  return null;
}

/** Each table's shortlist with the plenary rank of every idea on it; null before results or without tables. */
export function shortlistOutcomes(state: SessionState, results: ResultsView | null): ShortlistOutcome[] | null {
  if (!results || state.tableOrder.length === 0) return null;
  const rankOf = new Map(results.lines.map((line) => [line.ideaId, line.rank]));
  return tablesOf(state).map((table) => ({
    tableId: table.id,
    number: table.number,
    ideas: (table.shortlist ?? []).map((ideaId) => {
      const final = finalIdea(state, ideaId);
      return {
        ideaId,
        text: table.ideas.get(ideaId)?.text ?? '',
        rank: final === null ? null : (rankOf.get(final) ?? null),
        mergedInto: final === ideaId ? null : final,
      };
    }),
  }));
}
