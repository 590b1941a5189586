import { err, ok, type Result } from '../result.js';
import {
  COMMAND_RULES,
  TABLE_CONTROLS,
  type Actor,
  type Command,
  type DecideContext,
  type TableControl,
} from '../commands.js';
import type { SessionEvent } from '../events.js';
import { presentParticipants } from '../queries.js';
import type { SessionState } from '../state.js';
import { tableBallotKey } from './ballot-keys.js';
import { scoped, seatOf, tablesOf } from './scope.js';
import { latecomerTable, seat, tableCapacity, tableCount } from './seating.js';
import { closeWithoutVote, sendsAll, shortlisted } from './shortlist.js';
import type { Table } from './types.js';

type Decision = Result<SessionEvent[]>;
/** The session's own decide, handed in so that a table runs it on its scoped state. */
export type Decide = (state: SessionState, command: Command, ctx: DecideContext) => Decision;

const CONTROLS: ReadonlySet<string> = new Set(TABLE_CONTROLS);

/** Events decided on a table seen as a session, told as the session's: each carried `atTable`. */
function wrap(tableId: string, events: readonly SessionEvent[]): SessionEvent[] {
  return events.map((event) =>
    event.type === 'ballotCast'
      ? { ...event, ballotKey: tableBallotKey(tableId, event.ballotKey) }
      : { type: 'atTable', tableId, event },
  );
}

/** Runs a command at one table: the session's decide on the table's scope, its events wrapped. */
export function decideAt(
  state: SessionState,
  table: Table,
  command: Command,
  ctx: DecideContext,
  run: Decide,
): Decision {
  const inner = scoped(state, table);
  if (command.type === 'advancePhase' && command.from === inner.phase && inner.phase === 'clarification') {
    if (sendsAll(inner)) return ok([...wrap(table.id, closeWithoutVote(ctx.now)), shortlisted(table.id, inner)]);
  }
  const decided = run(inner, command, ctx);
  if (!decided.ok) return decided;
  const closing = decided.value.some((e) => e.type === 'phaseChanged' && e.to === 'results');
  return ok([...wrap(table.id, decided.value), ...(closing ? [shortlisted(table.id, inner)] : [])]);
}

/** A control at one table, or at every table (`*`): those that accept it act, the rest are skipped. */
function decideControl(
  state: SessionState,
  tableId: string,
  command: TableControl,
  ctx: DecideContext,
  run: Decide,
): Decision {
  const facilitator: DecideContext = { ...ctx, actor: { role: 'facilitator' } };
  if (tableId !== '*') {
    const table = state.tables[tableId];
    return table ? decideAt(state, table, command, facilitator, run) : err('NOT_FOUND', 'No such table.');
  }
  const events: SessionEvent[] = [];
  let refusal: Decision | null = null;
  for (const table of tablesOf(state)) {
    const decided = decideAt(state, table, command, facilitator, run);
    if (decided.ok) events.push(...decided.value);
    else refusal ??= decided;
  }
  return events.length > 0 || refusal === null ? ok(events) : refusal;
}

/** A participant's own command while the tables are at work: decided at their table, with their table key. */
function decideSeated(
  state: SessionState,
  command: Command,
  actor: Extract<Actor, { role: 'participant' }>,
  ctx: DecideContext,
  run: Decide,
): Decision {
  const table = seatOf(state, actor.participantId);
  if (!table) return err('CONFLICT', 'You have no seat at a table yet.');
  if (command.type === 'submitBallot' && actor.tableKey === undefined) {
    return err('UNAUTHORIZED', 'Join the session again to vote at your table.');
  }
  const key = actor.tableKey ?? '';
  return decideAt(state, table, command, { ...ctx, actor: { ...actor, ballotKeys: [key, key] } }, run);
}

/**
 * Commands of a session split into tables that are decided at a table: a participant's own while
 * the tables work (at their seat), a control for a table (by the facilitator, or by that table's
 * host), a removal at the table of whoever is removed. Null when the command is the session's.
 */
export function routeToTable(state: SessionState, command: Command, ctx: DecideContext, run: Decide): Decision | null {
  const { actor } = ctx;
  if (command.type === 'atTable') {
    if (actor.role !== 'participant') return null;
    const table = state.tables[command.tableId];
    if (state.phase !== 'tables' || table?.hostId !== actor.participantId || !CONTROLS.has(command.command.type)) {
      return err('FORBIDDEN', "Only the facilitator or this table's host does that.");
    }
    return decideControl(state, command.tableId, command.command, ctx, run);
  }
  if (state.phase !== 'tables') return null;
  if (actor.role === 'participant' && COMMAND_RULES[command.type].by === 'participant') {
    return decideSeated(state, command, actor, ctx, run);
  }
  if (command.type === 'removeParticipant' && actor.role === 'facilitator') {
    const table = seatOf(state, command.participantId);
    return table ? decideAt(state, table, command, ctx, run) : null;
  }
  return null;
}

/** The facilitator's table commands that act on the session itself. */
export function decideTableCommand(
  state: SessionState,
  command: Extract<Command, { type: 'seatTables' | 'seatParticipant' | 'setTableHost' | 'atTable' }>,
  ctx: DecideContext,
  run: Decide,
): Decision {
  switch (command.type) {
    case 'seatTables':
      return ok(seatingEvents(state, ctx));
    case 'seatParticipant':
      return moveTo(state, command.participantId, command.tableId, false);
    case 'setTableHost':
      return decideHost(state, command.tableId, command.participantId);
    case 'atTable':
      return decideControl(state, command.tableId, command.command, ctx, run);
  }
}

/** Seats (or reseats) everyone present, anew. */
export function seatingEvents(state: SessionState, ctx: DecideContext): SessionEvent[] {
  const setting = state.settings.tables;
  if (!setting) return [];
  const people = presentParticipants(state);
  const members = seat(people, tableCount(setting.split, people.length), setting.seating, ctx.random);
  return [{ type: 'tablesSeated', tables: members.map((m, i) => ({ id: ctx.newId(), number: i + 1, members: m })) }];
}

function moveTo(state: SessionState, participantId: string, tableId: string, chosen: boolean): Decision {
  const table = state.tables[tableId];
  if (!table) return err('NOT_FOUND', 'No such table.');
  if (state.participants.get(participantId)?.removed !== false) return err('NOT_FOUND', 'No such participant.');
  if (table.members.includes(participantId)) return ok([]);
  const setting = state.settings.tables;
  if (chosen) {
    if (setting?.seating !== 'chosen') return err('FORBIDDEN', 'The facilitator seats people at this session.');
    const capacity = tableCapacity(setting.split, presentParticipants(state).length, state.tableOrder.length);
    // A removed person's seat is free again.
    const seated = table.members.filter((id) => state.participants.get(id)?.removed === false).length;
    if (seated >= capacity) return err('LIMIT_REACHED', 'That table is full.');
  }
  return ok([{ type: 'participantSeated', participantId, tableId }]);
}

/** A participant moves to the table of their choice (seating "chosen"), while there is room. */
export function decideChooseTable(state: SessionState, participantId: string, tableId: string): Decision {
  return moveTo(state, participantId, tableId, true);
}

function decideHost(state: SessionState, tableId: string, participantId: string | null): Decision {
  const table = state.tables[tableId];
  if (!table) return err('NOT_FOUND', 'No such table.');
  if (participantId !== null && !table.members.includes(participantId)) {
    return err('BAD_REQUEST', "A table's host sits at that table.");
  }
  return table.hostId === participantId ? ok([]) : ok([{ type: 'tableHostSet', tableId, participantId }]);
}

/** A newcomer to a seated room takes a seat where there is room (see seating.ts). */
export function seatNewcomer(state: SessionState, joined: Decision): Decision {
  if (!joined.ok || state.tableOrder.length === 0) return joined;
  const event = joined.value[0];
  if (event?.type !== 'participantJoined') return joined;
  const organizationOf = (id: string) => state.participants.get(id)?.organization;
  const present = tablesOf(state).map((t) => ({
    ...t,
    members: t.members.filter((id) => !state.participants.get(id)?.removed),
  }));
  const table = latecomerTable(present, organizationOf, { id: event.participantId, organization: event.organization });
  if (!table) return joined;
  return ok([...joined.value, { type: 'participantSeated', participantId: event.participantId, tableId: table.id }]);
}

/** A command sent for one table (`*`: every table): a table control carried `atTable`; anything else is refused. */
export function forTable(command: Command, tableId: string | undefined): Result<Command> {
  if (tableId === undefined) return ok(command);
  if (!CONTROLS.has(command.type)) return err('BAD_REQUEST', 'That command does not act on a table.');
  return ok({ type: 'atTable', tableId, command: command as TableControl });
}
