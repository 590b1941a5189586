import { shuffle } from '../decide-sharing.js';
import type { Participant } from '../state.js';
import type { Seating, TablesSetting } from './settings.js';
import type { Table } from './types.js';

/** Someone to seat: who, and for mixing, their organization. */
export type Seatable = Pick<Participant, 'id' | 'organization'>;

/** How many tables `people` make: the number asked for, or enough for tables of about the size. */
export function tableCount(split: TablesSetting['split'], people: number): number {
  return split.by === 'count' ? split.count : Math.max(1, Math.ceil(people / split.size));
}

/** People in one list, each organization's members together, largest organization first, shuffled within. */
function byOrganization(people: readonly Seatable[], random: () => number): Seatable[] {
  const groups = new Map<string, Seatable[]>();
  for (const person of people) {
    const key = person.organization ?? '';
    groups.set(key, [...(groups.get(key) ?? []), person]);
  }
  const ordered = [...groups.entries()].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
  return ordered.flatMap(([, members]) => shuffle(members, random));
}

/**
 * Seats people at `count` tables. Dealt round the tables like cards, table sizes differ by at most
 * one; dealt one organization after another ("mixed"), every organization's members are spread so
 * that no table has two more of them than another: each table as varied as the room allows.
 * "random" deals a shuffled room; "chosen" starts from a random deal, which each person may change.
 */
export function seat(people: readonly Seatable[], count: number, seating: Seating, random: () => number): string[][] {
  const order = seating === 'mixed' ? byOrganization(people, random) : shuffle(people, random);
  const tables: string[][] = Array.from({ length: count }, () => []);
  order.forEach((person, i) => tables[i % count]?.push(person.id));
  return tables;
}

/**
 * Where a latecomer sits: at a table still at work with the fewest people, and among those the one
 * with the fewest of their organization (the lowest number when still even).
 */
export function latecomerTable(
  tables: readonly Table[],
  organizationOf: (participantId: string) => string | null | undefined,
  newcomer: Seatable,
): Table | null {
  const open = tables.filter((table) => table.phase !== 'results');
  const candidates = open.length > 0 ? open : tables;
  const sameOrganization = (table: Table) =>
    table.members.filter((id) => organizationOf(id) === newcomer.organization).length;
  let best: Table | null = null;
  for (const table of candidates) {
    if (
      best === null ||
      table.members.length < best.members.length ||
      (table.members.length === best.members.length && sameOrganization(table) < sameOrganization(best))
    ) {
      best = table;
    }
  }
  return best;
}

/** The most people a table may hold when people choose their table. */
export function tableCapacity(split: TablesSetting['split'], people: number, tables: number): number {
  return split.by === 'size' ? split.size : Math.ceil(people / Math.max(1, tables)) + 1;
}
