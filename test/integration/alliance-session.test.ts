import { afterAll, describe, expect, it } from 'vitest';
import { publicView } from '../../shared/session/views.js';
import { Room } from '../support/room.js';
import { startServer, tempDataDir, type TestServer } from '../support/server.js';

describe('an alliance session over real sockets', () => {
  const data = tempDataDir();
  let server: TestServer;
  const rooms: Room[] = [];

  afterAll(async () => {
    for (const room of rooms) room.close();
    await server.stop();
    data.remove();
  });

  it('two rounds, two organizations, adopted goals, then a realignment session that starts from them', async () => {
    server = await startServer(data.dir);
    const room = await Room.open(server.url, {
      title: 'Shared goals 2027',
      organizations: ['North Network', 'South Alliance'],
      settings: {
        twoRounds: true,
        ballotSize: 2,
        weighting: 'per-organization',
        decisionRule: { kind: 'top-k', k: 2 },
        commonGroundK: 1,
      },
    });
    rooms.push(room);
    const members = [
      ['N1', 'north network'],
      ['N2', 'North Network'],
      ['N3', 'North Network'],
      ['N4', 'North Network'],
      ['S1', 'South Alliance'],
      ['S2', 'SOUTH ALLIANCE'],
      ['S3', 'South Alliance'],
    ] as const;
    for (const [name, organization] of members) await room.join(name, organization);
    await room.advance('lobby');
    for (const [i, text] of ['Clean water', 'Safe schools', 'Open data'].entries()) {
      await room.act(members[i]![0], 'idea:add', { text });
    }
    await room.advance('ideation');
    await room.advance('sharing');
    await room.advance('clarification');
    await room.facilitator.until((t) => t.view?.phase === 'ranking');
    const id = (text: string) => room.facilitator.view?.ideas.find((i) => i.text === text)?.id ?? '';
    const vote = async (north: string[], south: string[]) => {
      for (const [name] of members) {
        await room.act(name, 'ballot:submit', { ranking: (name.startsWith('N') ? north : south).map(id) });
      }
    };
    // Weighted 3.5 per organization: Clean water and Safe schools tie on 10.5 points and 7 voters;
    // Clean water has more first places. Open data gets nothing.
    await vote(['Clean water', 'Safe schools'], ['Safe schools', 'Clean water']);
    await room.advance('ranking');
    await room.facilitator.until((t) => t.view?.phase === 'discussion');
    expect(room.facilitator.view?.discussion?.preliminary.ballots).toBe(7);

    await room.advance('discussion');
    // The final vote starts empty: every phone is told its latest ballot is the preliminary one.
    await room.person('S3').tracker.until((t) => t.view?.round === 2 && t.mine?.view.myBallot?.round === 1);
    await vote(['Open data', 'Clean water'], ['Open data', 'Safe schools']);
    await room.advance('ranking');
    await room.facilitator.until((t) => t.view?.phase === 'results');
    const results = room.facilitator.view!.results!;
    expect(results.round).toBe(2);
    expect(results.weighting).toBe('per-organization');
    expect(results.organizations.map((o) => [o.name, o.ballots])).toEqual([
      ['North Network', 4],
      ['South Alliance', 3],
    ]);
    expect(results.lines[0]).toMatchObject({ text: 'Open data', rank: 1, preliminaryRank: 3 });
    expect(results.commonGround?.ideaIds).toEqual([id('Open data')]);

    await room.steer('goals:adopt', { ideaIds: results.proposedGoals });
    await room.steer('goal:describe', {
      ideaId: id('Open data'),
      rationale: 'First choice of both organizations',
      owner: 'South Alliance',
      indicator: 'Datasets published',
      targetDate: '2027-12-31',
    });
    await room.facilitator.until((t) => (t.view?.goals?.[0]?.owner ?? '') === 'South Alliance');
    expect(room.facilitator.facilitator?.view.decisions.some((d) => d.kind === 'goals-adopted')).toBe(true);

    // Realignment a year later: the adopted goals enter the new pool, marked with their old rank.
    const response = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Realign 2028', realignFrom: { code: room.code, token: room.facilitatorToken } }),
    });
    expect(response.status).toBe(201);
    const refused = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Hijack', realignFrom: { code: room.code, token: 'z'.repeat(32) } }),
    });
    expect(refused.status).toBe(401);
    const next = (await response.json()) as { value: { code: string; facilitatorToken: string } };
    const live = server.app.service.findByCode(next.value.code)!;
    const seeded = [...live.state.ideas.values()].map((i) => [i.text, i.seed?.previousRank]);
    expect(seeded.sort()).toEqual([
      ['Clean water', 2],
      ['Open data', 1],
    ]);
    // On the shared list from the lobby on, numbered first, marked with their earlier rank.
    const shown = publicView(live.state).ideas.map((i) => [i.number, i.text, i.previousRank]);
    expect(shown).toEqual([
      [1, 'Open data', 1],
      [2, 'Clean water', 2],
    ]);
  });
});
