import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect, must, ViewTracker, type TestSocket } from '../support/clients.js';
import { castDistinctBallots } from '../support/distinct-ballots.js';
import { Room } from '../support/room.js';
import { pdfFile, pdfText } from '../unit/export-pdf-support.js';
import { serverFixture } from '../support/server-fixture.js';

/** Records every decoded Socket.IO packet a client receives (events and acks alike). */
function capture(socket: TestSocket): string[] {
  const frames: string[] = [];
  socket.io.on('packet', (packet) => frames.push(JSON.stringify(packet.data ?? null)));
  return frames;
}

describe('ballots stay secret', () => {
  const fixture = serverFixture('all');
  let room: Room;

  it('no frame to anyone else pairs a voter with a ranking, and the store cannot either', async () => {
    await fixture.start();
    room = fixture.track(await Room.open(fixture.server.url, { title: 'Secret ballot', settings: { ballotSize: 3 } }));
    const names = ['Ada', 'Bo', 'Cy', 'Di', 'Ed'];
    for (const name of names) await room.join(name);
    const display = new ViewTracker(await connect(fixture.server.url));
    await must(display.socket, 'display:attach', { code: room.code });
    // Their greetings (full views, settings included) come before what is watched here.
    const greeted = [display, ...names.map((n) => room.person(n).tracker)].map((t) => t.until((v) => v.view !== null));
    await Promise.all(greeted);

    const frames = new Map<string, string[]>([
      ['facilitator', capture(room.facilitator.socket)],
      ['display', capture(display.socket)],
      ...names.map((n) => [n, capture(room.person(n).tracker.socket)] as [string, string[]]),
    ]);
    // Five distinct ballots, so that each ranking identifies its voter if it leaks.
    const rankings = await castDistinctBallots(room, names);
    const sessionId = room.facilitator.view?.sessionId ?? '';
    const live = fixture.server.app.service.get(sessionId);
    await room.settle(live?.version ?? 0);

    for (const [receiver, received] of frames) {
      const text = received.join('\n');
      expect(text.length).toBeGreaterThan(0);
      for (const [voter, ranking] of rankings) {
        if (voter !== receiver) expect(text).not.toContain(JSON.stringify(ranking));
      }
      // While voting is open nothing beyond "ballots in" is shown: no tally, no one's status.
      expect(text).not.toMatch(/"results":\{/);
      expect(text).not.toMatch(/"(voted|hasVoted|voters)"/);
      if (receiver === 'facilitator' || receiver === 'display') expect(text).not.toContain('myBallot');
    }
    expect(room.facilitator.view?.ballotsIn).toBe(5);

    // The store: ballots carry no person and no time (only the organization label, for weighting),
    // and come back in key order, not cast order.
    const db = new Database(join(fixture.dir, 'roundtable.sqlite'), { readonly: true });
    const columns = (db.prepare("SELECT name FROM pragma_table_info('ballots')").all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns).toEqual(['session_id', 'ballot_key', 'ranking', 'organization']);
    const keys = (db.prepare('SELECT ballot_key FROM ballots').all() as { ballot_key: string }[]).map(
      (r) => r.ballot_key,
    );
    expect(keys).toHaveLength(5);
    expect(keys).toEqual([...keys].sort());
    const participantIds = [...(live?.state.participants.keys() ?? [])];
    for (const key of keys) for (const id of participantIds) expect(key).not.toContain(id);
    const logged = (db.prepare('SELECT payload FROM events').all() as { payload: string }[])
      .map((r) => r.payload)
      .join('\n');
    for (const ranking of rankings.values()) expect(logged).not.toContain(JSON.stringify(ranking));
    db.close();
    display.socket.disconnect();
  });

  it('no export, in any format, carries a participant id, a token, a ballot key or the salt', async () => {
    await room.advance('ranking');
    await room.facilitator.until((t) => t.view?.phase === 'results');
    const live = fixture.server.app.service.findByCode(room.code)!;
    const secrets = [
      ...live.state.participants.keys(),
      ...[...live.state.participants.values()].map((p) => p.tokenHash),
      ...[...room.people.values()].map((p) => p.token),
      ...[...live.state.ballots.keys()],
      live.state.ballotSalt,
      room.facilitatorToken,
    ];
    for (const format of ['json', 'csv', 'md', 'pdf']) {
      const response = await fetch(`${fixture.server.url}/api/sessions/${room.code}/export.${format}`, {
        headers: { authorization: `Bearer ${room.facilitatorToken}` },
      });
      expect(response.status).toBe(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      // The PDF's streams are compressed: its text is read back as a reader would see it.
      const text = format === 'pdf' ? pdfText(pdfFile(bytes)) : Buffer.from(bytes).toString('utf8');
      expect(text.length).toBeGreaterThan(200);
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
  }, 30_000);
});
