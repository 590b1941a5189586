import { memoOn } from '../memo.js';
import type { Phase } from '../phases.js';
import type { SessionState } from '../state.js';
import { tablesOf } from './scope.js';
import { tableCapacity } from './seating.js';

/**
 * What a person needs to pick a table (seating "chosen", in the lobby once seated): each table's
 * number, how many sit there, how many seats are left, and how many of each organization sit
 * there, so people can mix. Counts only: never a name, and nothing written or voted.
 */
export interface SeatChoice {
  /** The most people a table may hold. */
  capacity: number;
  tables: {
    id: string;
    number: number;
    people: number;
    /** Seats left (0: full, it cannot be chosen). */
    room: number;
    /** People of each organization at this table, most first; people without one are not listed. */
    organizations: { name: string; count: number }[];
  }[];
}

function organizationCounts(memberIds: readonly string[], participants: SessionState['participants']) {
  const counts = new Map<string, number>();
  for (const id of memberIds) {
    const organization = participants.get(id)?.organization;
    if (organization) counts.set(organization, (counts.get(organization) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The tables to choose from; null unless people choose their seats and the lobby is seated. */
export const seatChoice = memoOn(
  (
    tables: SessionState['tables'],
    order: SessionState['tableOrder'],
    participants: SessionState['participants'],
    settings: SessionState['settings'],
    phase: Phase,
  ): SeatChoice | null => {
    const setting = settings.tables;
    if (phase !== 'lobby' || setting?.seating !== 'chosen' || order.length === 0) return null;
    const present = [...participants.values()].filter((p) => !p.removed).length;
    const capacity = tableCapacity(setting.split, present, order.length);
    return {
      capacity,
      tables: tablesOf({ tables, tableOrder: order } as SessionState).map((table) => {
        const seated = table.members.filter((id) => participants.get(id)?.removed === false);
        return {
          id: table.id,
          number: table.number,
          people: seated.length,
          room: Math.max(0, capacity - seated.length),
          organizations: organizationCounts(seated, participants),
        };
      }),
    };
  },
);
