import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashToken } from '../../server/sessions/secrets.js';
import { makeLink, postJson } from '../support/prework-http.js';
import { Room } from '../support/room.js';
import { serverFixture } from '../support/server-fixture.js';

describe('pre-work over real HTTP and sockets', () => {
  const fixture = serverFixture('all');

  it('two organizations answer through their own links; the facilitator groups themes and seeds the pool', async () => {
    await fixture.start();
    const base = fixture.server.url;
    const room = fixture.track(await Room.open(base, { title: 'Before the room', organizations: ['North', 'South'] }));
    const north = await makeLink(base, room.code, room.facilitatorToken, 'North');
    const south = await makeLink(base, room.code, room.facilitatorToken, 'South');
    const save = (secret: string, priorities: string[], implicit = '') =>
      postJson(`${base}/api/prework/save`, {
        code: room.code,
        secret,
        priorities,
        explicitInterests: 'Our stated goal',
        implicitInterests: implicit,
      });

    expect((await save(north, ['Clean water', 'Schools', 'Roads'], 'Keep our autonomy')).status).toBe(200);
    expect((await save(south, ['Safe drinking water', 'Jobs'])).status).toBe(200);
    const opened = await postJson<{ organization: string; priorities: string[] }>(`${base}/api/prework/open`, {
      code: room.code,
      secret: south,
    });
    expect(opened.result.ok && opened.result.value).toMatchObject({
      organization: 'South',
      priorities: ['Safe drinking water', 'Jobs'],
    });

    // A guessed secret, a replaced link and a revoked link open nothing, and all say the same.
    expect((await save(`${north.slice(0, -4)}abcd`, ['Guess'])).status).toBe(401);
    const north2 = await makeLink(base, room.code, room.facilitatorToken, 'North');
    expect((await save(north, ['Old link'])).status).toBe(401);
    expect((await save(north2, ['Clean water', 'Schools', 'Roads'], 'Keep our autonomy')).status).toBe(200);
    await room.steer('prework:revoke', { organization: 'South' });
    expect((await save(south, ['Revoked'])).status).toBe(401);
    // Only the facilitator makes links.
    expect((await postJson(`${base}/api/sessions/${room.code}/prework-links`, { organization: 'North' })).status).toBe(
      401,
    );

    await room.facilitator.until(
      (t) => t.facilitator?.view.prework.organizations.every((o) => o.updatedAt !== null) === true,
    );
    const landscape = room.facilitator.facilitator?.view.prework;
    const idOf = (org: string, rank: number) =>
      landscape?.organizations.find((o) => o.name === org)?.priorities[rank - 1]?.id ?? '';
    await room.steer('prework:group', {
      label: 'Water',
      priorityIds: [idOf('North', 1), idOf('South', 1)],
      themeIds: [],
    });
    await room.facilitator.until((t) => (t.facilitator?.view.prework.commonGround.length ?? 0) === 1);
    const theme = room.facilitator.facilitator?.view.prework.themes[0];
    expect(theme?.organizations).toEqual(['North', 'South']);
    expect(theme?.priorities.map((p) => p.rank)).toEqual([1, 1]);
    await room.steer('prework:seed', { itemIds: [theme?.id, idOf('South', 2)], attributed: true });

    const ann = await room.join('Ann', 'North');
    await room.advance('lobby');
    await room.act('Ann', 'idea:add', { text: 'An idea from the room' });
    await room.advance('ideation');
    await ann.tracker.until((t) => t.publicView?.view.phase === 'sharing' && t.publicView.view.ideas.length === 2);
    const shared = ann.tracker.publicView?.view.ideas ?? [];
    expect(shared.map((i) => [i.number, i.text, i.prework])).toEqual([
      [1, 'Water', { organizations: ['North', 'South'] }],
      [2, 'Jobs', { organizations: ['South'] }],
    ]);
    // Implicit interests reach the facilitator only.
    expect(JSON.stringify(ann.tracker.deliveries)).not.toContain('Keep our autonomy');
    expect(JSON.stringify(room.facilitator.facilitator?.view.prework)).toContain('Keep our autonomy');

    // The store keeps each link's hash, never the secret.
    const sessionId = room.facilitator.view?.sessionId ?? '';
    await fixture.server.app.service.idle();
    const file = join(fixture.server.dataDir, 'roundtable.sqlite');
    const bytes = Buffer.concat([readFileSync(file), readFileSync(`${file}-wal`)]).toString('latin1');
    for (const secret of [north, north2, south]) expect(bytes).not.toContain(secret);
    expect(bytes).toContain(hashToken(north2));
    expect(sessionId).not.toBe('');
  });

  it('limits saves per link and guesses per address, like writes and room codes', async () => {
    await fixture.start({ limits: { participantWritesPerMinute: 2, failuresPerMinute: 3 } });
    const base = fixture.server.url;
    const room = fixture.track(await Room.open(base, { title: 'Limits', organizations: ['North'] }));
    const secret = await makeLink(base, room.code, room.facilitatorToken, 'North');
    const body = { code: room.code, secret, priorities: ['Water'], explicitInterests: '', implicitInterests: '' };
    const saves = [];
    for (let i = 0; i < 3; i++) saves.push((await postJson(`${base}/api/prework/save`, body)).status);
    expect(saves).toEqual([200, 200, 429]);
    const guesses = [];
    for (let i = 0; i < 4; i++) {
      const guess = { code: room.code, secret: `${'g'.repeat(31)}${i}` };
      guesses.push((await postJson(`${base}/api/prework/open`, guess)).status);
    }
    expect(guesses).toEqual([401, 401, 401, 429]);
    // Blocked, the address cannot even open a right link until the block ends.
    expect((await postJson(`${base}/api/prework/open`, { code: room.code, secret })).status).toBe(429);
  });
});
