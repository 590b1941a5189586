import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents, Versioned, ViewPatch } from '../../shared/protocol/events.js';
import type { Result } from '../../shared/session/result.js';
import type { CreateSessionInput } from '../../shared/protocol/schemas.js';
import type { FacilitatorView, PrivateView, PublicView } from '../../shared/session/views.js';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let commandCounter = 0;
/** A client-made command id, as a real client would make one. */
export function commandId(): string {
  commandCounter += 1;
  return `cmd-${process.pid}-${Date.now()}-${commandCounter}`;
}

/** A connected socket.io-client, websocket only, no automatic reconnection. */
export async function connect(url: string): Promise<TestSocket> {
  const socket: TestSocket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Sends any event (known or not) with an ack and returns the server's Result. */
export async function call<T = unknown>(socket: TestSocket, event: string, payload?: unknown): Promise<Result<T>> {
  const untyped = socket as unknown as Socket;
  const args = payload === undefined ? [] : [payload];
  return (await untyped.timeout(10_000).emitWithAck(event, ...args)) as Result<T>;
}

/** Like `call`, but fails the test unless the server accepted. */
export async function must<T = unknown>(socket: TestSocket, event: string, payload?: unknown): Promise<T> {
  const result = await call<T>(socket, event, payload);
  if (!result.ok) throw new Error(`${event} refused: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Creates a session over HTTP and returns its code and facilitator token. */
export async function createSession(
  url: string,
  input: CreateSessionInput,
): Promise<{ sessionId: string; code: string; facilitatorToken: string }> {
  const response = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as Result<{ sessionId: string; code: string; facilitatorToken: string }>;
  if (!body.ok) throw new Error(`create refused: ${body.error.message}`);
  return body.value;
}

/** Keeps the latest view of each kind a socket received, and lets a test wait for one. */
export class ViewTracker {
  publicView: Versioned<PublicView> | null = null;
  facilitator: Versioned<FacilitatorView> | null = null;
  mine: Versioned<PrivateView> | null = null;
  removed = false;
  private waiters: (() => void)[] = [];

  constructor(readonly socket: TestSocket) {
    socket.on('session:view', (m) => this.update(() => (this.publicView = m)));
    socket.on('facilitator:view', (m) => this.update(() => (this.facilitator = m)));
    socket.on('session:patch', (m) => this.update(() => (this.publicView = this.patched(this.publicView, m))));
    socket.on('facilitator:patch', (m) => this.update(() => (this.facilitator = this.patched(this.facilitator, m))));
    // Taken at once: the public message of the same commit, if any, follows right after.
    socket.on('participant:update', (m) => this.update(() => (this.mine = m.private)));
    socket.onAny((event: string, message: unknown) => this.deliveries.push({ event, message }));
    socket.on('participant:removed', () => this.update(() => (this.removed = true)));
  }

  /** Patches received on a version other than the one held (should never happen). */
  gaps = 0;
  /** Every message this socket received, in order. */
  readonly deliveries: { event: string; message: unknown }[] = [];

  private patched<V>(held: Versioned<V> | null, patch: ViewPatch<V>): Versioned<V> | null {
    if (held === null || held.version !== patch.baseVersion) {
      this.gaps += 1;
      return held;
    }
    return { version: patch.version, serverTime: patch.serverTime, view: { ...held.view, ...patch.changes } };
  }

  private update(apply: () => void): void {
    apply();
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** The public part of whatever view this socket gets (facilitator views include it). */
  get view(): PublicView | null {
    return this.facilitator?.view ?? this.publicView?.view ?? null;
  }

  /** Resolves once `check` holds for this tracker, or fails after `ms`. */
  async until(check: (t: ViewTracker) => boolean, ms = 5000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!check(this)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('Timed out waiting for a view');
      await new Promise<void>((resolve) => {
        // Re-checks at least every 50 ms, for conditions that no view announces.
        const timer = setTimeout(resolve, Math.min(left, 50));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}
