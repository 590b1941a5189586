import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/session/result.js';
import type { Versioned } from '../../shared/protocol/events.js';
import type { PrivateView, PublicView } from '../../shared/session/views.js';
import { createOutbox } from '../../client/session/outbox.js';
import { createSessionClient } from '../../client/session/session-client.js';
import type { AppSocket } from '../../client/socket.js';
import { createAppStore } from '../../client/store/app-store.js';
import type { OutboxEntry } from '../../client/store/outbox-slice.js';
import { FakeServer } from './fake-server.js';

type Listener = (...args: unknown[]) => void;

/** Just enough of a Socket.IO client socket: events in, attach requests out. */
class FakeSocket {
  connected = false;
  readonly listeners = new Map<string, Listener[]>();
  readonly emitted: { event: string; payload: unknown }[] = [];
  connectCalls = 0;
  /** Answers to attach requests, in order; once used up, every attach is accepted. */
  readonly answers: Result<unknown>[] = [];

  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  fire(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
  connect() {
    this.connectCalls += 1;
    return this;
  }
  timeout() {
    return {
      emitWithAck: async (event: string, payload: unknown) => {
        this.emitted.push({ event, payload });
        return this.answers.shift() ?? { ok: true, value: { sessionId: 's1', participantId: 'p1' } };
      },
    };
  }
}

function view(version: number, code: string, phase: PublicView['phase']): Versioned<PublicView> {
  return { version, serverTime: 1000, view: { code, phase, title: 'T' } as PublicView };
}

function setup() {
  const store = createAppStore();
  const socket = new FakeSocket();
  const server = new FakeServer();
  const outbox = createOutbox({ store, transport: server, onRefused: () => {}, scheduleRetry: () => {} });
  const client = createSessionClient({ store, socket: socket as unknown as AppSocket, outbox, isOnline: () => true });
  client.start();
  return { store, socket, server, client };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the session client', () => {
  it('keeps the newest view: a late, older one is dropped, and one for another room is ignored', () => {
    const { store, socket, client } = setup();
    client.attachAs({ role: 'display', code: 'ABCD2345' });
    socket.fire('session:view', view(7, 'ABCD2345', 'ranking'));
    socket.fire('session:view', view(5, 'ABCD2345', 'clarification'));
    socket.fire('session:view', view(9, 'ZZZZ9999', 'results'));
    expect(store.getState().publicView?.version).toBe(7);
    expect(store.getState().publicView?.view.phase).toBe('ranking');
    // A resync at the same version replaces the view wholesale.
    socket.fire('session:view', view(7, 'ABCD2345', 'results'));
    expect(store.getState().publicView?.view.phase).toBe('results');
  });

  it('counts timers on the quickest view: one handled 11 s late does not add 11 s to the clock', () => {
    const { store, socket, client } = setup();
    client.attachAs({ role: 'display', code: 'ABCD2345' });
    const sent = (version: number, serverTime: number) => ({ ...view(version, 'ABCD2345', 'ideation'), serverTime });
    socket.fire('session:view', sent(4, Date.now() - 20));
    socket.fire('session:patch', { version: 5, baseVersion: 4, serverTime: Date.now() - 11_000, changes: {} });
    expect(store.getState().publicView?.version).toBe(5);
    expect(store.getState().clockOffsetMs).toBeGreaterThan(-1_000);
  });

  it('re-attaches on every reconnect, then sends what was queued', async () => {
    const { store, socket, server, client } = setup();
    client.attachAs({ role: 'participant', code: 'ABCD2345', token: 't'.repeat(24) });
    expect(socket.connectCalls).toBe(1);
    socket.connected = true;
    socket.fire('connect');
    await settle();
    expect(store.getState()).toMatchObject({ attached: true, status: 'connected' });
    socket.fire('session:view', view(4, 'ABCD2345', 'ideation'));

    socket.connected = false;
    server.connected = false;
    socket.fire('disconnect', 'transport close');
    expect(store.getState()).toMatchObject({ attached: false, status: 'reconnecting' });
    store.setState({ outbox: [{ commandId: 'c-queued-1', event: 'idea:add', payload: { text: 'x' }, queuedAt: 0 }] });

    socket.connected = true;
    server.connected = true;
    socket.fire('connect');
    await settle();
    const resumes = socket.emitted.filter((e) => e.event === 'participant:resume');
    expect(resumes).toHaveLength(2);
    expect(resumes[1]?.payload).toMatchObject({ code: 'ABCD2345' });
    // The server answers a resume with whole views: a version seen would be sent for nothing.
    expect(resumes[1]?.payload).not.toHaveProperty('lastVersion');
    await expect.poll(() => server.received).toEqual(['c-queued-1']);
  });

  it("holds a participant's private view until the public change it names, then applies both in one store update", () => {
    const { store, socket, client } = setup();
    client.attachAs({ role: 'participant', code: 'ABCD2345', token: 't'.repeat(24) });
    const mine = (version: number, ranking: string[] | null) => ({
      version,
      serverTime: 1000,
      view: { participantId: 'p1', myBallot: ranking && { round: 1, ranking } } as PrivateView,
    });
    const seen: [number | undefined, number | undefined][] = [];
    store.subscribe((state) => seen.push([state.publicView?.version, state.privateView?.version]));
    // The greeting: the private view, then the room's view in full.
    socket.fire('participant:update', { private: mine(4, ['a']), publicFollows: 4 });
    socket.fire('session:view', view(4, 'ABCD2345', 'ranking'));
    socket.fire('participant:update', { private: mine(6, null), publicFollows: 6 });
    expect(store.getState().privateView?.version).toBe(4);
    socket.fire('session:patch', { version: 6, baseVersion: 4, serverTime: 1000, changes: { round: 2 } });
    // One update each time, never a round-2 public view beside a round-1 ballot (or the reverse).
    expect(seen).toEqual([
      [4, 4],
      [6, 6],
    ]);
    expect(store.getState().privateView?.view.myBallot).toBeNull();
    // Nothing public follows: applied at once.
    socket.fire('participant:update', { private: mine(7, ['b']) });
    expect(store.getState()).toMatchObject({ publicView: { version: 6 }, privateView: { version: 7 } });
    // A connection that closes between the two drops what was held: its public part never comes.
    socket.fire('participant:update', { private: mine(8, ['c']), publicFollows: 8 });
    socket.fire('disconnect', 'transport close');
    socket.fire('session:view', view(9, 'ABCD2345', 'ranking'));
    expect(store.getState()).toMatchObject({ publicView: { version: 9 }, privateView: { version: 7 } });
  });

  it('lets the private view take over from the actions it now shows', () => {
    const { store, socket, client } = setup();
    client.attachAs({ role: 'participant', code: 'ABCD2345', token: 't'.repeat(24) });
    const acked: OutboxEntry = {
      commandId: 'c-acked-1',
      event: 'ballot:submit',
      payload: { ranking: ['a'] },
      queuedAt: 0,
    };
    store.setState({ acked: [acked] });
    socket.fire('session:view', view(4, 'ABCD2345', 'ranking'));
    expect(store.getState().acked).toEqual([acked]);
    const mine = { participantId: 'p1', name: 'Ana', organization: null, done: false, myIdeas: [] };
    socket.fire('participant:update', {
      private: { version: 5, serverTime: 0, view: { ...mine, myBallot: { round: 1, ranking: ['a'] } } },
    });
    expect(store.getState().acked).toEqual([]);
    expect(store.getState().privateView?.view.myBallot).toEqual({ round: 1, ranking: ['a'] });
  });

  it('forgets the participant when the facilitator removes them', () => {
    const { store, socket, client } = setup();
    client.attachAs({ role: 'participant', code: 'ABCD2345', token: 't'.repeat(24) });
    socket.fire('participant:removed');
    expect(store.getState()).toMatchObject({ removed: true, attachment: null, outbox: [] });
  });

  describe('when the server refuses a resume', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('keeps who the participant is if the refusal is about load, and tries again', async () => {
      vi.useFakeTimers();
      const { store, socket, client } = setup();
      socket.answers.push({ ok: false, error: { code: 'RATE_LIMITED', message: 'later' } });
      client.attachAs({ role: 'participant', code: 'ABCD2345', token: 't'.repeat(24) });
      socket.connected = true;
      socket.fire('connect');
      await vi.advanceTimersByTimeAsync(0);
      expect(store.getState()).toMatchObject({ attached: false, attachment: { role: 'participant' } });
      await vi.advanceTimersByTimeAsync(3000);
      expect(socket.emitted.filter((e) => e.event === 'participant:resume')).toHaveLength(2);
      expect(store.getState()).toMatchObject({ attached: true, attachment: { role: 'participant' } });
    });

    it('forgets the participant when the token is refused, and previews the room for joining again', async () => {
      const { store, socket, client } = setup();
      socket.answers.push({ ok: false, error: { code: 'UNAUTHORIZED', message: 'no' } });
      client.attachAs({ role: 'participant', code: 'ABCD2345', token: 't'.repeat(24) });
      socket.connected = true;
      socket.fire('connect');
      await settle();
      await settle();
      expect(store.getState()).toMatchObject({ attachError: 'UNAUTHORIZED', attachment: { role: 'display' } });
      expect(socket.emitted.map((e) => e.event)).toEqual(['participant:resume', 'display:attach']);
    });
  });
});
