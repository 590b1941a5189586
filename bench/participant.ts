import { parseEventPayload, readNumber, WireClient } from './wire-client.js';

/** Counters of the public view that the scenarios watch to see a change arrive. */
export const COUNTERS = ['participantCount', 'ideasSubmitted', 'ballotsIn'] as const;
export type Counter = (typeof COUNTERS)[number];

const KEYS: Record<Counter | 'version', Buffer> = {
  version: Buffer.from('"version":'),
  participantCount: Buffer.from('"participantCount":'),
  ideasSubmitted: Buffer.from('"ideasSubmitted":'),
  ballotsIn: Buffer.from('"ballotsIn":'),
};
// ballotsIn sits after the idea list in a view, so it is found fastest from the end.
const FROM_END: Record<Counter, boolean> = { participantCount: false, ideasSubmitted: false, ballotsIn: true };

/** Told whenever a counter of a participant's view goes up. */
export type CounterListener = (counter: Counter, previous: number, value: number, at: number) => void;

/**
 * One simulated person: a socket, the latest version and counters of the view it was sent, and
 * (while recording) the arrival time of every increase of one counter.
 */
export class Participant {
  client: WireClient | null = null;
  participantId = '';
  token = '';
  version = 0;
  readonly counters: Record<Counter, number> = { participantCount: 0, ideasSubmitted: 0, ballotsIn: 0 };
  views = 0;
  viewBytes = 0;
  /** Arrival of the first view after the last (re)attach. */
  firstViewAt: number | null = null;
  firstViewVersion = 0;
  /** The latest private frame, kept only where a scenario reads it (never the big public ones). */
  lastPrivate: Buffer | null = null;
  /** The facilitator's view, kept whole: full views replace it, patches are merged in. */
  facilitatorView: Record<string, unknown> | null = null;
  facilitatorUpdates = 0;
  restartNotices = 0;
  recording: Counter | null = null;
  times: number[] = [];
  values: number[] = [];
  listener: CounterListener | null = null;

  constructor(readonly index: number) {}

  /** Handles one server event frame (see WireClient). */
  readonly onFrame = (event: string, frame: Buffer, at: number): void => {
    switch (event) {
      case 'session:view':
      case 'session:patch':
        this.onView(frame, at);
        break;
      case 'facilitator:view':
      case 'facilitator:patch':
        this.keepFacilitatorView(event, frame);
        this.onView(frame, at);
        break;
      case 'participant:update':
        // A participant's own view: the public change of the same commit, if any, follows as a
        // session message and is counted there.
        this.lastPrivate = frame;
        break;
      case 'server:restarting':
        this.restartNotices++;
        break;
      default:
        break;
    }
  };

  private keepFacilitatorView(event: string, frame: Buffer): void {
    if (event === 'facilitator:view') {
      this.facilitatorView = parseEventPayload<{ view: Record<string, unknown> }>(frame).view;
    } else if (this.facilitatorView) {
      const { changes } = parseEventPayload<{ changes: Record<string, unknown> }>(frame);
      this.facilitatorView = { ...this.facilitatorView, ...changes };
    }
    this.facilitatorUpdates++;
  }

  private onView(frame: Buffer, at: number): void {
    this.views++;
    this.viewBytes += frame.length;
    const version = readNumber(frame, KEYS.version) ?? 0;
    if (this.firstViewAt === null) {
      this.firstViewAt = at;
      this.firstViewVersion = version;
    }
    if (version < this.version) return; // an older view never undoes a newer one
    this.version = version;
    for (const counter of COUNTERS) {
      const value = readNumber(frame, KEYS[counter], FROM_END[counter]);
      const previous = this.counters[counter];
      if (value === null || value <= previous) {
        if (value !== null) this.counters[counter] = value;
        continue;
      }
      this.counters[counter] = value;
      if (this.recording === counter) {
        this.times.push(at);
        this.values.push(value);
      }
      this.listener?.(counter, previous, value, at);
    }
  }

  /** Starts a fresh record of when `counter` went up. */
  record(counter: Counter | null): void {
    this.recording = counter;
    this.times = [];
    this.values = [];
  }

  /** Forgets what the last connection saw, before attaching again. */
  resetFirstView(): void {
    this.firstViewAt = null;
    this.firstViewVersion = 0;
  }

  close(): void {
    this.client?.close();
    this.client = null;
  }
}
