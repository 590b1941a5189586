import { createOutbox } from '../../client/session/outbox.js';
import { routeSocketTo } from '../../client/session/room-routing.js';
import { createSessionClient } from '../../client/session/session-client.js';
import { socketTransport } from '../../client/session/transport.js';
import { createTypedSocket } from '../../client/socket.js';
import { createAppStore } from '../../client/store/app-store.js';
import type { ConnectionStatus } from '../../client/store/connection-slice.js';

/**
 * The app's session client wired as client/session/runtime.ts wires it (real socket.io-client
 * socket, room routing, outbox over the socket), pointed at `url`, with every status it showed.
 */
export function realSessionClient(url: string) {
  const store = createAppStore();
  const socket = createTypedSocket(url, { autoConnect: false, transports: ['websocket'], forceNew: true });
  const outbox = createOutbox({
    store,
    transport: socketTransport(socket),
    onRefused: () => {},
    scheduleRetry: (flush) => setTimeout(flush, 500),
  });
  const client = createSessionClient({
    store,
    socket,
    outbox,
    isOnline: () => true,
    route: (code) => routeSocketTo(socket, code),
  });
  const statuses: ConnectionStatus[] = [];
  store.subscribe((state, previous) => {
    if (state.status !== previous.status) statuses.push(state.status);
  });
  client.start();
  /** The texts of the participant's own ideas, as the server's private view lists them. */
  const myIdeaTexts = () => store.getState().privateView?.view.myIdeas.map((idea) => idea.text) ?? [];
  return { store, socket, outbox, client, statuses, myIdeaTexts, close: () => socket.disconnect() };
}

export type RealSessionClient = ReturnType<typeof realSessionClient>;
