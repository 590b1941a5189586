import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../shared/session/events.js';
import { defaultSettings } from '../../shared/session/settings.js';
import { SqliteStore } from '../../server/store/sqlite-store.js';
import { attack, checkpointed, chunksOf, copyDisk } from '../support/disk-attacker.js';
import type { Room } from '../support/room.js';
import { roomInRanking } from '../support/ranking-room.js';
import { startServer, tempDataDir, type TestServer } from '../support/server.js';

const VOTERS = 20;
const BALLOT_SIZE = 3;
/** A random permutation has one fixed point on average; 8 of 20 by chance is below 1 in 10⁵. */
const CHANCE_CEILING = 7;

function sessionCreated(): Extract<SessionEvent, { type: 'sessionCreated' }> {
  return {
    type: 'sessionCreated',
    id: 'legacy',
    code: 'LEGACY23',
    title: 'Before the fix',
    createdAt: 0,
    settings: defaultSettings(),
    organizations: [],
    facilitatorTokenHash: 'hash',
    ballotSalt: 'salt',
  };
}

function shuffled<T>(list: readonly T[]): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** The byte-order attack of issue 10, run on copies of the real file and WAL. */
describe('the data file cannot tie a ballot to its voter', () => {
  const data = tempDataDir();
  const loot = mkdtempSync(join(tmpdir(), 'roundtable-loot-'));
  let server: TestServer | undefined;
  let room: Room | undefined;

  afterAll(async () => {
    room?.close();
    await server?.stop();
    data.remove();
    rmSync(loot, { recursive: true, force: true });
  });

  it(`matches ${VOTERS} voters to their ballots no better than chance, from the file's pages and WAL`, async () => {
    server = await startServer(data.dir);
    const names = Array.from({ length: VOTERS }, (_, i) => `Voter ${i + 1}`);
    const opened = await roomInRanking(server.url, names, { settings: { ballotSize: BALLOT_SIZE } });
    room = opened.room;
    const { ideas } = opened;
    // Distinct rankings, cast one commit at a time in an order unrelated to the order of joining.
    const truth = new Map<string, string>();
    const castOrder: string[] = [];
    for (const name of shuffled(names)) {
      const i = names.indexOf(name);
      const ranking = [ideas[i]!, ideas[(i + 1) % VOTERS]!, ideas[(i + 2) % VOTERS]!];
      await room.act(name, 'ballot:submit', { ranking });
      truth.set(room.person(name).participantId, JSON.stringify(ranking));
      castOrder.push(JSON.stringify(ranking));
    }

    const open = copyDisk(data.dir, loot);
    const whileOpen = attack(
      [
        { name: 'WAL', chunks: chunksOf(open.wal, 'wal') },
        { name: 'pages', chunks: chunksOf(checkpointed(loot), 'db') },
      ],
      BALLOT_SIZE,
      truth,
      castOrder,
    );

    await room.advance('ranking');
    const closed = copyDisk(data.dir, loot);
    const afterClose = attack(
      [
        { name: 'WAL', chunks: chunksOf(closed.wal, 'wal') },
        { name: 'pages', chunks: chunksOf(closed.db, 'db') },
      ],
      BALLOT_SIZE,
      truth,
      castOrder,
    );
    console.log(
      `disk-order attack on ${VOTERS} voters: while voting is open ${whileOpen.matched}/${VOTERS} matched ` +
        `(${whileOpen.strategy}), cast order of ballots recoverable at ${whileOpen.castOrderRecovered}/${VOTERS} ` +
        `positions; after voting closed ${afterClose.matched}/${VOTERS} matched (${afterClose.strategy}), ` +
        `cast order at ${afterClose.castOrderRecovered}/${VOTERS}; WAL ${closed.wal.length} bytes`,
    );

    expect(whileOpen.matched).toBeLessThanOrEqual(CHANCE_CEILING);
    expect(afterClose.matched).toBeLessThanOrEqual(CHANCE_CEILING);
    expect(afterClose.castOrderRecovered).toBeLessThanOrEqual(CHANCE_CEILING);
    expect(statSync(join(data.dir, 'roundtable.sqlite-wal')).size).toBe(0);
    // The ballots are all in the file (the attacker found every one), just not in an order that tells.
    const text = closed.db.toString('latin1');
    for (const ranking of castOrder) expect(text).toContain(ranking);
    expect(text).not.toContain('voterRecorded');
  });

  it('scrubs the who-voted events an earlier version wrote, from the file and the WAL, at start', () => {
    const file = join(loot, 'legacy.sqlite');
    const legacy = new SqliteStore(file);
    const created = sessionCreated();
    const voted: SessionEvent = { type: 'voterRecorded', participantId: 'participant-0001', round: 1 };
    legacy.commit([{ sessionId: 'legacy', version: 2, events: [created, voted], ballots: [], commandKey: null }]);
    legacy.close();
    // Closing checkpoints the WAL into the file and removes it; a WAL left behind is read too.
    const read = (path: string) => (existsSync(path) ? readFileSync(path) : Buffer.alloc(0));
    const bytes = () => Buffer.concat([read(file), read(`${file}-wal`)]).toString('latin1');
    expect(bytes()).toContain('participant-0001');
    const reopened = new SqliteStore(file);
    expect(reopened.loadOne('legacy')?.events.map((e) => e.type)).toEqual(['sessionCreated']);
    reopened.close();
    expect(bytes()).not.toContain('participant-0001');
  });
});
