import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/socket/limit-settings.js';
import { ROOM_CODE_ALPHABET } from '../../shared/session/room-code.js';
import { call, commandId, connect, type TestSocket } from '../support/clients.js';
import { Room } from '../support/room.js';
import { serverFixture } from '../support/server-fixture.js';

const GUESSES = 10_000;

function randomCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ROOM_CODE_ALPHABET[Math.floor(Math.random() * ROOM_CODE_ALPHABET.length)];
  return code;
}

describe('room codes cannot be guessed', () => {
  const fixture = serverFixture('all');
  let room: Room;

  beforeAll(async () => {
    await fixture.start();
    room = fixture.track(await Room.open(fixture.server.url, { title: 'Guess me' }));
  });

  it(`${GUESSES} guesses find no room, and the limiter engages after ${DEFAULT_LIMITS.failuresPerMinute} failures`, async () => {
    const sockets: TestSocket[] = [];
    for (let i = 0; i < 50; i++) sockets.push(await connect(fixture.server.url));
    const outcomes = new Map<string, number>();
    const perSocket = GUESSES / sockets.length;
    await Promise.all(
      sockets.map(async (socket) => {
        for (let i = 0; i < perSocket; i++) {
          const result = await call(socket, 'participant:join', { code: randomCode(), name: 'Mallory' });
          const key = result.ok ? 'joined' : result.error.code;
          outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        }
      }),
    );
    const total = [...outcomes.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(GUESSES);
    expect(outcomes.get('joined') ?? 0).toBe(0);
    // Only the first failures reach a lookup (a few more may pass while concurrent ones are in flight).
    const lookedUp = outcomes.get('JOIN_REFUSED') ?? 0;
    expect(lookedUp).toBeGreaterThanOrEqual(DEFAULT_LIMITS.failuresPerMinute);
    expect(lookedUp).toBeLessThan(DEFAULT_LIMITS.failuresPerMinute + sockets.length);
    expect(outcomes.get('RATE_LIMITED')).toBe(GUESSES - lookedUp);
    // While blocked, even the right code is refused from that address (a right token is not:
    // see lookups-and-proxies.test.ts).
    const right = await call(sockets[0]!, 'participant:join', { code: room.code, name: 'Mallory' });
    expect(right).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    for (const socket of sockets) socket.disconnect();
    console.log(
      `guessing: ${GUESSES} guesses, 0 rooms found, ${lookedUp} looked up, ${GUESSES - lookedUp} rate-limited`,
    );
  });
});

describe('a flooding connection is slowed, others are not', () => {
  const fixture = serverFixture('all');
  let flooder: Room;
  let other: Room;

  beforeAll(async () => {
    await fixture.start();
    flooder = fixture.track(await Room.open(fixture.server.url, { title: 'Noisy room' }));
    other = fixture.track(await Room.open(fixture.server.url, { title: 'Quiet room' }));
    await flooder.join('Flood');
    await other.join('Calm');
    await flooder.advance('lobby');
    await other.advance('lobby');
  });

  it('refuses a flood beyond 20 messages a second while another room works normally', async () => {
    const socket = flooder.person('Flood').tracker.socket;
    const flood = Array.from({ length: 500 }, (_, i) =>
      call(socket, 'ideation:done', { commandId: commandId(), done: i % 2 === 0 }),
    );
    const calm = [];
    for (let i = 0; i < 5; i++) calm.push(await other.tryAct('Calm', 'idea:add', { text: `calm idea ${i}` }));
    const results = await Promise.all(flood);
    const limited = results.filter((r) => !r.ok && r.error.code === 'RATE_LIMITED').length;
    expect(limited).toBeGreaterThanOrEqual(480);
    expect(calm.every((r) => r.ok)).toBe(true);
  });
});
