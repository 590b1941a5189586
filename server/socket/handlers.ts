import { err, ok, type Result } from '../../shared/protocol/result.js';
import type { Actor } from '../../shared/session/commands.js';
import { describeError } from '../logger.js';
import { tokenMatches } from '../sessions/secrets.js';
import { handleDisplayAttach, handleFacilitatorAttach, handleJoin, handleResume } from './attach.js';
import { COMMANDS, type CommandSpec } from './command-table.js';
import type { HandlerDeps } from './handler-deps.js';
import { parsePayload } from './parse.js';
import type { AppServer, AppSocket } from './types.js';

type Handler = (deps: HandlerDeps, socket: AppSocket, payload: unknown) => Result<unknown> | Promise<Result<unknown>>;

const ATTACH_HANDLERS: Record<string, Handler> = {
  'participant:join': handleJoin,
  'participant:resume': handleResume,
  'facilitator:attach': handleFacilitatorAttach,
  'display:attach': handleDisplayAttach,
};

/** AUTH, then VALIDATION, then RESOLUTION: who is asking, is the payload sound, then the service. */
async function runCommand(
  deps: HandlerDeps,
  socket: AppSocket,
  spec: CommandSpec,
  raw: unknown,
): Promise<Result<unknown>> {
  const { sessionId, role, participantId, ballotKey } = socket.data;
  const live = sessionId === undefined ? undefined : deps.service.get(sessionId);
  if (!live || !sessionId) return err('UNAUTHORIZED', 'Join or attach to a session first.');
  if (role !== spec.role) return err('FORBIDDEN', `Only the ${spec.role} can do that.`);
  const payload = parsePayload(spec.schema, raw);
  if (!payload.ok) return payload;
  const { commandId, token } = payload.value as { commandId: string; token?: string };
  let actor: Actor;
  let commandKey: string;
  if (spec.role === 'facilitator') {
    // The token is checked on every command, so a socket cannot keep powers its token lost.
    if (token === undefined || !tokenMatches(token, live.state.facilitatorTokenHash)) {
      return err('UNAUTHORIZED', 'The facilitator token is not valid for this session.');
    }
    actor = { role: 'facilitator' };
    commandKey = `f:${commandId}`;
  } else {
    if (!participantId || !ballotKey) return err('UNAUTHORIZED', 'Join the session first.');
    actor = { role: 'participant', participantId, ballotKey };
    commandKey = `p:${participantId}:${commandId}`;
  }
  const command = spec.toCommand(payload.value as never);
  const result = await deps.service.execute(sessionId, actor, command, commandKey);
  return result.ok ? ok() : result;
}

function handlerFor(event: string): Handler | undefined {
  const attachHandler = ATTACH_HANDLERS[event];
  if (attachHandler) return attachHandler;
  const spec = (COMMANDS as Record<string, CommandSpec | undefined>)[event];
  return spec && ((deps, socket, payload) => runCommand(deps, socket, spec, payload));
}

/**
 * One dispatcher for every client event: unknown events and events without an ack are answered
 * or dropped, thrown errors become INTERNAL, and nothing a client sends can crash the process.
 */
export function registerHandlers(io: AppServer, deps: HandlerDeps): void {
  io.on('connection', (socket) => {
    socket.onAny((event: unknown, ...args: unknown[]) => {
      const ack = args[args.length - 1];
      if (typeof ack !== 'function') return;
      const reply = (result: Result<unknown>) => (ack as (r: Result<unknown>) => void)(result);
      const handler = typeof event === 'string' ? handlerFor(event) : undefined;
      if (!handler) {
        reply(err('BAD_REQUEST', 'Unknown event.'));
        return;
      }
      const payload = args.length > 1 ? args[0] : undefined;
      Promise.resolve()
        .then(() => handler(deps, socket, payload))
        .then(reply, (error: unknown) => {
          deps.log.error('handler failed', { event, socket: socket.id, ...describeError(error) });
          reply(err('INTERNAL', 'Something went wrong on the server.'));
        });
    });
  });
}
