import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/events.js';

/**
 * What the server remembers about a connection once it has attached to a session. Nothing secret:
 * a cluster adapter sends it to other processes (a participant's keys are in voter-keys.ts).
 */
export interface SocketData {
  sessionId?: string;
  role?: 'participant' | 'facilitator' | 'display';
  participantId?: string;
  /** A table's shared screen: the number of its table. */
  tableNumber?: number;
}

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** Socket.IO rooms: public views, the facilitator's views, and one participant's own sockets. */
export const rooms = {
  public: (sessionId: string) => `pub:${sessionId}`,
  facilitator: (sessionId: string) => `fac:${sessionId}`,
  participant: (participantId: string) => `p:${participantId}`,
  /** A table's phones and shared screen while the tables are at work. */
  table: (sessionId: string, tableId: string) => `tab:${sessionId}:${tableId}`,
};
