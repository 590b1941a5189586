import { PHASES, type Phase, type SessionSettings } from '../../shared/session/settings.js';

/** The phases this session goes through: the discussion between two votes only when it votes twice. */
export function sessionPhases(settings: SessionSettings): Phase[] {
  const twoRounds = (settings as { twoRounds?: boolean }).twoRounds === true;
  return PHASES.filter((phase) => phase !== 'discussion' || twoRounds);
}
