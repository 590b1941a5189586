import { normalizeRoomCode } from '../../shared/session/room-code.js';
import type { AppSocket } from '../socket.js';

/**
 * Names the room in the connection's handshake (`?room=CODE`, on every long-polling request too),
 * so that a proxy in front of several server processes sends every connection of a room to the
 * process that owns it (docs/scaling.md). One process ignores it. Moving to another room opens a
 * new connection, since an open one keeps the handshake it was made with.
 */
export function routeSocketTo(socket: AppSocket, rawCode: string): void {
  const code = normalizeRoomCode(rawCode) ?? rawCode;
  const query = (socket.io.opts.query ?? {}) as Record<string, string>;
  if (query.room === code) return;
  socket.io.opts.query = { ...query, room: code };
  if (!socket.active) return;
  socket.disconnect();
  socket.connect();
}
