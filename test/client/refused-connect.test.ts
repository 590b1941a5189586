import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { Adapter } from 'socket.io-adapter';
import { afterEach, describe, expect, it } from 'vitest';
import { finalCode, readRefusal, refusedConnectDelay } from '../../client/session/refused-connect.js';
import type { SessionGate } from '../../server/cluster/room-gate.js';
import { connect, createSession } from '../support/clients.js';
import { Room } from '../support/room.js';
import { serverFixture } from '../support/server-fixture.js';
import { realSessionClient } from '../support/real-session-client.js';

/** The room gate's seat, scripted: refuses the next `refuse` connections of a room as busy (a hand-over). */
class ScriptedGate implements SessionGate {
  refuse = 0;
  opens = 0;
  async open(): Promise<'ok' | 'busy'> {
    this.opens += 1;
    if (this.refuse === 0) return 'ok';
    this.refuse -= 1;
    return 'busy';
  }
}

const refusalOf = (message: string, data?: unknown) => readRefusal(Object.assign(new Error(message), { data }));

describe('reading a refused connection', () => {
  it.each([
    ['UNAVAILABLE', undefined, { code: 'UNAVAILABLE', retryAfterMs: 0 }, null],
    ['Too many connections from this address.', undefined, { code: null, retryAfterMs: 0 }, null],
    ['slow down', { code: 'RATE_LIMITED', retryAfter: 7 }, { code: 'RATE_LIMITED', retryAfterMs: 7000 }, null],
    ['NOT_FOUND', undefined, { code: 'NOT_FOUND', retryAfterMs: 0 }, 'NOT_FOUND'],
    ['refused', { code: 'UNAUTHORIZED' }, { code: 'UNAUTHORIZED', retryAfterMs: 0 }, 'UNAUTHORIZED'],
    [
      'UNSUPPORTED_VERSION',
      { retryAfter: 'soon' },
      { code: 'UNSUPPORTED_VERSION', retryAfterMs: 0 },
      'UNSUPPORTED_VERSION',
    ],
  ])('%s %j: %j, final %s', (message, data, refusal, final) => {
    expect(refusalOf(message, data)).toEqual(refusal);
    expect(finalCode(refusalOf(message, data))).toBe(final);
  });

  it('waits 0.25-0.5 s first, doubling to 5-10 s, spread by the random part, never under retryAfter', () => {
    const bounds = (attempt: number, retryAfterMs = 0) => [
      refusedConnectDelay(attempt, 0, retryAfterMs),
      refusedConnectDelay(attempt, 0.999999, retryAfterMs),
    ];
    expect(bounds(0)).toEqual([250, expect.closeTo(500, 0)]);
    expect(bounds(1)).toEqual([500, expect.closeTo(1000, 0)]);
    expect(bounds(5)).toEqual([5000, expect.closeTo(10_000, 0)]);
    expect(bounds(500)).toEqual([5000, expect.closeTo(10_000, 0)]);
    expect(bounds(0, 7000)).toEqual([7000, expect.closeTo(7250, 0)]);
  });
});

describe('a connection the server refused', () => {
  const fixture = serverFixture('each');
  const others: { close(): unknown }[] = [];
  afterEach(() => {
    for (const other of others.splice(0)) other.close();
  });

  it('comes back by itself after the room gate refused it, and sends what was queued meanwhile once', async () => {
    const gate = new ScriptedGate();
    const { app, url } = await fixture.start({ cluster: { adapter: Adapter, gate } });
    const room = fixture.track(await Room.open(url, { title: 'Hand-over' }));
    const ann = await room.join('Ann');
    await room.advance('lobby');
    ann.tracker.socket.disconnect();
    const phone = fixture.track(realSessionClient(url));
    phone.client.attachAs({ role: 'participant', code: room.code, token: ann.token });
    await expect.poll(() => phone.store.getState().attached).toBe(true);

    // A hand-over hiccup: the room's sockets are closed, and the gate refuses the next three tries.
    gate.refuse = 3;
    const opensBefore = gate.opens;
    const statusesBefore = phone.statuses.length;
    app.io.disconnectSockets(true);
    await expect.poll(() => gate.opens - opensBefore).toBeGreaterThanOrEqual(1);
    expect(phone.socket.connected).toBe(false);
    await phone.outbox.enqueue({ event: 'idea:add', payload: { text: 'Typed while refused' } });
    expect(phone.store.getState().outbox).toHaveLength(1);

    await expect.poll(() => phone.myIdeaTexts(), { timeout: 12_000 }).toEqual(['Typed while refused']);
    expect(gate.opens - opensBefore).toBe(4);
    expect(phone.store.getState()).toMatchObject({ status: 'connected', attached: true, outbox: [] });
    // Refused, it said it was reconnecting, not connected, until it was.
    expect(phone.statuses.slice(statusesBefore)).toEqual(['reconnecting', 'connected']);
  }, 20_000);

  it('comes back after the connection limit refused it, once a slot is free', async () => {
    const { url } = await fixture.start({ limits: { socketsPerAddress: 1 } });
    const { code } = await createSession(url, { title: 'Crowded venue' });
    const holder = await connect(url);
    const phone = fixture.track(realSessionClient(url));
    let refusals = 0;
    phone.socket.on('connect_error', () => (refusals += 1));
    phone.client.attachAs({ role: 'display', code });
    await expect.poll(() => refusals, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    expect(phone.store.getState().status).toBe('connecting');
    holder.disconnect();
    await expect.poll(() => phone.store.getState().publicView?.view.code, { timeout: 12_000 }).toBe(code);
    expect(phone.store.getState()).toMatchObject({ status: 'connected', attached: true });
  }, 20_000);

  it('stops, and says why, when the refusal is final', async () => {
    const httpServer = createServer();
    const io = new Server(httpServer);
    let handshakes = 0;
    io.use((_socket, next) => {
      handshakes += 1;
      next(new Error('NOT_FOUND'));
    });
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    others.push({ close: () => io.close() });
    const phone = realSessionClient(`http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`);
    others.push(phone);
    phone.client.attachAs({ role: 'display', code: 'ABCD2345' });
    await expect.poll(() => phone.store.getState().attachError).toBe('NOT_FOUND');
    // Longer than the first two waits of a refusal worth trying again.
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(handshakes).toBe(1);
  });

  it('leaves a failure on the way (nothing listening) to Socket.IO, which is already trying again', async () => {
    const unused = createServer();
    await new Promise<void>((resolve) => unused.listen(0, '127.0.0.1', resolve));
    const { port } = unused.address() as AddressInfo;
    await new Promise((resolve) => unused.close(resolve));
    const phone = realSessionClient(`http://127.0.0.1:${port}`);
    others.push(phone);
    let failures = 0;
    let connectCalls = 0;
    phone.socket.on('connect_error', () => (failures += 1));
    const connectSocket = phone.socket.connect.bind(phone.socket);
    phone.socket.connect = () => {
      connectCalls += 1;
      return connectSocket();
    };
    phone.client.attachAs({ role: 'display', code: 'ABCD2345' });
    await expect.poll(() => failures, { timeout: 5000 }).toBeGreaterThanOrEqual(3);
    // Only the attach's own connect: the retries were the Manager's, not a second loop on top.
    expect(connectCalls).toBe(1);
    expect(phone.socket.active).toBe(true);
  });
});
