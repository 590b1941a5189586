import { memoOn } from '../memo.js';
import type { SessionSettings } from '../settings.js';
import type { SessionState } from '../state.js';
import { GROUP_FIELDS, type Table, type TableGroup } from './types.js';

/** A table's group before anything has happened at it. */
export function emptyGroup(): TableGroup {
  return {
    phase: 'lobby',
    ideas: new Map(),
    revealed: [],
    sharingRound: 0,
    namedTurns: { turn: null, passed: [] },
    focusId: null,
    round: 1,
    ballots: new Map(),
    timer: null,
    decisions: [],
  };
}

/** The group fields of a state (a table's, read back from a scoped state). */
export function groupOf(state: TableGroup): TableGroup {
  const group = {} as Record<keyof TableGroup, unknown>;
  for (const field of GROUP_FIELDS) group[field] = state[field];
  return group as TableGroup;
}

// One object per session's settings, so the views' sections remembered on settings stay remembered.
const tableSettings = memoOn((settings: SessionSettings): SessionSettings =>
  settings.twoRounds ? { ...settings, twoRounds: false } : settings,
);

// The same empty objects every time, so sections remembered on them stay remembered.
const NO_TABLES: SessionState['tables'] = Object.freeze({});
const NO_ORDER: SessionState['tableOrder'] = Object.freeze([]) as unknown as string[];

/**
 * A table seen as a session of its own: the session's identity, settings and people, with the
 * table's members as the only ones present and the table's ideas, order, focus, phase, ballots and
 * timer. The session's decide and views run on it unchanged, and whatever they read is this
 * table's alone: no other table's idea or ballot is in it. One vote at a table, never two rounds.
 */
export function scoped(state: SessionState, table: Table): SessionState {
  return {
    ...state,
    ...groupOf(table),
    participantOrder: table.members,
    settings: tableSettings(state.settings),
    tables: NO_TABLES,
    tableOrder: NO_ORDER,
  };
}

/** The table a participant is seated at, if any. */
export function seatOf(state: SessionState, participantId: string): Table | null {
  for (const id of state.tableOrder) {
    const table = state.tables[id];
    if (table?.members.includes(participantId)) return table;
  }
  return null;
}

/** The tables in their order. */
export function tablesOf(state: SessionState): Table[] {
  return state.tableOrder.flatMap((id) => state.tables[id] ?? []);
}

/** Whether the session is split into tables. */
export function hasTables(state: SessionState): boolean {
  return state.settings.tables !== null;
}
