import { err, ok, type Result } from '../../shared/session/result.js';
import { deleteSessionSchema } from '../../shared/protocol/schemas.js';
import type { Actor } from '../../shared/session/commands.js';
import { forTable } from '../../shared/session/tables/decide-tables.js';
import { describeError } from '../logger.js';
import { normalizeRoomCode } from '../../shared/session/room-code.js';
import { ballotCommandKey, tokenMatches } from '../sessions/secrets.js';
import type { LiveSession } from '../sessions/session-service.js';
import { handleDisplayAttach, handleFacilitatorAttach, handleJoin, handleResume } from './attach.js';
import { COMMANDS, type CommandSpec } from './command-table.js';
import type { HandlerDeps } from './handler-deps.js';
import { parsePayload } from './parse.js';
import type { AppServer, AppSocket } from './types.js';
import { voterKeysOf } from './voter-keys.js';

type Handler = (deps: HandlerDeps, socket: AppSocket, payload: unknown) => Result<unknown> | Promise<Result<unknown>>;

/**
 * Events that look a session up. A code is the only secret of a join or a display attach, so
 * their misses count against the address; a resume or facilitator attach also needs a token
 * nobody can guess, so its misses count against the address and that code only, and a right
 * token is never refused: a venue's NAT full of typos cannot lock people out of their room.
 */
const CODE_LOOKUPS = new Map<string, Handler>([
  ['participant:join', handleJoin],
  ['display:attach', handleDisplayAttach],
]);
const TOKEN_LOOKUPS = new Map<string, Handler>([
  ['participant:resume', handleResume],
  ['facilitator:attach', handleFacilitatorAttach],
]);

// Maps, not object lookups: an event named "toString" or "__proto__" must find nothing.
const COMMAND_SPECS = new Map<string, CommandSpec>(Object.entries(COMMANDS));

const CODE_MISSES = new Set(['JOIN_REFUSED', 'NOT_FOUND']);

function attachedSession(deps: HandlerDeps, socket: AppSocket): LiveSession | undefined {
  const { sessionId } = socket.data;
  return sessionId === undefined ? undefined : deps.service.get(sessionId);
}

/** The facilitator's token is checked on every command, so a socket cannot keep lost powers. */
function checkFacilitator(socket: AppSocket, live: LiveSession, token: string | undefined): Result<undefined> {
  if (socket.data.role !== 'facilitator') return err('FORBIDDEN', 'Only the facilitator can do that.');
  if (token === undefined || !tokenMatches(token, live.state.facilitatorTokenHash)) {
    return err('UNAUTHORIZED', 'The facilitator token is not valid for this session.');
  }
  return ok();
}

/** AUTH, then VALIDATION, then RESOLUTION: who is asking, is the payload sound, then the service. */
async function runCommand(
  deps: HandlerDeps,
  socket: AppSocket,
  spec: CommandSpec,
  raw: unknown,
): Promise<Result<unknown>> {
  const live = attachedSession(deps, socket);
  if (!live) return err('UNAUTHORIZED', 'Join or attach to a session first.');
  const payload = parsePayload(spec.schema, raw);
  if (!payload.ok) return payload;
  const { commandId, token, table } = payload.value as { commandId: string; token?: string; table?: string };
  // A table's host sends that table's controls from their phone; decide checks that they host it.
  const hosting = spec.role === 'facilitator' && socket.data.role === 'participant' && table !== undefined;
  if (socket.data.role !== spec.role && !hosting) return err('FORBIDDEN', `Only the ${spec.role} can do that.`);
  const command = forTable(spec.toCommand(payload.value as never), table);
  if (!command.ok) return command;
  let actor: Actor;
  let commandKey: string;
  if (spec.role === 'facilitator' && !hosting) {
    const allowed = checkFacilitator(socket, live, token);
    if (!allowed.ok) return allowed;
    actor = { role: 'facilitator' };
    commandKey = `f:${commandId}`;
  } else {
    const { participantId } = socket.data;
    const keys = voterKeysOf(socket);
    if (!participantId || !keys) return err('UNAUTHORIZED', 'Join the session first.');
    const { ballotKeys, answerKeys, tableKey } = keys;
    // One budget per person, however many sockets they open.
    const wait = await deps.limits.spendWrite(live.state.id, participantId);
    if (wait !== null) return err('RATE_LIMITED', `Slow down; try again in ${wait} s.`);
    actor = { role: 'participant', participantId, ballotKeys, answerKeys, tableKey };
    // A ballot's (or an answer's) command key is written with it: it must not name the participant.
    const secret = command.value.type === 'submitBallot' || command.value.type === 'answerRatification';
    commandKey = secret ? ballotCommandKey(ballotKeys, commandId) : `p:${participantId}:${commandId}`;
  }
  const result = await deps.service.execute(live.state.id, actor, command.value, commandKey);
  return result.ok ? ok() : result;
}

async function deleteSession(deps: HandlerDeps, socket: AppSocket, raw: unknown): Promise<Result<unknown>> {
  const live = attachedSession(deps, socket);
  if (!live) return err('UNAUTHORIZED', 'Attach to a session first.');
  const payload = parsePayload(deleteSessionSchema, raw);
  if (!payload.ok) return payload;
  const allowed = checkFacilitator(socket, live, payload.value.token);
  if (!allowed.ok) return allowed;
  await deps.service.delete(live.state.id);
  return ok();
}

async function lookUpCode(
  deps: HandlerDeps,
  socket: AppSocket,
  handler: Handler,
  payload: unknown,
): Promise<Result<unknown>> {
  const address = deps.addressOf(socket);
  const wait = await deps.limits.codeLookupBlocked(address);
  if (wait !== null) return err('RATE_LIMITED', `Too many failed attempts; try again in ${wait} s.`);
  const result = await handler(deps, socket, payload);
  if (!result.ok && CODE_MISSES.has(result.error.code)) await deps.limits.recordCodeFailure(address);
  return result;
}

/** The room code a payload names, as the key of its token failures. */
function codeOf(payload: unknown): string {
  const raw = (payload as { code?: unknown } | null)?.code;
  if (typeof raw !== 'string') return '';
  return normalizeRoomCode(raw) ?? raw.slice(0, 20);
}

async function lookUpToken(
  deps: HandlerDeps,
  socket: AppSocket,
  handler: Handler,
  payload: unknown,
): Promise<Result<unknown>> {
  const result = await handler(deps, socket, payload);
  if (result.ok || result.error.code !== 'UNAUTHORIZED') return result;
  const wait = await deps.limits.recordTokenFailure(deps.addressOf(socket), codeOf(payload));
  return wait === null ? result : err('RATE_LIMITED', `Too many failed attempts; try again in ${wait} s.`);
}

function handlerFor(event: string): Handler | undefined {
  const byCode = CODE_LOOKUPS.get(event);
  if (byCode) return (deps, socket, payload) => lookUpCode(deps, socket, byCode, payload);
  const byToken = TOKEN_LOOKUPS.get(event);
  if (byToken) return (deps, socket, payload) => lookUpToken(deps, socket, byToken, payload);
  if (event === 'session:delete') return deleteSession;
  const spec = COMMAND_SPECS.get(event);
  return spec && ((deps, socket, payload) => runCommand(deps, socket, spec, payload));
}

async function dispatch(
  deps: HandlerDeps,
  socket: AppSocket,
  event: unknown,
  payload: unknown,
): Promise<Result<unknown>> {
  const wait = await deps.limits.spendMessage(socket.id);
  if (wait !== null) return err('RATE_LIMITED', `Slow down; try again in ${wait} s.`);
  const handler = typeof event === 'string' ? handlerFor(event) : undefined;
  return handler ? handler(deps, socket, payload) : err('BAD_REQUEST', 'Unknown event.');
}

/**
 * One dispatcher for every client event: rate-limited per connection, unknown events answered,
 * events without an ack dropped, thrown errors turned into INTERNAL: nothing a client sends can
 * crash the process.
 */
export function registerHandlers(io: AppServer, deps: HandlerDeps): void {
  io.use((socket, next) => {
    const address = deps.addressOf(socket);
    void deps.limits.openSocket(address).then((opened) => {
      if (!opened) return next(new Error('Too many connections from this address.'));
      const release = () => void deps.limits.closeSocket(address);
      // Gone while its slot was being counted: give the slot back at once.
      if (socket.conn.readyState === 'closed') return release();
      // The connection's close, not the socket's disconnect: it fires even if connecting fails later.
      socket.conn.once('close', release);
      next();
    });
  });
  io.on('connection', (socket) => {
    socket.on('disconnect', () => {
      deps.limits.forget(socket.id);
      deps.fanout.disconnected(socket);
    });
    socket.onAny((event: unknown, ...args: unknown[]) => {
      const ack = args[args.length - 1];
      if (typeof ack !== 'function') return;
      const payload = args.length > 1 ? args[0] : undefined;
      dispatch(deps, socket, event, payload).then(
        (result) => ack(result),
        (error: unknown) => {
          deps.log.error('handler failed', {
            event: String(event).slice(0, 64),
            socket: socket.id,
            ...describeError(error),
          });
          ack(err('INTERNAL', 'Something went wrong on the server.'));
        },
      );
    });
  });
}
