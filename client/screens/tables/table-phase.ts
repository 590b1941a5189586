import type { Phase } from '../../../shared/session/phases.js';
import type { Translate } from '../../i18n/index.js';

/** A table's step as the room reads it: the method's phase, or "ideas sent" once it has sent them. */
export function tablePhaseLabel(t: Translate, phase: Phase): string {
  return phase === 'results' ? t('tables.sentPhase') : t(`phase.${phase}`);
}

/** The console's "advance" in a session in tables, where it differs from a session in one group. */
export function tablesAdvanceKey(phase: Phase): 'tables.advance.lobby' | 'tables.advance.tables' | undefined {
  if (phase === 'lobby') return 'tables.advance.lobby';
  return phase === 'tables' ? 'tables.advance.tables' : undefined;
}
