import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { answerRound, roomAtResults } from '../support/ratification-room.js';
import { serverFixture } from '../support/server-fixture.js';

const PEOPLE: [string, string | undefined][] = [
  ['Ada', 'North'],
  ['Bo', 'North'],
  ['Cy', 'North'],
  ['Di', 'South'],
  ['Ed', 'South'],
];

/** Everything an attacker with a copy of the data directory can compute a key from. */
function storedMaterial(file: string) {
  const db = new Database(file, { readonly: true });
  const events = db.prepare('SELECT payload FROM events').pluck().all() as string[];
  const rows = db.prepare('SELECT ballot_key, ranking, organization FROM ballots').all() as {
    ballot_key: string;
    ranking: string;
    organization: string | null;
  }[];
  const commands = db.prepare('SELECT command_key FROM commands').pluck().all() as string[];
  db.close();
  const created = JSON.parse(events[0] ?? '{}') as { ballotSalt: string };
  const joins = events.map((e) => JSON.parse(e) as { type: string; participantId?: string; tokenHash?: string });
  const people = joins.filter((e) => e.type === 'participantJoined');
  return { salt: created.ballotSalt, people, rows, commands };
}

describe('ratification over real sockets', () => {
  const fixture = serverFixture('all');

  it('under consensus, one objection blocks a goal; counts and reasons only, nothing on disk links an answer to a person', async () => {
    await fixture.start();
    const { room, ideas } = await roomAtResults(
      fixture.server.url,
      {
        title: 'Ratify',
        organizations: ['North', 'South'],
        settings: { ratification: { rule: { kind: 'consensus' } } },
      },
      PEOPLE,
    );
    fixture.track(room);
    const goals = ideas.slice(0, 2);
    // The facilitator can no longer adopt goals directly: the room ratifies them.
    expect((await room.trySteer('goals:adopt', { ideaIds: goals })).ok).toBe(false);
    await room.steer('ratification:open', { ideaIds: goals });
    await answerRound(
      room,
      1,
      goals,
      (name, id) => (name === 'Ed' && id === goals[1] ? 'object' : name === 'Bo' ? 'live' : 'support'),
      (name) => (name === 'Ed' ? 'We cannot fund it this year' : ''),
    );
    await room.facilitator.until((t) => t.view?.ratification?.answersIn === 5);
    // While the round is open, nobody sees anything but the count.
    expect(JSON.stringify(room.facilitator.view?.ratification)).not.toContain('"object"');

    // A restart in the middle of the round: answers come back from the store.
    await fixture.start();
    await room.reconnect(fixture.server.url);
    await room.person('Ed').tracker.until((t) => t.mine?.view.myAnswers?.answers[1]?.answer === 'object');
    await room.steer('ratification:close', { round: 1 });
    await room.facilitator.until(
      (t) => t.view?.ratification?.outcomes !== null && t.view?.ratification?.open === false,
    );
    const outcomes = room.facilitator.view?.ratification?.outcomes ?? [];
    expect(outcomes.map((o) => [o.counts, o.verdict.adopted])).toEqual([
      [{ support: 4, live: 1, object: 0 }, true],
      [{ support: 3, live: 1, object: 1 }, false],
    ]);
    expect(outcomes[1]?.reasons).toEqual([{ answer: 'object', text: 'We cannot fund it this year' }]);
    // North 3 and South 2: South is under the floor, and North beside the total would give it away.
    expect(outcomes.every((o) => o.byOrganization.length === 0)).toBe(true);
    expect(room.facilitator.view?.goals?.map((g) => g.ideaId)).toEqual([goals[0]]);

    // The exports carry the rule, the counts and the outcome, and no name.
    const response = await fetch(`${fixture.server.url}/api/sessions/${room.code}/export.json`, {
      headers: { authorization: `Bearer ${room.facilitatorToken}` },
    });
    const exported = (await response.json()) as { schemaVersion: number; ratification: unknown; decisionLog: unknown };
    expect(exported.schemaVersion).toBe(4);
    expect(exported.ratification).toMatchObject({
      rule: { kind: 'consensus' },
      rounds: [
        {
          round: 1,
          goals: [
            { adopted: true, support: 4 },
            { adopted: false, object: 1, reason: 'objection' },
          ],
        },
      ],
    });
    const text = JSON.stringify(exported);
    for (const [name] of PEOPLE) expect(text).not.toMatch(new RegExp(`\\b${name}\\b`));

    // The attacker's copy: answers sit under keys no stored value can recompute, with no command trace.
    await fixture.server.app.service.idle();
    const file = join(fixture.server.dataDir, 'roundtable.sqlite');
    const { salt, people, rows, commands } = storedMaterial(file);
    const answerRows = rows.filter((row) => row.ballot_key.startsWith('r1:'));
    expect(answerRows).toHaveLength(5);
    const edRow = answerRows.filter((row) => row.ranking.includes('\\tobject\\t'));
    expect(edRow).toHaveLength(1);
    for (const person of people) {
      const guesses = [person.participantId ?? '', person.tokenHash ?? ''].flatMap((secret) => [
        createHmac('sha256', salt).update(`ratify:1:${secret}`).digest('base64url'),
        createHmac('sha256', salt).update(secret).digest('base64url'),
        createHash('sha256').update(secret).digest('base64url'),
        secret,
      ]);
      for (const row of answerRows) for (const guess of guesses) expect(row.ballot_key).not.toContain(guess);
      // One command trace per person (their idea); answering added none that names them.
      expect(commands.filter((key) => key.startsWith(`p:${person.participantId}:`))).toHaveLength(1);
    }
    // Once the round closed the rows were rewritten: their place on disk follows their keys (SQLite
    // fills a page from its end, so key order reversed), never the order people answered, and the
    // WAL that held the answers as given is empty.
    const disk = readFileSync(file).toString('latin1');
    const keys = answerRows.map((row) => row.ballot_key);
    const onDisk = [...keys].sort((x, y) => disk.indexOf(x) - disk.indexOf(y));
    expect(onDisk).toEqual([...keys].sort().reverse());
    expect(readFileSync(`${file}-wal`)).toHaveLength(0);
  });

  it('under a veto, one objection from a named organization blocks; the facilitator amends and ratifies again', async () => {
    await fixture.start();
    const people: [string, string | undefined][] = [...PEOPLE, ['Fay', 'South']];
    const rule = { kind: 'veto', percent: 50, organizations: ['South'] } as const;
    const { room, ideas } = await roomAtResults(
      fixture.server.url,
      {
        title: 'Veto',
        organizations: ['North', 'South'],
        settings: { ratification: { rule: { ...rule, organizations: [...rule.organizations] } } },
      },
      people,
    );
    fixture.track(room);
    const [a, b, c] = ideas as [string, string, string];
    await room.steer('ratification:open', { ideaIds: [a, b] });
    await answerRound(room, 1, [a, b], (name, id) => (name === 'Fay' && id === b ? 'object' : 'support'));
    const early = await room.trySteer('ratification:close', { round: 2 });
    expect(early.ok).toBe(false);
    await room.steer('ratification:close', { round: 1 });
    await room.facilitator.until((t) => t.view?.ratification?.outcomesRound === 1);
    const [first, second] = room.facilitator.view?.ratification?.outcomes ?? [];
    expect(first?.verdict).toEqual({ adopted: true });
    expect(second?.verdict).toEqual({ adopted: false, reason: 'veto', vetoedBy: ['South'] });
    // Three answers each: both organizations may be shown, and nothing smaller can be derived.
    expect(second?.byOrganization).toEqual([
      { name: 'North', support: 3, live: 0, object: 0 },
      { name: 'South', support: 2, live: 0, object: 1 },
    ]);

    await room.steer('ratification:open', { ideaIds: [c] });
    await room.person('Fay').tracker.until((t) => t.mine?.view.myAnswers === null);
    await answerRound(room, 2, [c], () => 'live');
    await room.steer('ratification:close', { round: 2 });
    await room.facilitator.until((t) => t.view?.ratification?.outcomesRound === 2);
    expect(room.facilitator.view?.goals?.map((g) => g.ideaId)).toEqual([a, c]);
    const log = room.facilitator.facilitator?.view.decisions.filter((d) => d.kind === 'ratified') ?? [];
    expect(log).toHaveLength(2);
    expect(JSON.stringify(log)).not.toMatch(/\b(Ada|Bo|Cy|Di|Ed|Fay)\b/);
  });
});
