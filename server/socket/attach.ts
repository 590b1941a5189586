import { err, ok, type AppError, type Result } from '../../shared/session/result.js';
import {
  displayAttachSchema,
  facilitatorAttachSchema,
  joinSchema,
  resumeSchema,
} from '../../shared/protocol/schemas.js';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.js';
import type { JoinReply } from '../../shared/protocol/events.js';
import { acceptsJoins } from '../../shared/session/decide-room.js';
import { normalizeRoomCode } from '../../shared/session/room-code.js';
import { admit, participantByToken } from '../sessions/participant-access.js';
import { AnswerKeyring, ballotKeys, joinKey, tableBallotKey, tokenMatches } from '../sessions/secrets.js';
import type { LiveSession } from '../sessions/session-service.js';
import { memoOn } from '../../shared/session/memo.js';
import type { SessionState } from '../../shared/session/state.js';
import type { HandlerDeps } from './handler-deps.js';
import { parsePayload } from './parse.js';
import type { AppSocket, SocketData } from './types.js';
import { holdVoterKeys, type VoterKeys } from './voter-keys.js';

// One answer for an unknown, locked or finished room, so that a join reveals nothing.
const JOIN_REFUSED = err('JOIN_REFUSED', 'No open session has that code. Check the code with the facilitator.');
const BAD_TOKEN = err('UNAUTHORIZED', 'This link is no longer valid for that session.');

function checkVersion(version: number | undefined): { ok: false; error: AppError } | null {
  if (version === undefined || version === PROTOCOL_VERSION) return null;
  return err('UNSUPPORTED_VERSION', `This server speaks protocol version ${PROTOCOL_VERSION}; reload the app.`);
}

function sessionByCode(deps: HandlerDeps, raw: string): LiveSession | undefined {
  const code = normalizeRoomCode(raw);
  return code === null ? undefined : deps.service.findByCode(code);
}

/**
 * Moves a socket to a session under one role, leaving whatever it was attached to. It enters the
 * session's rooms only once greeted with its full view (see ViewFanout.greet), so no patch can
 * reach it before the view the patch builds on.
 */
function attach(deps: HandlerDeps, socket: AppSocket, data: SocketData, keys?: VoterKeys): void {
  for (const room of socket.rooms) if (room !== socket.id) void socket.leave(room);
  socket.data = data;
  holdVoterKeys(socket, keys);
  // Greeted on the next turn of the event loop, after the ack has been written.
  deps.fanout.sendCurrent(socket);
  // A phone that came (back) online, or a console that needs the list.
  if (data.role !== 'display') deps.fanout.presence.changed(data.sessionId as string);
}

function attachParticipant(
  deps: HandlerDeps,
  socket: AppSocket,
  live: LiveSession,
  participantId: string,
  token: string,
): void {
  const salt = live.state.ballotSalt;
  attach(
    deps,
    socket,
    { sessionId: live.state.id, role: 'participant', participantId },
    {
      ballotKeys: ballotKeys(salt, token),
      tableKey: tableBallotKey(salt, token),
      answerKeys: new AnswerKeyring(salt, token),
    },
  );
}

// Counted once per version of the roster, not once per join: every join of a storm that arrives
// before the next commit reads the same roster, and counting it each time made the storm O(N²).
const presentCount = memoOn((participants: SessionState['participants']): number => {
  let count = 0;
  for (const participant of participants.values()) if (!participant.removed) count++;
  return count;
});

/**
 * Holds a seat for a new person until their join is committed (so a burst of joins cannot
 * overshoot the cap); the returned function gives it back. A retried join is the same person.
 */
function takeSeat(deps: HandlerDeps, live: LiveSession, joinId: string | undefined): Result<() => void> {
  const retried = joinId !== undefined && live.state.joinIds.get(joinKey(live.state.ballotSalt, joinId)) !== undefined;
  if (retried || !acceptsJoins(live.state)) return ok(() => {});
  if (!deps.limits.reserveSeat(live.state.id, presentCount(live.state.participants)))
    return err('LIMIT_REACHED', 'This session is full.');
  return ok(() => deps.limits.releaseSeat(live.state.id));
}

export async function handleJoin(deps: HandlerDeps, socket: AppSocket, raw: unknown): Promise<Result<JoinReply>> {
  const payload = parsePayload(joinSchema, raw);
  if (!payload.ok) return payload;
  const { value } = payload;
  const versionError = checkVersion(value.protocolVersion);
  if (versionError) return versionError;
  const live = sessionByCode(deps, value.code);
  if (!live) return JOIN_REFUSED;
  const seat = takeSeat(deps, live, value.joinId);
  if (!seat.ok) return seat;
  const result = await admit(deps.service, live.state.id, {
    name: value.name,
    organization: value.organization ? value.organization : null,
    joinId: value.joinId ?? null,
  }).finally(seat.value);
  if (!result.ok) return result.error.code === 'JOIN_REFUSED' ? JOIN_REFUSED : result;
  const { participantId, token } = result.value;
  attachParticipant(deps, socket, deps.service.get(live.state.id) ?? live, participantId, token);
  return ok({ participantId, token, sessionId: live.state.id, code: live.state.code });
}

export function handleResume(
  deps: HandlerDeps,
  socket: AppSocket,
  raw: unknown,
): Result<{ participantId: string; sessionId: string }> {
  const payload = parsePayload(resumeSchema, raw);
  if (!payload.ok) return payload;
  const versionError = checkVersion(payload.value.protocolVersion);
  if (versionError) return versionError;
  const live = sessionByCode(deps, payload.value.code);
  if (!live) return BAD_TOKEN;
  const participant = participantByToken(live.state, payload.value.token);
  if (!participant) return BAD_TOKEN;
  attachParticipant(deps, socket, live, participant.id, payload.value.token);
  return ok({ participantId: participant.id, sessionId: live.state.id });
}

export function handleFacilitatorAttach(
  deps: HandlerDeps,
  socket: AppSocket,
  raw: unknown,
): Result<{ sessionId: string }> {
  const payload = parsePayload(facilitatorAttachSchema, raw);
  if (!payload.ok) return payload;
  const versionError = checkVersion(payload.value.protocolVersion);
  if (versionError) return versionError;
  const live = sessionByCode(deps, payload.value.code);
  if (!live || !tokenMatches(payload.value.token, live.state.facilitatorTokenHash)) return BAD_TOKEN;
  attach(deps, socket, { sessionId: live.state.id, role: 'facilitator' });
  return ok({ sessionId: live.state.id });
}

export function handleDisplayAttach(deps: HandlerDeps, socket: AppSocket, raw: unknown): Result<{ sessionId: string }> {
  const payload = parsePayload(displayAttachSchema, raw);
  if (!payload.ok) return payload;
  const versionError = checkVersion(payload.value.protocolVersion);
  if (versionError) return versionError;
  const live = sessionByCode(deps, payload.value.code);
  if (!live) return err('NOT_FOUND', 'No session has that code.');
  const { table } = payload.value;
  attach(deps, socket, {
    sessionId: live.state.id,
    role: 'display',
    ...(table === undefined ? {} : { tableNumber: table }),
  });
  return ok({ sessionId: live.state.id });
}
