import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/socket/limit-settings.js';
import { call, connect, type TestSocket } from '../support/clients.js';
import { connectAs, createAs } from '../support/forwarded.js';
import { Room } from '../support/room.js';
import { startServer, tempDataDir, type TestServer } from '../support/server.js';

let server: TestServer | null = null;
let data: ReturnType<typeof tempDataDir> | null = null;
const cleanups: (() => void)[] = [];

async function serve(options: Parameters<typeof startServer>[1] = {}): Promise<TestServer> {
  data = tempDataDir();
  // Every limit spelled out, so only the one under test differs from the defaults.
  server = await startServer(data.dir, { ...options, limits: { ...DEFAULT_LIMITS, ...options.limits } });
  return server;
}

async function socketAs(url: string, forwardedFor?: string): Promise<TestSocket> {
  const socket = forwardedFor ? await connectAs(url, forwardedFor) : await connect(url);
  cleanups.push(() => socket.disconnect());
  return socket;
}

async function openRoom(url: string): Promise<Room> {
  const room = await Room.open(url, { title: 'Venue' });
  cleanups.push(() => room.close());
  await room.join('Ada');
  return room;
}

/**
 * `count` joins with codes that exist nowhere (typos), one after another, from a fresh socket
 * every 10 (as different phones behind one address would); their error codes.
 */
async function typos(url: string, count: number, forwardedFor?: string): Promise<string[]> {
  const codes: string[] = [];
  let socket: TestSocket | null = null;
  for (let i = 0; i < count; i++) {
    if (i % 10 === 0) socket = await socketAs(url, forwardedFor);
    const wrong = `ZZZZ${String(1000 + i).slice(-4)}`;
    const result = await call(socket as TestSocket, 'participant:join', { code: wrong, name: 'Typo' });
    codes.push(result.ok ? 'joined' : result.error.code);
  }
  return codes;
}

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await server?.stop();
  data?.remove();
  server = null;
});

describe('failed lookups behind one address (a venue NAT)', () => {
  it('never refuse a correct resume or a correct facilitator attach', async () => {
    const { url } = await serve();
    const room = await openRoom(url);
    const answers = await typos(url, 100);
    const venue = await socketAs(url);
    const allowed = DEFAULT_LIMITS.failuresPerMinute;
    expect(answers.slice(0, allowed)).toEqual(Array(allowed).fill('JOIN_REFUSED'));
    expect(answers.slice(allowed)).toEqual(Array(100 - allowed).fill('RATE_LIMITED'));
    // The address is blocked for code lookups, yet the right tokens still get in from it.
    const ada = await socketAs(url);
    expect(await call(ada, 'participant:resume', { code: room.code, token: room.person('Ada').token })).toMatchObject({
      ok: true,
    });
    const host = await socketAs(url);
    expect(await call(host, 'facilitator:attach', { code: room.code, token: room.facilitatorToken })).toMatchObject({
      ok: true,
    });
    // A code lookup from there stays refused: a guesser must not learn which code is right.
    expect(await call(venue, 'participant:join', { code: room.code, name: 'Late' })).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    });
  });

  it('count wrong tokens per address and code, without blocking joins or the right token', async () => {
    const { url } = await serve();
    const room = await openRoom(url);
    const prober = await socketAs(url);
    const answers: string[] = [];
    for (let i = 0; i < 15; i++) {
      const result = await call(prober, 'participant:resume', {
        code: room.code,
        token: `wrong-token-${i}`.padEnd(32, 'x'),
      });
      answers.push(result.ok ? 'resumed' : result.error.code);
    }
    const allowed = DEFAULT_LIMITS.tokenFailuresPerMinute;
    expect(answers.slice(0, allowed)).toEqual(Array(allowed).fill('UNAUTHORIZED'));
    expect(answers.slice(allowed)).toEqual(Array(15 - allowed).fill('RATE_LIMITED'));
    expect(await call(prober, 'participant:join', { code: room.code, name: 'Newcomer' })).toMatchObject({ ok: true });
    expect(
      await call(await socketAs(url), 'participant:resume', { code: room.code, token: room.person('Ada').token }),
    ).toMatchObject({ ok: true });
  });
});

describe('behind a reverse proxy (TRUST_PROXY)', () => {
  it('counts failures per real client: a guesser behind the proxy does not block the others', async () => {
    const { url } = await serve({ trustProxy: 'loopback' });
    const room = await openRoom(url);
    expect((await typos(url, 40, '203.0.113.7')).at(-1)).toBe('RATE_LIMITED');
    const neighbour = await socketAs(url, '198.51.100.9');
    expect(await call(neighbour, 'participant:join', { code: room.code, name: 'Neighbour' })).toMatchObject({
      ok: true,
    });
  });

  it('ignores X-Forwarded-For unless told to trust the proxy, so a forged header changes nothing', async () => {
    const { url } = await serve();
    const room = await openRoom(url);
    for (let i = 0; i < 40; i++) await typos(url, 1, `192.0.2.${i + 1}`);
    const next = await socketAs(url, '192.0.2.200');
    expect(await call(next, 'participant:join', { code: room.code, name: 'Forger' })).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    });
  });

  it('limits session creation per real client and in total', async () => {
    const limits = { sessionsPerAddressPerHour: 5, sessionsPerHour: 20 };
    const proxied = await serve({ trustProxy: 'loopback', limits });
    const clients = Array.from({ length: 10 }, (_, i) => `198.51.100.${i + 1}`);
    const first = await Promise.all(clients.map((ip) => createAs(proxied.url, 'Mine', ip)));
    expect(first).toEqual(Array(10).fill(201));
    const rest = await Promise.all(
      clients.flatMap((ip) => Array.from({ length: 4 }, () => createAs(proxied.url, 'x', ip))),
    );
    expect(rest.filter((s) => s === 201)).toHaveLength(limits.sessionsPerHour - 10);
    expect(proxied.app.service.sessionCount()).toBe(limits.sessionsPerHour);
    await proxied.stop();
    data?.remove();
    // Without TRUST_PROXY the header is the client's own claim: one address, one budget.
    const direct = await serve({ limits });
    const forged = await Promise.all(clients.map((ip) => createAs(direct.url, 'Forged', ip)));
    expect(forged.filter((s) => s === 201)).toHaveLength(limits.sessionsPerAddressPerHour);
  });
});
