import type { SessionEvent } from '../events.js';
import type { StateDraft } from '../state-draft.js';
import type { BallotRecord, SessionState } from '../state.js';
import type { TableEvent } from '../events.js';
import { emptyGroup, groupOf, scoped } from './scope.js';
import type { Table } from './types.js';

/** Folds events of the session machine into a state: the session's own evolve, handed in. */
type EvolveAll = (state: SessionState, events: readonly SessionEvent[]) => SessionState;

function updateTable(draft: StateDraft, tableId: string, change: (table: Table) => Table): void {
  const table = draft.current.tables[tableId];
  if (table) draft.record('tables')[tableId] = change(table);
}

/** Takes a participant off every table, then seats them at `tableId`. */
function seat(draft: StateDraft, participantId: string, tableId: string): void {
  const tables = draft.record('tables');
  for (const id of draft.current.tableOrder) {
    const table = tables[id];
    if (table?.members.includes(participantId)) {
      tables[id] = { ...table, members: table.members.filter((m) => m !== participantId) };
    }
  }
  updateTable(draft, tableId, (table) => ({ ...table, members: [...table.members, participantId] }));
}

/**
 * An event of the session machine at one table: folded into the table seen as a session (see
 * scope.ts), whose group is written back; a change to the people (someone done, removed) is the
 * session's.
 */
function atTable(draft: StateDraft, tableId: string, event: SessionEvent, evolveAll: EvolveAll): void {
  const state = draft.current;
  const table = state.tables[tableId];
  if (!table) return;
  const after = evolveAll(scoped(state, table), [event]);
  draft.record('tables')[tableId] = { ...table, ...groupOf(after) };
  if (after.participants !== state.participants) state.participants = after.participants;
}

/** Every table's shortlisted ideas enter the session's pool, numbered in table order. */
function formPool(draft: StateDraft, ideas: { ideaId: string; tableId: string }[]): void {
  const pool = draft.map('ideas');
  const revealed = draft.list('revealed');
  for (const { ideaId, tableId } of ideas) {
    const idea = draft.current.tables[tableId]?.ideas.get(ideaId);
    if (!idea || pool.has(ideaId)) continue;
    revealed.push(ideaId);
    // The table's own merges stay in its lineage: ids of that table's ideas.
    pool.set(ideaId, { ...idea, number: revealed.length, mergedInto: null, table: tableId });
  }
}

/** Applies one table event to a draft; `evolveAll` is the session's own, for events at a table. */
export function applyTableEvent(draft: StateDraft, event: TableEvent, evolveAll: EvolveAll): void {
  switch (event.type) {
    case 'tablesSeated': {
      const tables: Record<string, Table> = {};
      for (const seating of event.tables) {
        tables[seating.id] = { ...emptyGroup(), ...seating, hostId: null, shortlist: null };
      }
      draft.current.tables = tables;
      draft.current.tableOrder = event.tables.map((t) => t.id);
      return;
    }
    case 'participantSeated':
      return seat(draft, event.participantId, event.tableId);
    case 'tableHostSet':
      return updateTable(draft, event.tableId, (table) => ({ ...table, hostId: event.participantId }));
    case 'atTable':
      return atTable(draft, event.tableId, event.event, evolveAll);
    case 'tableShortlisted':
      return updateTable(draft, event.tableId, (table) => ({ ...table, shortlist: event.ideaIds }));
    case 'poolFormed':
      return formPool(draft, event.ideas);
  }
}

/** A table's ballot (kept under a `t:` key, see events.ts) goes to its table's ballots. */
export function castAtTable(draft: StateDraft, tableId: string, key: string, ballot: BallotRecord): void {
  updateTable(draft, tableId, (table) => ({ ...table, ballots: new Map(table.ballots).set(key, ballot) }));
}
