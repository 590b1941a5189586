import type { CreateSessionInput } from '../../shared/protocol/schemas.js';
import type { Phase } from '../../shared/session/phases.js';
import { call, commandId, connect, createSession, must, ViewTracker } from './clients.js';

interface Person {
  name: string;
  organization?: string;
  token: string;
  participantId: string;
  tracker: ViewTracker;
}

/** A facilitator and named participants on real sockets, able to reconnect after a restart. */
export class Room {
  readonly people = new Map<string, Person>();
  facilitator!: ViewTracker;

  private constructor(
    public url: string,
    readonly code: string,
    readonly facilitatorToken: string,
  ) {}

  /** Sockets name their room in the handshake (`?room=`), as a proxy routing by room needs. */
  routed = false;

  private socketUrl(): string {
    return this.routed ? `${this.url}?room=${this.code}` : this.url;
  }

  static async open(url: string, input: CreateSessionInput, options: { routed?: boolean } = {}): Promise<Room> {
    const created = await createSession(url, input);
    const room = new Room(url, created.code, created.facilitatorToken);
    room.routed = options.routed ?? false;
    room.facilitator = new ViewTracker(await connect(room.socketUrl()));
    await must(room.facilitator.socket, 'facilitator:attach', { code: room.code, token: room.facilitatorToken });
    return room;
  }

  async join(name: string, organization?: string): Promise<Person> {
    const tracker = new ViewTracker(await connect(this.socketUrl()));
    const reply = await must<{ participantId: string; token: string }>(tracker.socket, 'participant:join', {
      code: this.code,
      name,
      ...(organization ? { organization } : {}),
    });
    const person = { name, organization, token: reply.token, participantId: reply.participantId, tracker };
    this.people.set(name, person);
    return person;
  }

  person(name: string): Person {
    const person = this.people.get(name);
    if (!person) throw new Error(`no participant ${name}`);
    return person;
  }

  /** A facilitator command; fails the test if refused. */
  steer(event: string, payload: Record<string, unknown> = {}): Promise<unknown> {
    return must(this.facilitator.socket, event, { commandId: commandId(), token: this.facilitatorToken, ...payload });
  }

  /** A facilitator command whose Result the test inspects. */
  trySteer(event: string, payload: Record<string, unknown> = {}) {
    return call(this.facilitator.socket, event, { commandId: commandId(), token: this.facilitatorToken, ...payload });
  }

  /** A participant command; fails the test if refused. */
  act(name: string, event: string, payload: Record<string, unknown> = {}): Promise<unknown> {
    return must(this.person(name).tracker.socket, event, { commandId: commandId(), ...payload });
  }

  tryAct(name: string, event: string, payload: Record<string, unknown> = {}) {
    return call(this.person(name).tracker.socket, event, { commandId: commandId(), ...payload });
  }

  async advance(from: Phase): Promise<void> {
    await this.steer('phase:advance', { from });
  }

  /** Waits until every socket's view reached the server's `version` (or later). */
  async settle(version: number): Promise<void> {
    await this.facilitator.until((t) => (t.facilitator?.version ?? 0) >= version);
    for (const person of this.people.values())
      await person.tracker.until((t) => (t.publicView?.version ?? 0) >= version);
  }

  /** Reconnects everyone to `url` (a restarted server), resuming by token. */
  async reconnect(url: string): Promise<void> {
    this.url = url;
    this.close();
    this.facilitator = new ViewTracker(await connect(this.socketUrl()));
    await must(this.facilitator.socket, 'facilitator:attach', { code: this.code, token: this.facilitatorToken });
    for (const person of this.people.values()) {
      person.tracker = new ViewTracker(await connect(this.socketUrl()));
      await must(person.tracker.socket, 'participant:resume', {
        code: this.code,
        token: person.token,
        lastVersion: 0,
      });
    }
  }

  close(): void {
    this.facilitator.socket.disconnect();
    for (const person of this.people.values()) person.tracker.socket.disconnect();
  }
}
