/**
 * The phases of the method, declared once as data: their order, whether a countdown may run in
 * them, where the facilitator moves on to and the one step back the method allows. Nothing here
 * imports a library, so a phone can number its steps without loading the schemas.
 */

/**
 * The method's order of phases; `discussion` sits between the two votes of a two-round session.
 * A session split into tables holds `tables` instead of ideation and sharing: each table runs
 * those (and its own clarification and vote) at its own pace, and the session's clarification is
 * the plenary's, over the ideas the tables sent.
 */
export const PHASES = [
  'lobby',
  'tables',
  'ideation',
  'sharing',
  'clarification',
  'ranking',
  'discussion',
  'results',
] as const;
export type Phase = (typeof PHASES)[number];

/** How one phase behaves. */
export interface PhaseRule {
  /** A countdown may run in it, set by the facilitator or by the session's settings. */
  readonly timed: boolean;
  /** Where advancing leads; null for the last phase. */
  readonly next: Phase | null;
  /** Where advancing leads after the preliminary vote of a two-round session, if that differs. */
  readonly nextAfterPreliminaryVote?: Phase;
  /** The phase the facilitator may step back to, if any. */
  readonly back: Phase | null;
  /** Held only when the session votes twice. */
  readonly twoRoundsOnly?: boolean;
  /** Where advancing leads in a session split into tables, if that differs. */
  readonly nextWithTables?: Phase;
  /** Held only by a session split into tables; `false`: never held by one (its tables hold it). */
  readonly withTables?: boolean;
  /** What must be there before the phase can start: shared ideas to rank, or enough ballots to show. */
  readonly needs?: 'ideas' | 'ballots';
  /** Newcomers may join (unless the facilitator locked the room). */
  readonly joinable: boolean;
}

/** Every phase's rule, in the method's order. */
export const PHASE_RULES = {
  lobby: { timed: false, next: 'ideation', nextWithTables: 'tables', back: null, joinable: true },
  // The tables at work; latecomers are seated where there is room.
  tables: { timed: false, next: 'clarification', back: null, withTables: true, joinable: true },
  ideation: { timed: true, next: 'sharing', back: null, withTables: false, joinable: true },
  sharing: { timed: true, next: 'clarification', back: null, withTables: false, joinable: true },
  // The only step back: an idea that needs its author's words again goes back to sharing.
  clarification: { timed: true, next: 'ranking', back: 'sharing', joinable: true },
  ranking: {
    timed: true,
    next: 'results',
    nextAfterPreliminaryVote: 'discussion',
    back: null,
    needs: 'ideas',
    joinable: true,
  },
  // The discussion shows the preliminary results, so it needs as many ballots as the results.
  discussion: { timed: true, next: 'ranking', back: null, twoRoundsOnly: true, needs: 'ballots', joinable: true },
  results: { timed: false, next: null, back: null, needs: 'ballots', joinable: false },
} as const satisfies Record<Phase, PhaseRule>;

/** The rule of one phase. */
export function phaseRule(phase: Phase): PhaseRule {
  return PHASE_RULES[phase];
}

/** Phases that may carry a countdown. */
export type TimedPhase = { [P in Phase]: (typeof PHASE_RULES)[P]['timed'] extends true ? P : never }[Phase];

/** Every phase that may carry a countdown, in the method's order. */
export const TIMED_PHASES = PHASES.filter((phase): phase is TimedPhase => PHASE_RULES[phase].timed);

/** Whether a countdown may run in `phase`. */
export function isTimedPhase(phase: Phase): phase is TimedPhase {
  return PHASE_RULES[phase].timed;
}

/** Where the facilitator's "advance" leads from `phase` in the given round; null once the session has ended. */
export function nextPhase(phase: Phase, twoRounds: boolean, round: 1 | 2, tables = false): Phase | null {
  const rule = phaseRule(phase);
  if (twoRounds && round === 1 && rule.nextAfterPreliminaryVote) return rule.nextAfterPreliminaryVote;
  if (tables && rule.nextWithTables) return rule.nextWithTables;
  return rule.next;
}

/**
 * The steps a session goes through, in order, for a step list: the discussion only when it votes
 * twice, the tables instead of ideation and sharing when it is split into tables.
 */
export function sessionPhases(twoRounds: boolean, tables = false): Phase[] {
  return PHASES.filter((phase) => {
    const rule: PhaseRule = phaseRule(phase);
    return (twoRounds || !rule.twoRoundsOnly) && (rule.withTables === undefined || rule.withTables === tables);
  });
}
