import type { TableGroup } from '../state.js';

export type { Table, TableGroup } from '../state.js';

/** The fields of TableGroup, for copying a table's group in and out of a scoped state. */
export const GROUP_FIELDS = [
  'phase',
  'ideas',
  'revealed',
  'sharingRound',
  'namedTurns',
  'focusId',
  'round',
  'ballots',
  'timer',
  'decisions',
] as const satisfies readonly (keyof TableGroup)[];

/** A table as seated: its id, number and members. */
export interface Seating {
  id: string;
  number: number;
  members: string[];
}
