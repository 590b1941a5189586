import type { Result } from '../../shared/session/result.js';
import type { CommandEventName, CommandPayload } from '../../shared/protocol/schemas.js';
import type { AppSocket } from '../socket.js';

/**
 * acked: the server answered; unsent: there was no connection, nothing left the device;
 * lost: sent, but the connection dropped before the answer, so it may or may not have been applied.
 */
export type SendOutcome = { kind: 'acked'; result: Result<unknown> } | { kind: 'unsent' } | { kind: 'lost' };

/** How commands reach the server; a fake one in tests can drop acknowledgements on purpose. */
export interface Transport {
  isConnected(): boolean;
  send<E extends CommandEventName>(event: E, payload: CommandPayload<E>): Promise<SendOutcome>;
}

const ACK_TIMEOUT_MS = 10_000;

type AnyCommandEmit = (event: CommandEventName, payload: CommandPayload<CommandEventName>) => Promise<Result>;

/** Commands over the app's socket. It never emits while disconnected, so Socket.IO buffers nothing behind our back. */
export function socketTransport(socket: AppSocket): Transport {
  return {
    isConnected: () => socket.connected,
    async send(event, payload) {
      if (!socket.connected) return { kind: 'unsent' };
      const timed = socket.timeout(ACK_TIMEOUT_MS);
      // Every command event has the same shape (payload, ack of Result); the mapped type cannot say so.
      const emit = timed.emitWithAck.bind(timed) as unknown as AnyCommandEmit;
      try {
        return { kind: 'acked', result: await emit(event, payload) };
      } catch {
        return { kind: 'lost' };
      }
    },
  };
}
