import type { RequestHandler } from 'express';
import { err } from '../../shared/session/result.js';
import { normalizeRoomCode } from '../../shared/session/room-code.js';
import type { AppSocket } from '../socket/types.js';

/** Makes this process the owner of a room before it serves it (see ownership.ts). */
export interface SessionGate {
  open(code: string): Promise<'ok' | 'none' | 'busy'>;
}

type Next = (error?: Error) => void;

/**
 * Socket.IO middleware: a handshake naming a room (`?room=CODE`, also the proxy's routing key)
 * waits until this process owns that room. An unknown room passes (the attach then says so, as
 * on one process); a room another live process will not give up is refused, and the client tries
 * again.
 */
export function socketRoomGate(gate: SessionGate) {
  return (socket: AppSocket, next: Next): void => {
    const room = socket.handshake.query.room;
    const code = typeof room === 'string' ? normalizeRoomCode(room) : null;
    if (code === null) {
      next();
      return;
    }
    gate.open(code).then(
      (result) => next(result === 'busy' ? new Error('UNAVAILABLE') : undefined),
      () => next(new Error('UNAVAILABLE')),
    );
  };
}

/** The same for an HTTP route with the room code in its path (exports). */
export function httpRoomGate(gate: SessionGate): RequestHandler {
  return (req, res, next) => {
    const raw = req.params.code;
    const code = typeof raw === 'string' ? normalizeRoomCode(raw) : null;
    if (code === null) {
      next();
      return;
    }
    const busy = () => res.status(503).set('Retry-After', '2').json(err('UNAVAILABLE', 'Try again in a moment.'));
    gate.open(code).then((result) => (result === 'busy' ? busy() : next()), busy);
  };
}
