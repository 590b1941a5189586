import { describe, expect, it } from 'vitest';
import { createOutbox } from '../../client/session/outbox.js';
import { createAppStore } from '../../client/store/app-store.js';
import { unseenActions } from '../../client/store/outbox-slice.js';
import { FakeServer } from './fake-server.js';

function setup() {
  const store = createAppStore({ attached: true, status: 'connected' });
  const server = new FakeServer();
  const refused: string[] = [];
  const retries: (() => void)[] = [];
  const outbox = createOutbox({
    store,
    transport: server,
    onRefused: (entry, error) => refused.push(`${entry.event}:${error.code}`),
    scheduleRetry: (flush) => retries.push(flush),
  });
  return { store, server, outbox, refused, retries };
}

describe('the participant outbox', () => {
  it('sends an action again with the same command id when its acknowledgement was lost', async () => {
    const { store, server, outbox } = setup();
    server.loseAcks = 1;
    await outbox.enqueue({ event: 'idea:add', payload: { text: 'Shared calendar' } });
    // Applied on the server, but the phone never heard back: it must keep the action.
    expect(store.getState().outbox).toHaveLength(1);
    const id = store.getState().outbox[0]?.commandId as string;

    server.connected = true; // reconnected and attached again
    await outbox.flush();
    expect(store.getState().outbox).toEqual([]);
    // The same id twice: the server recognises the retry and applies the idea once.
    expect(server.received).toEqual([id, id]);
  });

  it('keeps actions taken offline, in order, and sends each once when back', async () => {
    const { store, server, outbox } = setup();
    server.connected = false;
    store.setState({ attached: false, status: 'offline' });
    await outbox.enqueue({ event: 'idea:add', payload: { text: 'one' } });
    await outbox.enqueue({ event: 'idea:add', payload: { text: 'two' } });
    await outbox.enqueue({ event: 'ideation:done', payload: { done: true } });
    expect(server.received).toEqual([]);
    const ids = store.getState().outbox.map((entry) => entry.commandId);
    expect(new Set(ids).size).toBe(3);

    server.connected = true;
    await outbox.flush(); // connected, but not yet attached: still nothing may go out
    expect(server.received).toEqual([]);
    store.setState({ attached: true, status: 'connected' });
    await outbox.flush();
    expect(server.received).toEqual(ids);
    expect(store.getState().outbox).toEqual([]);
  });

  it('holds an action taken after the device went offline, even while its socket still looks connected', async () => {
    const { store, server, outbox } = setup();
    // The browser said offline before the socket noticed: a send now would go into a dead
    // connection and hold the queue until its acknowledgement timed out, long after the way back.
    store.setState({ status: 'offline' });
    await outbox.enqueue({ event: 'idea:add', payload: { text: 'written in the tunnel' } });
    expect(server.received).toEqual([]);

    store.setState({ status: 'connected' }); // back online, attached again
    await outbox.flush();
    expect(server.received).toHaveLength(1);
    expect(store.getState().outbox).toEqual([]);
  });

  it('keeps an applied action as acknowledged, for the view that will show it, but not a refused one', async () => {
    const { store, server, outbox } = setup();
    await outbox.enqueue({ event: 'ballot:submit', payload: { ranking: ['a', 'b'] } });
    expect(store.getState().outbox).toEqual([]);
    expect(store.getState().acked).toMatchObject([{ event: 'ballot:submit', payload: { ranking: ['a', 'b'] } }]);
    expect(unseenActions(store.getState())).toHaveLength(1);
    server.refuse.set('idea:add', { ok: false, error: { code: 'WRONG_PHASE', message: 'Voting is open.' } });
    await outbox.enqueue({ event: 'idea:add', payload: { text: 'too late' } });
    expect(store.getState().acked.map((entry) => entry.event)).toEqual(['ballot:submit']);
  });

  it('does not send the same entry twice when flushes overlap', async () => {
    const { store, server, outbox } = setup();
    let open!: () => void;
    server.gate = new Promise((resolve) => (open = resolve));
    const first = outbox.enqueue({ event: 'ballot:submit', payload: { ranking: ['a', 'b'] } });
    const second = outbox.flush();
    const third = outbox.flush();
    open();
    await Promise.all([first, second, third]);
    expect(server.received).toHaveLength(1);
    expect(store.getState().outbox).toEqual([]);
  });

  it('drops an action refused for good and reports it, but keeps one refused for a passing reason', async () => {
    const { store, server, outbox, refused, retries } = setup();
    server.refuse.set('idea:add', { ok: false, error: { code: 'WRONG_PHASE', message: 'Voting is open.' } });
    server.refuse.set('ballot:submit', { ok: false, error: { code: 'RATE_LIMITED', message: 'Slow down.' } });
    await outbox.enqueue({ event: 'idea:add', payload: { text: 'too late' } });
    expect(refused).toEqual(['idea:add:WRONG_PHASE']);
    expect(store.getState().outbox).toEqual([]);

    await outbox.enqueue({ event: 'ballot:submit', payload: { ranking: ['a'] } });
    expect(store.getState().outbox).toHaveLength(1);
    expect(retries).toHaveLength(1);
    server.refuse.delete('ballot:submit');
    retries[0]?.();
    await expect.poll(() => store.getState().outbox.length).toBe(0);
    expect(refused).toEqual(['idea:add:WRONG_PHASE']);
  });
});
