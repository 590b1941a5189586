import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { commandSchemas } from '../../shared/protocol/schemas.js';
import { call, connect, must, type TestSocket } from '../support/clients.js';
import { memoryLogger } from '../support/memory-logger.js';
import { Room } from '../support/room.js';
import { startServer, tempDataDir, type TestServer } from '../support/server.js';
import { plainSession } from '../support/plain-state.js';

/** Generated payloads: 2,000 in `npm test`, 10,000 or more in `npm run test:chaos`. */
const PAYLOADS = Number(process.env.FUZZ_PAYLOADS ?? 2000);

const EVENTS = [
  ...Object.keys(commandSchemas),
  'participant:join',
  'participant:resume',
  'facilitator:attach',
  'display:attach',
  'session:delete',
];

/** Plausible-looking but wrong values: the shapes validators most often get wrong. */
const nasty = fc.oneof(
  { arbitrary: fc.anything({ maxDepth: 3 }), weight: 10 },
  { arbitrary: fc.string({ maxLength: 100 }), weight: 10 },
  // Big strings: under the message limit alone, over it (closing the connection) when several meet.
  { arbitrary: fc.constant('x'.repeat(30_000)), weight: 1 },
  {
    arbitrary: fc.constantFrom(null, undefined, NaN, Infinity, -1, 0, 1e308, true, [], {}, '__proto__', 'constructor'),
    weight: 10,
  },
  {
    arbitrary: fc.constant(JSON.parse('{"__proto__":{"polluted":true},"commandId":"aaaaaaaaaa"}') as unknown),
    weight: 2,
  },
  { arbitrary: fc.array(fc.string({ maxLength: 70 }), { maxLength: 30 }), weight: 5 },
);

/** A valid-shaped payload with one field replaced, or an arbitrary value. */
const payload = fc.oneof(
  nasty,
  fc.record({
    commandId: fc.oneof(fc.string({ minLength: 8, maxLength: 12 }), nasty),
    token: fc.oneof(fc.string({ minLength: 20, maxLength: 40 }), nasty),
    text: nasty,
    ideaId: nasty,
    from: fc.oneof(fc.constantFrom('lobby', 'ranking', 'results'), nasty),
    ranking: nasty,
    code: nasty,
    name: nasty,
  }),
);

const message = fc.record({
  event: fc.oneof(fc.constantFrom(...EVENTS), fc.string({ maxLength: 30 })),
  payload,
  withAck: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
});

/** Frames that are not valid Socket.IO packets, sent straight down a websocket. */
const RAW_FRAMES: (string | Buffer)[] = [
  '',
  '4',
  '42',
  '42[',
  '42["idea:add",',
  '42{"a":1}',
  '42[null]',
  '42[1,2,3]',
  '421["participant:join"',
  '451-["idea:add",{"_placeholder":true,"num":99}]',
  '46',
  '40/nowhere,',
  '41',
  '2probe',
  '9',
  'garbage',
  '4' + '['.repeat(10_000),
  Buffer.from([0, 1, 2, 255, 254]),
  Buffer.alloc(70_000, 1),
];

describe('fuzz: garbage in, nothing breaks', () => {
  const data = tempDataDir();
  const log = memoryLogger();
  let server: TestServer;
  let target: Room;
  const crashes: unknown[] = [];
  const onCrash = (error: unknown) => crashes.push(error);

  beforeAll(async () => {
    process.on('unhandledRejection', onCrash);
    process.on('uncaughtException', onCrash);
    // Limits high enough that the payloads reach validation instead of the rate limiter.
    server = await startServer(data.dir, {
      log,
      limits: { messagesPerSecond: 1e9, failuresPerMinute: 1e9, failuresPerHour: 1e9 },
    });
    target = await Room.open(server.url, { title: 'Target' });
    await target.join('Ada');
    await target.advance('lobby');
    await target.act('Ada', 'idea:add', { text: 'precious idea' });
  });

  afterAll(async () => {
    process.off('unhandledRejection', onCrash);
    process.off('uncaughtException', onCrash);
    target.close();
    await server.stop();
    data.remove();
  });

  it(`${PAYLOADS} generated payloads and ${RAW_FRAMES.length} raw frames: 0 crashes, session unchanged`, async () => {
    const sessionId = target.facilitator.view?.sessionId ?? '';
    const before = plainSession(server.app.service.get(sessionId));
    // Fuzzers attached in every role a stranger can get: none, display, facilitator (every fuzzed
    // token is wrong), and participant of another, sacrificial session. A fuzzer that gets
    // disconnected (oversized message) is replaced by a fresh one in the same role.
    const sacrificial = await Room.open(server.url, { title: 'Sacrificial' });
    const mallory = await sacrificial.join('Mallory');
    const attachers: ((socket: TestSocket) => Promise<unknown>)[] = [
      async () => undefined,
      (socket) => must(socket, 'display:attach', { code: target.code }),
      (socket) => must(socket, 'facilitator:attach', { code: target.code, token: target.facilitatorToken }),
      (socket) => must(socket, 'participant:resume', { code: sacrificial.code, token: mallory.token }),
    ];
    const fuzzer = async (role: number) => {
      const socket = await connect(server.url);
      await attachers[role]!(socket);
      return socket;
    };
    const sockets = await Promise.all(attachers.map((_, role) => fuzzer(role)));

    const samples = fc.sample(message, { numRuns: PAYLOADS, seed: 20261121 });
    let answered = 0;
    let dropped = 0;
    let replaced = 0;
    for (let i = 0; i < samples.length; i += 40) {
      for (const [role, socket] of sockets.entries()) {
        if (socket.connected) continue;
        sockets[role] = await fuzzer(role);
        replaced += 1;
      }
      await Promise.all(
        samples.slice(i, i + 40).map(async (sample, j) => {
          const socket = sockets[(i + j) % sockets.length]!;
          if (!sample.withAck) {
            (socket as unknown as { emit: (...args: unknown[]) => void }).emit(sample.event, sample.payload);
            dropped += 1;
            return;
          }
          const result = await call(socket, sample.event, sample.payload).catch(() => null);
          if (result) answered += 1;
        }),
      );
    }

    for (const frame of RAW_FRAMES) {
      const ws = new WebSocket(`${server.url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`);
      await new Promise<void>((resolve) => {
        ws.once('open', () => {
          ws.send('40');
          ws.send(frame);
          setTimeout(() => resolve(), 20);
        });
        ws.once('error', () => resolve());
      });
      ws.terminate();
    }

    // Still serving, the target session exactly as it was, and no handler ever threw.
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true });
    const probe = await connect(server.url);
    expect((await call(probe, 'display:attach', { code: target.code })).ok).toBe(true);
    probe.disconnect();
    expect(plainSession(server.app.service.get(sessionId))).toEqual(before);
    expect(crashes).toEqual([]);
    expect(log.lines.filter((l) => l.includes('"level":"error"'))).toEqual([]);
    expect(answered).toBeGreaterThan(PAYLOADS * 0.6);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const socket of sockets) socket.disconnect();
    sacrificial.close();
    console.log(
      `fuzz: ${PAYLOADS} payloads (${answered} answered, ${dropped} sent without ack, ${replaced} connections ` +
        `closed for oversize), ${RAW_FRAMES.length} raw frames; ` +
        `0 crashes, 0 unhandled rejections, 0 handler errors, session unchanged`,
    );
  }, 300_000);
});
