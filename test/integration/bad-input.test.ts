import { beforeAll, describe, expect, it } from 'vitest';
import { call, commandId, connect, type TestSocket } from '../support/clients.js';
import { Room } from '../support/room.js';
import { serverFixture } from '../support/server-fixture.js';

describe('bad input gets a typed error and the server keeps serving', () => {
  const fixture = serverFixture('all');
  let room: Room;
  let stranger: TestSocket;

  beforeAll(async () => {
    await fixture.start();
    room = fixture.track(await Room.open(fixture.server.url, { title: 'Robustness' }));
    await room.join('Ada');
    stranger = fixture.track(await connect(fixture.server.url));
  });

  it.each([
    ['a string instead of an object', 'idea:add', 'hello'],
    ['a number', 'idea:add', 42],
    ['null', 'idea:add', null],
    ['a missing field', 'idea:add', { commandId: commandId() }],
    ['a wrong type', 'idea:add', { commandId: commandId(), text: 5 }],
    ['an unknown field', 'idea:add', { commandId: commandId(), text: 'x', admin: true }],
    ['an oversized text', 'idea:add', { commandId: commandId(), text: 'x'.repeat(5000) }],
    ['a short command id', 'idea:add', { commandId: 'x', text: 'x' }],
    ['an array as ranking entry', 'ballot:submit', { commandId: commandId(), ranking: [[1]] }],
  ])('%s is refused as BAD_REQUEST', async (_label, event, payload) => {
    const result = await call(room.person('Ada').tracker.socket, event, payload);
    expect(result.ok ? 'accepted' : result.error.code).toBe('BAD_REQUEST');
  });

  it('answers unknown events, and commands before joining, with typed errors', async () => {
    expect(await call(stranger, 'admin:drop-tables', {})).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await call(stranger, 'idea:add', { commandId: commandId(), text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
  });

  it('refuses out-of-phase commands with WRONG_PHASE', async () => {
    const early = await room.tryAct('Ada', 'ballot:submit', { ranking: ['x'] });
    expect(early).toMatchObject({ ok: false, error: { code: 'WRONG_PHASE' } });
    const back = await room.trySteer('phase:back', { from: 'lobby' });
    expect(back).toMatchObject({ ok: false, error: { code: 'WRONG_PHASE' } });
  });

  it('refuses facilitator commands from a participant, or with a wrong token', async () => {
    const fromParticipant = await call(room.person('Ada').tracker.socket, 'phase:advance', {
      commandId: commandId(),
      token: room.facilitatorToken,
      from: 'lobby',
    });
    expect(fromParticipant).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const wrongToken = await call(room.facilitator.socket, 'phase:advance', {
      commandId: commandId(),
      token: 'x'.repeat(32),
      from: 'lobby',
    });
    expect(wrongToken).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('gives the same answer to a join whether the code is unknown, locked or finished', async () => {
    const unknown = await call(stranger, 'participant:join', { code: 'ZZZZ-ZZZZ', name: 'Eve' });
    await room.steer('room:lock', { locked: true });
    const locked = await call(stranger, 'participant:join', { code: room.code, name: 'Eve' });
    await room.steer('room:lock', { locked: false });
    expect(unknown.ok).toBe(false);
    expect(locked).toEqual(unknown);
  });

  it('drops a message over the size limit without harm, and still serves', async () => {
    const big = await connect(fixture.server.url);
    const closed = new Promise<string>((resolve) => big.once('disconnect', (reason) => resolve(reason)));
    big.emit('idea:add' as 'sharing:pass', { commandId: commandId(), text: 'y'.repeat(200_000) } as never, () => {});
    expect(await closed).toBe('transport close');
    const ok = await room.tryAct('Ada', 'ideation:done', { done: true });
    expect(ok).toMatchObject({ ok: false, error: { code: 'WRONG_PHASE' } });
    const health = await fetch(`${fixture.server.url}/healthz`);
    expect(await health.json()).toEqual({ ok: true });
  });

  it('refuses a bad create-session body with 400 and a typed error', async () => {
    const response = await fetch(`${fixture.server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: '', settings: { minBallots: 1 } }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const broken = await fetch(`${fixture.server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"title": ',
    });
    expect(broken.status).toBe(400);
  });
});
