import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Someone who copied the data directory and reads the SQLite file's bytes (not SQL) to tie
 * ballots to named voters: they order the ballot cells and the voter traces they can find, as
 * written, and pair them up.
 */

const ID = '[A-Za-z0-9_-]{16}';
/** A ballot's ranking as stored: a JSON array of idea ids. */
const RANKING = new RegExp(`\\["${ID}"(?:,"${ID}")*\\]`, 'g');
/** Traces that name a participant: who-voted events, participants' command keys, joins. */
const VOTER_TRACES = {
  voterRecorded: new RegExp(`"type":"voterRecorded","participantId":"(${ID})"`, 'g'),
  commandKeys: new RegExp(`p:(${ID}):`, 'g'),
  joinOrder: new RegExp(`"type":"participantJoined","participantId":"(${ID})"`, 'g'),
};

interface Found {
  text: string;
  /** The page (or WAL frame) it sits in, and its offset there. */
  chunk: number;
  offset: number;
}

/** The bytes of a database, cut into pages; a WAL, cut into its frames' pages, oldest first. */
export function chunksOf(file: Buffer, kind: 'db' | 'wal'): Buffer[] {
  if (file.length < 100) return [];
  const pageSize = kind === 'db' ? file.readUInt16BE(16) || 65536 : file.readUInt32BE(8);
  const start = kind === 'db' ? 0 : 32;
  const frame = kind === 'db' ? pageSize : pageSize + 24;
  const chunks: Buffer[] = [];
  for (let at = start; at + frame <= file.length; at += frame)
    chunks.push(file.subarray(at + frame - pageSize, at + frame));
  return chunks;
}

function find(chunks: Buffer[], pattern: RegExp, group: number): Found[] {
  const found: Found[] = [];
  chunks.forEach((chunk, index) => {
    for (const match of chunk.toString('latin1').matchAll(pattern)) {
      found.push({ text: match[group] ?? '', chunk: index, offset: match.index });
    }
  });
  return found;
}

/**
 * The order things were written in, as the layout tells it: a WAL's frames are appended commit by
 * commit; inside a page, SQLite places each new cell below the ones already there.
 */
function writeOrder(found: Found[], keep: 'first' | 'last'): string[] {
  const sorted = [...found].sort((a, b) => a.chunk - b.chunk || b.offset - a.offset);
  const seen = new Map<string, number>();
  sorted.forEach((f, i) => {
    if (keep === 'last' || !seen.has(f.text)) seen.set(f.text, i);
  });
  return [...seen.entries()].sort((a, b) => a[1] - b[1]).map(([text]) => text);
}

/** A copy of the data directory's database and WAL, as a thief would take them. */
export function copyDisk(dataDir: string, into: string): { db: Buffer; wal: Buffer } {
  const file = join(dataDir, 'roundtable.sqlite');
  copyFileSync(file, join(into, 'copy.sqlite'));
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, join(into, 'copy.sqlite-wal'));
  const wal = existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0);
  return { db: readFileSync(file), wal };
}

/** The same copy after SQLite has checkpointed it (as it does on its own): the WAL moved into pages. */
export function checkpointed(into: string): Buffer {
  const db = new Database(join(into, 'copy.sqlite'));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return readFileSync(join(into, 'copy.sqlite'));
}

export interface AttackResult {
  /** Voters paired with their own ballot by the best of the attacker's strategies. */
  matched: number;
  strategy: string;
  /** Ballots whose rank in the disk's write order is their true cast position. */
  castOrderRecovered: number;
}

/**
 * Pairs the i-th voter trace with the i-th ballot, for every way of ordering each, and reports
 * the best (the attacker does not know which is right; the test does, so it counts the worst case
 * for the voters). `truth` maps a participant id to their ranking's JSON; `castOrder` lists the
 * rankings as they were cast.
 */
export function attack(
  sources: { name: string; chunks: Buffer[] }[],
  ballotSize: number,
  truth: Map<string, string>,
  castOrder: string[],
): AttackResult {
  let best: AttackResult = { matched: 0, strategy: 'none', castOrderRecovered: 0 };
  for (const source of sources) {
    const ballots = writeOrder(
      find(source.chunks, RANKING, 0).filter((f) => (JSON.parse(f.text) as string[]).length <= ballotSize),
      'first',
    );
    const castOrderRecovered = ballots.filter((ranking, i) => castOrder[i] === ranking).length;
    for (const [traceName, pattern] of Object.entries(VOTER_TRACES)) {
      const voters = writeOrder(find(source.chunks, pattern, 1), traceName === 'commandKeys' ? 'last' : 'first').filter(
        (id) => truth.has(id),
      );
      // Ballots are cast after the traces of earlier phases: align the two lists on their ends.
      const n = Math.min(voters.length, ballots.length);
      const tail = voters.slice(voters.length - n);
      const matched = tail.filter((id, i) => truth.get(id) === ballots[ballots.length - n + i]).length;
      if (matched >= best.matched) {
        best = { matched, strategy: `${source.name} order × ${traceName}`, castOrderRecovered };
      }
    }
    best.castOrderRecovered = Math.max(best.castOrderRecovered, castOrderRecovered);
  }
  return best;
}
