import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_PENDING_PER_SESSION } from '../../server/export/pdf/pdf-worker-client.js';
import type { Room } from '../support/room.js';
import { runReferenceSession } from '../support/scenario.js';
import { serverFixture } from '../support/server-fixture.js';

describe('PDF renders are shared fairly between sessions', () => {
  const fixture = serverFixture('all');
  let flooder: Room;
  let other: Room;

  beforeAll(async () => {
    await fixture.start();
    flooder = fixture.track((await runReferenceSession(fixture.server.url, async () => {})).room);
    other = fixture.track((await runReferenceSession(fixture.server.url, async () => {})).room);
  });

  it('serves another session next while one floods, and caps the flooder with 429', async () => {
    const finished: string[] = [];
    const refused: string[] = [];
    const pdf = (room: Room, label: string) =>
      fetch(`${fixture.server.url}/api/sessions/${room.code}/export.pdf`, {
        headers: { authorization: `Bearer ${room.facilitatorToken}` },
      }).then(async (response) => {
        const body = Buffer.from(await response.arrayBuffer());
        if (response.status === 200) finished.push(label);
        else
          refused.push(`${response.status} ${(JSON.parse(body.toString()) as { error: { code: string } }).error.code}`);
      });
    const flood = Array.from({ length: 10 }, () => pdf(flooder, 'flooder'));
    // Once every flood request has been answered or queued, the other session asks for one.
    await expect.poll(() => refused.length, { timeout: 10_000 }).toBe(10 - MAX_PENDING_PER_SESSION);
    expect(new Set(refused)).toEqual(new Set(['429 RATE_LIMITED']));
    const doneBefore = finished.length;
    const late = pdf(other, 'other');
    await Promise.all([...flood, late]);
    // At most the flooder render already running finishes before the other session's: it comes
    // next in turn, not after the flooder's queue. (Usually: flooder, other, flooder.)
    expect(finished).toHaveLength(MAX_PENDING_PER_SESSION + 1);
    expect(finished.indexOf('other')).toBeLessThanOrEqual(doneBefore + 1);
    console.log(`pdf flood: 10 asked by one session, ${MAX_PENDING_PER_SESSION} queued, order ${finished.join(', ')}`);
  });
});
