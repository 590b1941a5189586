import type { SessionSettings } from '../../shared/session/settings.js';
import type { Phase } from '../../shared/session/phases.js';

/**
 * The method's order of phases. Kept here as a type-checked copy, not imported from settings.ts,
 * so that phones do not download the settings' validation library just to number the steps.
 */
const ORDER = ['lobby', 'ideation', 'sharing', 'clarification', 'ranking', 'discussion', 'results'] as const;

// Fails to compile when the server adds a phase this list lacks (or this list names an unknown one).
type Missing = Exclude<Phase, (typeof ORDER)[number]>;
type Unknown = Exclude<(typeof ORDER)[number], Phase>;
const complete: [Missing, Unknown] extends [never, never] ? true : never = true;
void complete;

/** The phases this session goes through: the discussion between two votes only when it votes twice. */
export function sessionPhases(settings: SessionSettings): Phase[] {
  const twoRounds = (settings as { twoRounds?: boolean }).twoRounds === true;
  return ORDER.filter((phase) => phase !== 'discussion' || twoRounds);
}
