import { Participant, type Counter } from './participant.js';
import { WireClient } from './wire-client.js';

/** The shape of every acknowledgement of the protocol. */
export type AckResult = { ok: true; value?: unknown } | { ok: false; error: { code: string; message: string } };

let commands = 0;
/** A client-made command id, unique across the run. */
export function commandId(): string {
  commands += 1;
  return `bench-${process.pid}-${commands.toString(36).padStart(6, '0')}`;
}

/** Sends one event and turns a refusal, a timeout or a closed socket into a failed result. */
export async function send(who: Participant, event: string, payload: unknown, timeoutMs: number): Promise<AckResult> {
  if (!who.client) return { ok: false, error: { code: 'BENCH_CLOSED', message: 'not connected' } };
  try {
    return (await who.client.emitWithAck(event, payload, timeoutMs)) as AckResult;
  } catch (error) {
    return { ok: false, error: { code: 'BENCH_TRANSPORT', message: (error as Error).message } };
  }
}

/** Creates a session over HTTP and returns its code and facilitator token. */
export async function createSession(url: string, body: unknown): Promise<{ code: string; facilitatorToken: string }> {
  const response = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const result = (await response.json()) as AckResult;
  if (!result.ok) throw new Error(`session not created: ${result.error.message}`);
  return result.value as { code: string; facilitatorToken: string };
}

/** Connects a participant's socket (replacing any previous one); false if it failed. */
export async function connectParticipant(
  who: Participant,
  url: string,
  timeoutMs: number,
  room?: string,
): Promise<boolean> {
  who.close();
  try {
    who.client = await WireClient.connect(url, who.onFrame, timeoutMs, room);
    return true;
  } catch {
    return false;
  }
}

/** Connects and joins under a bench name; the error code, or null on success. */
export async function joinRoom(who: Participant, url: string, code: string, timeoutMs: number): Promise<string | null> {
  if (!(await connectParticipant(who, url, timeoutMs, code))) return 'BENCH_CONNECT';
  const result = await send(who, 'participant:join', { code, name: `Bench ${who.index}` }, timeoutMs);
  if (!result.ok) return result.error.code;
  const value = result.value as { participantId: string; token: string };
  who.participantId = value.participantId;
  who.token = value.token;
  return null;
}

interface Watch {
  counter: Counter;
  target: number;
  pending: number;
  lastAt: number;
  done: () => void;
}

/**
 * Many participants and a way to wait, without polling, until all of their views show a counter
 * at or above a value.
 */
export class Crowd {
  readonly members: Participant[] = [];
  private watch: Watch | null = null;

  constructor(size: number, firstIndex = 0) {
    for (let i = 0; i < size; i++) this.add(new Participant(firstIndex + i));
  }

  add(member: Participant): void {
    this.members.push(member);
    member.listener = (counter, previous, value, at) => {
      const watch = this.watch;
      if (!watch || counter !== watch.counter || previous >= watch.target || value < watch.target) return;
      watch.lastAt = Math.max(watch.lastAt, at);
      if (--watch.pending === 0) watch.done();
    };
  }

  /** Resolves when every connected member's `counter` reached `target`: how many did not, and when the last one did. */
  reach(counter: Counter, target: number, timeoutMs: number): Promise<{ missing: number; lastAt: number }> {
    return new Promise((resolve) => {
      const pending = this.members.filter((m) => m.client && m.counters[counter] < target).length;
      const finish = () => {
        clearTimeout(timer);
        const watch = this.watch;
        this.watch = null;
        resolve({ missing: watch?.pending ?? 0, lastAt: watch?.lastAt ?? performance.now() });
      };
      const timer = setTimeout(finish, pending === 0 ? 0 : timeoutMs);
      this.watch = { counter, target, pending, lastAt: 0, done: finish };
    });
  }

  /** Ends the current wait at once (its change was refused, so it will never arrive). */
  cancel(): void {
    this.watch?.done();
  }

  record(counter: Counter | null): void {
    for (const member of this.members) member.record(counter);
  }

  /**
   * The highest value of `counter` any member's view shows: the count a new stream of changes
   * starts from. (The facilitator's view can trail the participants' by a frame, so not that.)
   */
  highest(counter: Counter): number {
    let highest = 0;
    for (const member of this.members) highest = Math.max(highest, member.counters[counter]);
    return highest;
  }

  /** Frames and bytes of views received by all members so far. */
  delivered(): { views: number; bytes: number } {
    let views = 0;
    let bytes = 0;
    for (const member of this.members) {
      views += member.views;
      bytes += member.viewBytes;
    }
    return { views, bytes };
  }

  closeAll(): void {
    for (const member of this.members) member.close();
  }
}
