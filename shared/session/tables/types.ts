import type { SessionState } from '../state.js';

/**
 * What a table holds of its own: the very fields a whole session holds for its one group, under
 * the same names, so the session's decide and views run on a table unchanged (see scope.ts).
 */
export type TableGroup = Pick<
  SessionState,
  'phase' | 'ideas' | 'revealed' | 'sharingRound' | 'namedTurns' | 'focusId' | 'round' | 'ballots' | 'timer' | 'decisions'
>;

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

/** One table of a session split into tables. */
export interface Table extends TableGroup {
  id: string;
  /** 1, 2, 3... as the room sees it. */
  number: number;
  /** Participants seated here, in seating order (which fixes the order of named turns). */
  members: string[];
  /** The participant the facilitator named to steer this table, if any. */
  hostId: string | null;
  /** Ideas sent to the plenary, best first; null until the table has sent them. */
  shortlist: string[] | null;
}

/** A table as seated: its id, number and members. */
export interface Seating {
  id: string;
  number: number;
  members: string[];
}
