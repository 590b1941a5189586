import { io, type Socket } from 'socket.io-client';
import type { Result } from '../../shared/session/result.js';
import { commandId, ViewTracker, type TestSocket } from './clients.js';

/**
 * A participant that behaves like the real client: it reconnects by itself, resumes with its
 * token, and keeps every command until acknowledged, re-sending it with the same command id.
 */
export class ResilientParticipant {
  readonly tracker: ViewTracker;
  private readonly pending = new Map<string, { event: string; payload: Record<string, unknown> }>();
  private ready = false;
  /** Payloads of the commands the server acknowledged as applied. */
  readonly acknowledged: Record<string, unknown>[] = [];
  /** Error codes of the commands the server refused. */
  readonly refused: string[] = [];
  /** Error codes answered to a command that was then sent again (RATE_LIMITED, UNAVAILABLE). */
  readonly retried: string[] = [];

  constructor(
    url: string,
    private readonly code: string,
    private readonly token: string,
  ) {
    const socket: TestSocket = io(url, {
      transports: ['websocket'],
      reconnectionDelay: 100,
      reconnectionDelayMax: 500,
      randomizationFactor: 0,
      forceNew: true,
    });
    this.tracker = new ViewTracker(socket);
    socket.on('connect', () => void this.resume());
    socket.on('disconnect', () => (this.ready = false));
  }

  private get raw(): Socket {
    return this.tracker.socket as unknown as Socket;
  }

  private async resume(): Promise<void> {
    const lastVersion = this.tracker.publicView?.version ?? 0;
    const result = (await this.raw
      .timeout(2000)
      .emitWithAck('participant:resume', { code: this.code, token: this.token, lastVersion })
      .catch(() => null)) as Result<unknown> | null;
    if (!result?.ok) return;
    this.ready = true;
    for (const id of [...this.pending.keys()]) void this.flush(id);
  }

  private async flush(id: string): Promise<void> {
    const entry = this.pending.get(id);
    if (!entry || !this.ready) return;
    const result = (await this.raw
      .timeout(2000)
      .emitWithAck(entry.event, { ...entry.payload, commandId: id })
      .catch(() => null)) as Result<unknown> | null;
    // No answer: keep it; it goes again, with the same id, after the next resume.
    if (result === null || !this.pending.has(id)) return;
    // Asked to slow down, or the server is stopping: the same command again, a little later.
    if (!result.ok && (result.error.code === 'RATE_LIMITED' || result.error.code === 'UNAVAILABLE')) {
      this.retried.push(result.error.code);
      setTimeout(() => void this.flush(id), 1000);
      return;
    }
    this.pending.delete(id);
    if (result.ok) this.acknowledged.push(entry.payload);
    else this.refused.push(result.error.code);
  }

  /** Queues a command and sends it as soon as (and whenever) the connection allows. */
  send(event: string, payload: Record<string, unknown>): string {
    const id = commandId();
    this.pending.set(id, { event, payload });
    void this.flush(id);
    return id;
  }

  get unacknowledged(): number {
    return this.pending.size;
  }

  close(): void {
    this.tracker.socket.disconnect();
  }
}
