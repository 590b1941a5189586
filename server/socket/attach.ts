import { err, ok, type AppError, type Result } from '../../shared/session/result.js';
import {
  displayAttachSchema,
  facilitatorAttachSchema,
  joinSchema,
  resumeSchema,
} from '../../shared/protocol/schemas.js';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.js';
import type { JoinReply } from '../../shared/protocol/events.js';
import { normalizeRoomCode } from '../../shared/session/room-code.js';
import { ballotKeys, hashToken, newToken, tokenMatches } from '../sessions/secrets.js';
import type { LiveSession } from '../sessions/session-service.js';
import type { HandlerDeps } from './handler-deps.js';
import { parsePayload } from './parse.js';
import { rooms, type AppSocket, type SocketData } from './types.js';

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

/** Moves a socket into a session's rooms under one role, leaving whatever it was attached to. */
function attach(deps: HandlerDeps, socket: AppSocket, data: SocketData): void {
  for (const room of socket.rooms) if (room !== socket.id) void socket.leave(room);
  socket.data = data;
  const sessionId = data.sessionId as string;
  if (data.role === 'facilitator') void socket.join(rooms.facilitator(sessionId));
  else void socket.join(rooms.public(sessionId));
  if (data.role === 'participant' && data.participantId && data.ballotKeys) {
    void socket.join(rooms.participant(data.participantId));
    deps.fanout.registerParticipant(sessionId, data.participantId, data.ballotKeys);
  }
  // Greeted on the next turn of the event loop, after the ack has been written.
  deps.fanout.sendCurrent(socket);
}

function attachParticipant(
  deps: HandlerDeps,
  socket: AppSocket,
  live: LiveSession,
  participantId: string,
  token: string,
): void {
  attach(deps, socket, {
    sessionId: live.state.id,
    role: 'participant',
    participantId,
    ballotKeys: ballotKeys(live.state.ballotSalt, token),
  });
}

export async function handleJoin(deps: HandlerDeps, socket: AppSocket, raw: unknown): Promise<Result<JoinReply>> {
  const payload = parsePayload(joinSchema, raw);
  if (!payload.ok) return payload;
  const { value } = payload;
  const versionError = checkVersion(value.protocolVersion);
  if (versionError) return versionError;
  const live = sessionByCode(deps, value.code);
  if (!live) return JOIN_REFUSED;
  const token = newToken();
  const organization = value.organization ? value.organization : null;
  const result = await deps.service.execute(
    live.state.id,
    { role: 'joiner' },
    { type: 'join', name: value.name, organization, tokenHash: hashToken(token), joinId: value.joinId ?? null },
    null,
  );
  if (!result.ok) return result.error.code === 'JOIN_REFUSED' ? JOIN_REFUSED : result;
  const joined = result.value.find((e) => e.type === 'participantJoined' || e.type === 'participantTokenRenewed');
  if (joined?.type !== 'participantJoined' && joined?.type !== 'participantTokenRenewed') {
    return err('INTERNAL', 'The join was not recorded.');
  }
  const current = deps.service.get(live.state.id) ?? live;
  attachParticipant(deps, socket, current, joined.participantId, token);
  return ok({ participantId: joined.participantId, token, sessionId: live.state.id, code: live.state.code });
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
  const tokenHash = hashToken(payload.value.token);
  const participant = Object.values(live.state.participants).find((p) => p.tokenHash === tokenHash);
  if (!participant || participant.removed) return BAD_TOKEN;
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
  attach(deps, socket, { sessionId: live.state.id, role: 'display' });
  return ok({ sessionId: live.state.id });
}
