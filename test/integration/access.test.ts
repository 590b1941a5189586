import { io as connectRaw } from 'socket.io-client';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandSchemas } from '../../shared/protocol/schemas.js';
import { COMMANDS } from '../../server/socket/command-table.js';
import { call, commandId } from '../support/clients.js';
import { memoryLogger } from '../support/memory-logger.js';
import { Room } from '../support/room.js';
import { serverFixture } from '../support/server-fixture.js';

/** A payload that would pass validation for each facilitator command, so only authority decides. */
function validPayload(event: string, token: string): Record<string, unknown> {
  const extra: Record<string, Record<string, unknown>> = {
    'phase:advance': { from: 'lobby' },
    'phase:back': { from: 'clarification' },
    'idea:focus': { ideaId: null },
    'idea:reword': { ideaId: 'some-idea', text: 'x' },
    'idea:merge': { targetId: 'a', sourceIds: ['b'] },
    'room:lock': { locked: true },
    'participant:remove': { participantId: 'someone' },
    'timer:start': { seconds: 60 },
    'timer:extend': { seconds: 60 },
    'goals:adopt': { ideaIds: ['a'] },
    'goal:describe': { ideaId: 'a', rationale: 'r', owner: 'o', indicator: 'i', targetDate: '2027-01-01' },
    'prework:revoke': { organization: 'North' },
    'prework:close': { closed: true },
    'prework:group': { label: 'Theme', priorityIds: ['a.1'], themeIds: [] },
    'prework:seed': { itemIds: ['a.1'], attributed: true },
    'ratification:open': { ideaIds: ['a'] },
    'ratification:close': { round: 1 },
    'tables:move': { participantId: 'someone', tableId: 'some-table' },
    'table:host': { tableId: 'some-table', participantId: null },
  };
  return { commandId: commandId(), token, ...(extra[event] ?? {}) };
}

const facilitatorEvents = [
  ...Object.entries(COMMANDS)
    .filter(([, spec]) => spec.role === 'facilitator')
    .map(([event]) => event),
  'session:delete',
];

describe('only the facilitator steers', () => {
  const fixture = serverFixture('all');
  const log = memoryLogger();
  let room: Room;

  beforeAll(async () => {
    // One message per protocol event from each socket in a burst: more than the default per-second budget.
    await fixture.start({ log, limits: { messagesPerSecond: 100 } });
    room = fixture.track(await Room.open(fixture.server.url, { title: 'Access' }));
    await room.join('Ada');
  });

  it('checks every facilitator command of the protocol', () => {
    // A new facilitator event must be added to the table above to be covered here.
    for (const event of facilitatorEvents.filter((e) => e !== 'session:delete')) {
      expect(
        commandSchemas[event as keyof typeof commandSchemas].safeParse(validPayload(event, 'x'.repeat(32))).success,
      ).toBe(true);
    }
    expect(facilitatorEvents.length).toBeGreaterThan(10);
  });

  it.each(facilitatorEvents)(
    '%s is refused from a participant connection, even with the right token',
    async (event) => {
      const before = fixture.server.app.service.get(room.facilitator.view?.sessionId ?? '')?.version;
      const result = await call(room.person('Ada').tracker.socket, event, validPayload(event, room.facilitatorToken));
      expect(result.ok ? 'accepted' : result.error.code).toBe('FORBIDDEN');
      expect(fixture.server.app.service.get(room.facilitator.view?.sessionId ?? '')?.version).toBe(before);
    },
  );

  it.each(facilitatorEvents)('%s is refused with a wrong token', async (event) => {
    const result = await call(room.facilitator.socket, event, validPayload(event, 'y'.repeat(32)));
    expect(result.ok ? 'accepted' : result.error.code).toBe('UNAUTHORIZED');
  });

  it('never writes the facilitator token to the log', async () => {
    await call(room.facilitator.socket, 'phase:advance', {
      commandId: commandId(),
      token: room.facilitatorToken,
      from: 'results',
    });
    await room.advance('lobby');
    const written = log.lines.join('\n');
    expect(written).toContain('session created');
    expect(written).not.toContain(room.facilitatorToken);
  });
});

describe('origins, headers and limits', () => {
  const fixture = serverFixture('all');

  beforeAll(async () => {
    await fixture.start();
  });

  it.each(['polling', 'websocket'] as const)('refuses a %s handshake from a foreign Origin', async (transport) => {
    const attempt = (origin: string) =>
      new Promise<string>((resolve) => {
        const socket = connectRaw(fixture.server.url, {
          transports: [transport],
          reconnection: false,
          forceNew: true,
          extraHeaders: { origin },
        });
        socket.once('connect', () => {
          socket.disconnect();
          resolve('connected');
        });
        socket.once('connect_error', () => {
          socket.disconnect();
          resolve('refused');
        });
      });
    expect(await attempt('http://evil.example')).toBe('refused');
    expect(await attempt(fixture.server.url)).toBe('connected');
  });

  it('sends helmet security headers with a Content-Security-Policy', async () => {
    const response = await fetch(`${fixture.server.url}/healthz`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
