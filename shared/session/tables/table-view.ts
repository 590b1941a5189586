import { NO_ANSWER_KEYS, type AnswerKeys } from '../ratification/ratification-types.js';
import type { SessionState } from '../state.js';
import { privateView, publicView, type PrivateView, type PublicView, type SharedIdea } from '../views.js';
import { scoped, seatOf } from './scope.js';

/**
 * What one table's phones and its shared screen see: the public view of the table seen as a
 * session (its people, its shared ideas, its focus, its ballots in), which holds nothing of any
 * other table. The table's own tally is never shown: only which ideas it sent.
 */
export interface TableView extends PublicView {
  table: { id: string; number: number; hostId: string | null; hostName: string | null };
  /** The ideas sent to the plenary, best first; null until sent. */
  shortlist: SharedIdea[] | null;
}

/** The view of one table; null when there is no such table. */
export function tableView(state: SessionState, tableId: string): TableView | null {
  const table = state.tables[tableId];
  if (!table) return null;
  const view = publicView(scoped(state, table));
  const byId = new Map(view.ideas.map((idea) => [idea.id, idea]));
  const host = table.hostId === null ? undefined : state.participants.get(table.hostId);
  return {
    ...view,
    results: null,
    discussion: null,
    table: { id: table.id, number: table.number, hostId: table.hostId, hostName: host?.name ?? null },
    shortlist: table.shortlist?.flatMap((id) => byId.get(id) ?? []) ?? null,
  };
}

/**
 * A participant's private view: while the tables are at work, their ideas and ballot at their
 * table (the ballot under their table key); otherwise the session's.
 */
export function seatedPrivateView(
  state: SessionState,
  participantId: string,
  keys: { ballotKeys: readonly [string, string]; answerKeys?: AnswerKeys; tableKey?: string | undefined },
): PrivateView | null {
  const table = seatOf(state, participantId);
  const answers = keys.answerKeys ?? NO_ANSWER_KEYS;
  const mine = privateView(state, participantId, keys.ballotKeys, answers);
  if (!mine || !table || state.phase !== 'tables') return mine;
  const key = keys.tableKey ?? '';
  const atTable = privateView(scoped(state, table), participantId, [key, key], answers);
  return atTable && { ...atTable, table: mine.table };
}
