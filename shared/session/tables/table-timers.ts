import { ok, type Result } from '../result.js';
import type { DecideContext } from '../commands.js';
import { byTimer, decideExpireTimer, dueTimer, runningEnd, timerRanOut } from '../decide-phase.js';
import type { SessionEvent } from '../events.js';
import type { SessionState } from '../state.js';
import { decideAt, type Decide } from './decide-tables.js';
import { tablesOf } from './scope.js';
import type { Table } from './types.js';

/**
 * When the server must next end a phase: the earliest end among the session's running timer and,
 * while the tables work, every table's. Null when no timer runs (paused, run out or none). This is
 * what the server arms and what the store keeps as `timer_ends_at`.
 */
export function nextTimerEnd(state: SessionState): number | null {
  let next = runningEnd(state.timer, state.phase);
  if (state.phase !== 'tables') return next;
  for (const table of tablesOf(state)) {
    const end = runningEnd(table.timer, table.phase);
    if (end !== null && (next === null || end < next)) next = end;
  }
  return next;
}

/** A table's phase change made by its timer, told as the session's `atTable` event. */
function tableByTimer(event: SessionEvent): SessionEvent {
  return event.type === 'atTable' ? { ...event, event: byTimer(event.event) } : event;
}

/**
 * A table whose timer is due ends its phase as the facilitator's advance would (the table's own
 * rules: its vote stays open with too few ballots, a table sending all skips its vote).
 */
function expireAt(state: SessionState, table: Table, ctx: DecideContext, run: Decide): SessionEvent[] {
  const timer = dueTimer(table, ctx.now);
  if (!timer) return [];
  const ranOut: SessionEvent = { type: 'atTable', tableId: table.id, event: timerRanOut(timer) };
  const advance = { type: 'advancePhase', from: table.phase } as const;
  const advanced = decideAt(state, table, advance, { ...ctx, actor: { role: 'facilitator' } }, run);
  return [ranOut, ...(advanced.ok ? advanced.value.map(tableByTimer) : [])];
}

/**
 * The server's own command when a timer runs out: the session's phase ends if its timer is due,
 * and while the tables work, so does the phase of every table whose timer is due; tables whose
 * timer is paused or not yet due are left as they are.
 */
export function decideTimersDue(state: SessionState, ctx: DecideContext, run: Decide): Result<SessionEvent[]> {
  const plenary = decideExpireTimer(state, ctx);
  if (!plenary.ok || state.phase !== 'tables') return plenary;
  return ok([...plenary.value, ...tablesOf(state).flatMap((table) => expireAt(state, table, ctx, run))]);
}
