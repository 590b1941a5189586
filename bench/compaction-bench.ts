/**
 * Compaction benchmark: how long the event loop is blocked when voting closes and the store is
 * compacted (ballots rewritten in key order, WAL truncated; see docs/reliability.md "Ballots stay
 * secret"), for data files holding 100 and 1000 sessions of 200 ideas and 20 ballots each. Prints
 * the file size and the time of each of three runs.
 *
 *   npx tsx bench/compaction-bench.ts
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { defaultSettings } from '../shared/session/settings.js';
import type { SessionEvent } from '../shared/session/events.js';
import { SqliteStore } from '../server/store/sqlite-store.js';
import type { SessionChange } from '../server/store/event-store.js';

const IDEAS = 200;
const BALLOTS = 20;

function session(index: number): SessionChange {
  const id = `session-${index}`;
  const created: SessionEvent = {
    type: 'sessionCreated',
    id,
    code: `CODE${index}`,
    title: 'Shared goals',
    createdAt: 0,
    settings: defaultSettings(),
    organizations: [],
    facilitatorTokenHash: 'hash',
    ballotSalt: 'salt',
  };
  const ideas = Array.from({ length: IDEAS }, (_, i): SessionEvent => ({
    type: 'ideaAdded',
    ideaId: `${id}-${i}`,
    authorId: id,
    text: 'x'.repeat(120),
    at: i,
  }));
  const ballots = Array.from({ length: BALLOTS }, () => ({
    ballotKey: `1:${randomBytes(32).toString('base64url')}`,
    ranking: [`${id}-1`, `${id}-2`, `${id}-3`, `${id}-4`, `${id}-5`],
    organization: null,
  }));
  return { sessionId: id, version: 1, events: [created, ...ideas], ballots, commandKey: null };
}

for (const sessions of [100, 1000]) {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-compaction-'));
  const file = join(dir, 'roundtable.sqlite');
  const store = new SqliteStore(file);
  for (let s = 0; s < sessions; s++) store.commit([session(s)]);
  const megabytes = (statSync(file).size + statSync(`${file}-wal`).size) / 1e6;
  const times: string[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    store.compact();
    times.push((performance.now() - start).toFixed(0));
  }
  console.log(`${sessions} sessions, ${megabytes.toFixed(1)} MB: compaction ${times.join(' / ')} ms`);
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
