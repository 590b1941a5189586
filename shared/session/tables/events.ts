import type { SessionEvent } from '../events.js';
import type { Seating } from './types.js';

/** Facts about tables; `atTable` carries one event of the session machine that happened at a table. */
export type TableEvent =
  /** The room is (re)seated: every table anew, each starting in the lobby with nothing in it. */
  | { type: 'tablesSeated'; tables: Seating[] }
  /** One person takes a seat (a latecomer, a chosen table, a move before the start). */
  | { type: 'participantSeated'; participantId: string; tableId: string }
  | { type: 'tableHostSet'; tableId: string; participantId: string | null }
  | { type: 'atTable'; tableId: string; event: SessionEvent }
  /** The table's ideas for the plenary, best first. */
  | { type: 'tableShortlisted'; tableId: string; ideaIds: string[] }
  /** The plenary pool: every table's shortlist, in table order, keeping each idea's id and table. */
  | { type: 'poolFormed'; ideas: { ideaId: string; tableId: string }[] };

export type TableEventType = TableEvent['type'];

/** The ballot key under which a table's ballot is kept in the session's ballots (see evolve-tables). */
export function tableBallotKey(tableId: string, key: string): string {
  return `t:${tableId}:${key}`;
}

/** The table and its own key of a ballot kept by `tableBallotKey`; null for a plenary ballot. */
export function parseTableBallotKey(ballotKey: string): { tableId: string; key: string } | null {
  if (!ballotKey.startsWith('t:')) return null;
  const end = ballotKey.indexOf(':', 2);
  if (end < 0) return null;
  return { tableId: ballotKey.slice(2, end), key: ballotKey.slice(end + 1) };
}
