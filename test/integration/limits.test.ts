import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/socket/limit-settings.js';
import { call, commandId, connect, must, type TestSocket } from '../support/clients.js';
import { createAs, openSocket } from '../support/forwarded.js';
import { Room } from '../support/room.js';
import { startServer, tempDataDir, type TestServer } from '../support/server.js';

/** Each test gets its own server, so one test's spent budgets cannot explain another's figures. */
let server: TestServer | null = null;
let data: ReturnType<typeof tempDataDir> | null = null;
const open: { close(): void }[] = [];

async function serve(limits: Parameters<typeof startServer>[1] = {}): Promise<TestServer> {
  data = tempDataDir();
  // Every limit spelled out, so only the one under test differs from the defaults.
  server = await startServer(data.dir, { ...limits, limits: { ...DEFAULT_LIMITS, ...limits.limits } });
  return server;
}

function tally(results: { ok: boolean; error?: { code: string } }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) {
    const key = r.ok ? 'ok' : (r.error?.code ?? '?');
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

afterEach(async () => {
  for (const thing of open.splice(0)) thing.close();
  await server?.stop();
  data?.remove();
  server = null;
});

afterAll(() => expect(open).toHaveLength(0));

describe('limits a facilitator never meets and a script meets at once', () => {
  it('refuses session creation beyond the per-address budget, with 429 and Retry-After', async () => {
    const { url, app } = await serve();
    const statuses = await Promise.all(Array.from({ length: 200 }, (_, i) => createAs(url, `Flood ${i}`)));
    const created = statuses.filter((s) => s === 201).length;
    const refused = statuses.filter((s) => s === 429).length;
    console.log(`session flood: 200 asked from one address, ${created} created, ${refused} refused`);
    expect(created).toBe(DEFAULT_LIMITS.sessionsPerAddressPerHour);
    expect(refused).toBe(200 - created);
    expect(app.service.sessionCount()).toBe(created);
    const late = await fetch(`${url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'One more' }),
    });
    expect(late.status).toBe(429);
    expect(Number(late.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await late.json()).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
  });

  it('gives one participant one write budget, however many sockets they open (40 here)', async () => {
    const { url } = await serve();
    const room = await Room.open(url, { title: 'Budget' });
    open.push(room);
    const ada = await room.join('Ada');
    await room.join('Bo');
    await room.advance('lobby');
    await room.act('Ada', 'idea:add', { text: 'first' });
    await ada.tracker.until((t) => (t.mine?.view.myIdeas.length ?? 0) === 1);
    const ideaId = ada.tracker.mine?.view.myIdeas[0]?.id ?? '';
    const sockets: TestSocket[] = [];
    for (let i = 0; i < 40; i++) {
      const socket = await connect(url);
      sockets.push(socket);
      await must(socket, 'participant:resume', { code: room.code, token: ada.token });
    }
    open.push({ close: () => sockets.forEach((s) => s.disconnect()) });
    // 20 each: within every connection's own budget, so only the per-person budget can refuse.
    const sent = sockets.flatMap((socket) =>
      Array.from({ length: 20 }, (_, i) =>
        call(socket, 'idea:edit', { commandId: commandId(), ideaId, text: `edit ${i}` }),
      ),
    );
    const counts = tally(await Promise.all(sent));
    console.log(`write flood: 800 edits from 40 sockets of one person: ${counts.ok ?? 0} accepted`, counts);
    // The idea:add above spent one write of the same minute.
    expect(counts.ok).toBe(DEFAULT_LIMITS.participantWritesPerMinute - 1);
    expect(counts.RATE_LIMITED).toBe(800 - (counts.ok ?? 0));
    // Someone else in the same room is not slowed by it.
    expect(await room.tryAct('Bo', 'idea:add', { text: 'unhindered' })).toEqual({ ok: true });
  });

  it('caps the people in one session, exactly, even when joins arrive all at once', async () => {
    const cap = 50;
    const { url, app } = await serve({ limits: { participantsPerSession: cap } });
    const room = await Room.open(url, { title: 'Crowded' });
    open.push(room);
    const sockets: TestSocket[] = [];
    for (let i = 0; i < 10; i++) sockets.push(await connect(url));
    open.push({ close: () => sockets.forEach((s) => s.disconnect()) });
    const joinIds: string[] = [];
    const joins = sockets.map(async (socket, s) => {
      const results = [];
      for (let i = 0; i < 10; i++) {
        const joinId = `join-${s}-${i}-xyz`;
        const result = await call(socket, 'participant:join', { code: room.code, name: `Bot ${s}.${i}`, joinId });
        if (result.ok) joinIds.push(joinId);
        results.push(result);
      }
      return results;
    });
    const counts = tally((await Promise.all(joins)).flat());
    console.log(`join flood: 100 joins, cap ${cap}:`, counts);
    expect(counts).toEqual({ ok: cap, LIMIT_REACHED: 100 - cap });
    const session = app.service.findByCode(room.code);
    expect([...(session?.state.participants.keys() ?? [])]).toHaveLength(cap);
    // A join retried with the same id (its reply was lost) is the same person, not a new seat.
    const retry = await connect(url);
    open.push({ close: () => retry.disconnect() });
    const again = await call(retry, 'participant:join', { code: room.code, name: 'Bot', joinId: joinIds[0] });
    expect(again.ok).toBe(true);
  });

  it('caps the sockets open from one address, and gives slots back on disconnect', async () => {
    const { url } = await serve({ limits: { socketsPerAddress: 20 } });
    const attempts = [];
    for (let i = 0; i < 25; i++) attempts.push(await openSocket(url));
    const sockets = attempts.filter((a): a is TestSocket => typeof a !== 'string');
    open.push({ close: () => sockets.forEach((s) => s.disconnect()) });
    const refusals = attempts.filter((a) => typeof a === 'string');
    expect(sockets).toHaveLength(20);
    expect(refusals).toEqual(Array(5).fill('Too many connections from this address.'));
    for (const socket of sockets.splice(0, 5)) socket.disconnect();
    await expect
      .poll(async () => {
        const next = await openSocket(url);
        if (typeof next === 'string') return next;
        sockets.push(next);
        return 'connected';
      })
      .toBe('connected');
  });
});
