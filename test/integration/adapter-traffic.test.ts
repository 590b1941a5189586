import { describe, expect, it } from 'vitest';
import { AnswerKeyring, ballotKeys, tableBallotKey } from '../../server/sessions/secrets.js';
import { castDistinctBallots } from '../support/distinct-ballots.js';
import { Room } from '../support/room.js';
import { serverFixture } from '../support/server-fixture.js';
import { WiretapAdapter } from '../support/wiretap-adapter.js';

/**
 * In cluster mode every process hands a Redis stream what it sends the others, and the stream keeps
 * it. Whoever reads Redis must learn nothing that ties a ballot to its voter.
 */
describe('what a cluster adapter carries', () => {
  const fixture = serverFixture('all');

  it('no ranking, ballot key, answer key or token of anyone, in broadcasts or in the sockets listed for another process', async () => {
    await fixture.start({ cluster: { adapter: WiretapAdapter, gate: { open: () => Promise.resolve('ok') } } });
    const tap = fixture.server.app.io.of('/').adapter as WiretapAdapter;
    const room = fixture.track(await Room.open(fixture.server.url, { title: 'Tapped', settings: { ballotSize: 3 } }));
    const names = ['Ada', 'Bo', 'Cy', 'Di', 'Ed'];
    for (const name of names) await room.join(name);
    // Five distinct ballots, each shown to its voter: their private views have gone out.
    const rankings = await castDistinctBallots(room, names);
    await tap.listSocketsForAnotherProcess();

    const live = fixture.server.app.service.get(room.facilitator.view?.sessionId ?? '');
    const salt = live?.state.ballotSalt ?? '';
    const text = tap.sent.join('\n');
    // The tap hears this process: its list of sockets names every participant's socket.
    for (const name of names) expect(text).toContain(room.person(name).participantId);
    expect(salt).not.toBe('');
    expect(text).not.toContain(salt);
    expect(text).not.toContain(room.facilitatorToken);
    expect(text).not.toContain('myBallot');
    for (const [name, ranking] of rankings) {
      const { token } = room.person(name);
      const secrets = [token, ...ballotKeys(salt, token), tableBallotKey(salt, token)];
      secrets.push(new AnswerKeyring(salt, token).forRound(1) ?? 'no answer key');
      for (const secret of secrets) expect(text).not.toContain(secret);
      expect(text).not.toContain(JSON.stringify(ranking));
    }
  });
});
