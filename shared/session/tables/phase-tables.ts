import { err, ok, type Result } from '../result.js';
import type { DecideContext } from '../commands.js';
import type { SessionEvent } from '../events.js';
import type { Phase } from '../phases.js';
import type { PhaseTimer, SessionState } from '../state.js';
import { seatingEvents } from './decide-tables.js';
import { tablesOf } from './scope.js';
import type { Table } from './types.js';

function ideationTimer(state: SessionState, now: number): PhaseTimer | null {
  const seconds = state.settings.durations.ideation;
  return seconds === undefined
    ? null
    : { phase: 'ideation', endsAt: now + seconds * 1000, remainingMs: seconds * 1000, expired: false };
}

/** The tables start together: seated now if the facilitator has not seated them, each at ideation. */
function startTables(state: SessionState, ctx: DecideContext): SessionEvent[] {
  const seating = state.tableOrder.length > 0 ? [] : seatingEvents(state, ctx);
  const seated = seating[0];
  const ids = seated?.type === 'tablesSeated' ? seated.tables.map((t) => t.id) : state.tableOrder;
  const timer = ideationTimer(state, ctx.now);
  return [
    ...seating,
    ...ids.flatMap((tableId): SessionEvent[] => [
      { type: 'atTable', tableId, event: { type: 'phaseChanged', from: 'lobby', to: 'ideation', at: ctx.now } },
      { type: 'atTable', tableId, event: { type: 'timerSet', timer } },
    ]),
  ];
}

/** Whether a table has nothing more to send: its shortlist is in, or nobody sits there. */
function finished(state: SessionState, table: Table): boolean {
  return table.shortlist !== null || table.members.every((id) => state.participants.get(id)?.removed !== false);
}

/** The plenary pool: every table's shortlist, once every table has sent it. */
function formPool(state: SessionState): Result<SessionEvent[]> {
  const waiting = tablesOf(state).filter((table) => !finished(state, table));
  if (waiting.length > 0) {
    const numbers = waiting.map((table) => table.number).join(', ');
    return err('CONFLICT', `Tables ${numbers} have not sent their ideas yet.`);
  }
  const ideas = tablesOf(state).flatMap((table) =>
    (table.shortlist ?? []).map((ideaId) => ({ ideaId, tableId: table.id })),
  );
  return ok([{ type: 'poolFormed', ideas }]);
}

/** What entering or leaving the tables brings besides the phase change itself. */
export function tablePhaseEvents(
  state: SessionState,
  from: Phase,
  to: Phase,
  ctx: DecideContext,
): Result<SessionEvent[]> {
  if (to === 'tables') return ok(startTables(state, ctx));
  if (from === 'tables') return formPool(state);
  return ok([]);
}
