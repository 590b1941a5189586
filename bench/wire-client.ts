import WebSocket from 'ws';

/**
 * A minimal Socket.IO client speaking the real wire protocol (Engine.IO 4, Socket.IO 5, default
 * namespace, websocket transport only) directly over `ws`.
 *
 * Why not socket.io-client: one load-generator process plays up to 2,000 phones, and
 * socket.io-client JSON-parses every broadcast for every socket. Here a frame is handed over raw,
 * with its arrival time, and the simulated participant reads only the few numbers it needs, so
 * the generator measures the server rather than its own parsing.
 */

export type FrameHandler = (event: string, frame: Buffer, receivedAt: number) => void;

interface PendingAck {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

const ENGINE_PING = 0x32; // '2'
const ENGINE_MESSAGE = 0x34; // '4'
const SIO_CONNECT = 0x30; // '0'
const SIO_EVENT = 0x32; // '2'
const SIO_ACK = 0x33; // '3'
const SIO_CONNECT_ERROR = 0x34; // '4'

export class WireClient {
  private nextAckId = 0;
  private readonly acks = new Map<number, PendingAck>();
  private closedListeners: (() => void)[] = [];
  closed = false;

  private constructor(
    private readonly ws: WebSocket,
    private onFrame: FrameHandler,
  ) {}

  /**
   * Opens a websocket and connects the default namespace; rejects after `timeoutMs`. The room, if
   * given, goes in the handshake, as the app's client sends it for a proxy to route by.
   */
  static connect(baseUrl: string, onFrame: FrameHandler, timeoutMs: number, room?: string): Promise<WireClient> {
    const routed = room === undefined ? '' : `&room=${encodeURIComponent(room)}`;
    const url = `${baseUrl.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket${routed}`;
    const ws = new WebSocket(url, { perMessageDeflate: false });
    const client = new WireClient(ws, onFrame);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error('connect timed out')), timeoutMs);
      const fail = (error: Error) => {
        clearTimeout(timer);
        client.close();
        reject(error);
      };
      ws.once('error', fail);
      ws.once('close', () => fail(new Error('closed while connecting')));
      ws.once('open', () => ws.send('40'));
      client.onNamespaceConnect = (error) => {
        if (error) return fail(error);
        clearTimeout(timer);
        ws.removeAllListeners('error');
        ws.removeAllListeners('close');
        ws.on('error', () => client.markClosed());
        ws.on('close', () => client.markClosed());
        resolve(client);
      };
      ws.on('message', (data, isBinary) => {
        if (!isBinary && Buffer.isBuffer(data)) client.onMessage(data, performance.now());
      });
    });
  }

  private onNamespaceConnect: ((error: Error | null) => void) | null = null;

  /** Replaces who receives server events (a reconnected participant keeps its handler). */
  setHandler(onFrame: FrameHandler): void {
    this.onFrame = onFrame;
  }

  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.closedListeners.push(listener);
  }

  private onMessage(frame: Buffer, receivedAt: number): void {
    const engineType = frame[0];
    if (engineType === ENGINE_PING) {
      this.ws.send('3');
      return;
    }
    if (engineType !== ENGINE_MESSAGE) return;
    const sioType = frame[1];
    if (sioType === SIO_EVENT) this.onFrame(eventName(frame), frame, receivedAt);
    else if (sioType === SIO_ACK) this.onAck(frame);
    else if (sioType === SIO_CONNECT) this.onNamespaceConnect?.(null);
    else if (sioType === SIO_CONNECT_ERROR) this.onNamespaceConnect?.(new Error(frame.toString('utf8', 2)));
  }

  private onAck(frame: Buffer): void {
    let i = 2;
    let id = 0;
    while (i < frame.length && frame[i]! >= 0x30 && frame[i]! <= 0x39) id = id * 10 + (frame[i++]! - 0x30);
    const pending = this.acks.get(id);
    if (!pending) return;
    this.acks.delete(id);
    clearTimeout(pending.timer);
    const args = JSON.parse(frame.toString('utf8', i)) as unknown[];
    pending.resolve(args[0]);
  }

  /** Emits an event with an acknowledgement and resolves with the server's answer. */
  emitWithAck(event: string, payload: unknown, timeoutMs: number): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('socket closed'));
    const id = this.nextAckId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.acks.delete(id);
        reject(new Error(`${event} ack timed out`));
      }, timeoutMs);
      this.acks.set(id, { resolve, reject, timer });
      this.ws.send(`42${id}${JSON.stringify([event, payload])}`);
    });
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    for (const pending of this.acks.values()) {
      clearTimeout(pending.timer);
      pending.reject(new Error('socket closed'));
    }
    this.acks.clear();
    const listeners = this.closedListeners;
    this.closedListeners = [];
    for (const listener of listeners) listener();
  }

  /** Closes the socket at once (no close handshake wait), as a phone that goes away. */
  close(): void {
    this.markClosed();
    this.ws.terminate();
  }
}

/** The event name of a `42["name",...]` frame, read without parsing the payload. */
function eventName(frame: Buffer): string {
  const start = frame.indexOf(0x22, 2) + 1; // first '"'
  const end = frame.indexOf(0x22, start);
  return start > 0 && end > start ? frame.toString('latin1', start, end) : '';
}

/** Reads the integer after `key` (for example `"ballotsIn":`), searching from the end if asked. */
export function readNumber(frame: Buffer, key: Buffer, fromEnd = false): number | null {
  const at = fromEnd ? frame.lastIndexOf(key) : frame.indexOf(key);
  if (at < 0) return null;
  let i = at + key.length;
  let value = 0;
  let digits = 0;
  while (i < frame.length && frame[i]! >= 0x30 && frame[i]! <= 0x39) {
    value = value * 10 + (frame[i++]! - 0x30);
    digits++;
  }
  return digits > 0 ? value : null;
}

/** The payload of an event frame, parsed in full (only where a scenario needs the whole view). */
export function parseEventPayload<T>(frame: Buffer): T {
  const args = JSON.parse(frame.toString('utf8', 2)) as [string, T];
  return args[1];
}
