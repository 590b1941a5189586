import { io } from 'socket.io-client';
import type { TestSocket } from './clients.js';

/**
 * A socket opened as a client behind a reverse proxy would be seen: with an X-Forwarded-For
 * header (which a client can forge; the server believes it only from proxies it trusts).
 * Resolves with the socket, or with the handshake's refusal message.
 */
export function openSocket(url: string, forwardedFor?: string): Promise<TestSocket | string> {
  const socket: TestSocket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    ...(forwardedFor ? { extraHeaders: { 'x-forwarded-for': forwardedFor } } : {}),
  });
  return new Promise((resolve) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.disconnect();
      resolve(error.message);
    });
  });
}

/** Like openSocket, but fails the test unless the socket connected. */
export async function connectAs(url: string, forwardedFor?: string): Promise<TestSocket> {
  const socket = await openSocket(url, forwardedFor);
  if (typeof socket === 'string') throw new Error(`connection refused: ${socket}`);
  return socket;
}

/** POST /api/sessions as a client at `forwardedFor`; the HTTP status. */
export async function createAs(url: string, title: string, forwardedFor?: string): Promise<number> {
  const response = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: JSON.stringify({ title }),
  });
  await response.arrayBuffer();
  return response.status;
}
