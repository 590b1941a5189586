import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/protocol/events.js';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * Makes a typed socket. The app uses one (below); the demo's simulated participants make their own,
 * so that each is a separate person to the server.
 */
export function createTypedSocket(url: string | undefined, options: Partial<ManagerOptions & SocketOptions> = {}) {
  const socket: AppSocket = url === undefined ? io(options) : io(url, options);
  return socket;
}

let appSocket: AppSocket | null = null;

/** The page's one connection to the server, opened on first use. */
export function getSocket(): AppSocket {
  // autoConnect is off so listeners are in place before the first `connect` fires.
  appSocket ??= createTypedSocket(undefined, { autoConnect: false, reconnectionDelayMax: 4000 });
  return appSocket;
}
