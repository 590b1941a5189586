import { ClusterAdapter, MessageType, type ClusterMessage, type ClusterResponse } from 'socket.io-adapter';
import type { Namespace } from 'socket.io';

/**
 * A cluster adapter (Socket.IO's own cluster code, as the Redis Streams adapter extends it) whose
 * other processes are a tap: everything it would hand them, broadcasts and answers to their
 * requests alike, is kept as the JSON the Redis adapter writes to its stream, for a test to read as
 * an attacker reading Redis would.
 */
export class WiretapAdapter extends ClusterAdapter {
  readonly sent: string[] = [];

  constructor(nsp: Namespace) {
    super(nsp);
  }

  protected doPublish(message: ClusterMessage): Promise<string> {
    this.sent.push(JSON.stringify(message));
    return Promise.resolve('');
  }

  protected doPublishResponse(_requester: string, response: ClusterResponse): Promise<void> {
    this.sent.push(JSON.stringify(response));
    return Promise.resolve();
  }

  /**
   * Asks what another process asks when it lists sockets (Presence does, for the consoles), and
   * resolves once this process has answered that request (not on any other message meanwhile,
   * such as a presence list going out).
   */
  async listSocketsForAnotherProcess(): Promise<void> {
    const requestId = 'tap';
    this.onMessage({
      uid: 'another-process',
      nsp: '/',
      type: MessageType.FETCH_SOCKETS,
      data: { opts: { rooms: [], except: [], flags: {} }, requestId },
    });
    const answer = `"requestId":"${requestId}"`;
    while (!this.sent.some((message) => message.includes(answer))) {
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}
