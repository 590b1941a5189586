import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Room } from '../support/room.js';
import { startServer, tempDataDir, type TestServer } from '../support/server.js';

/** What a hostile or careless client sends, and what must be stored, shown and exported instead. */
const SENT = {
  title: 'Our goals\u202E\u0000 for 2028',
  idea: 'Alpha\u202EBeta\u0000Gamma\uD800Delta\uDC00 \u0645\u0631\u062D\u0628\u0627 👩‍👩‍👧 中文 Cafe\u0301 \u2067iso\u2069',
  reword: 'Reworded\u202D\u0000 \u202Atext\u202C',
  names: ['Eve\u202Etxt.exe', 'Nul\u0000l', 'Half\uDBFF'] as const,
  organization: '\u202BAcme\u0000 Org',
};
const KEPT = {
  title: 'Our goals for 2028',
  idea: 'AlphaBetaGammaDelta \u0645\u0631\u062D\u0628\u0627 👩‍👩‍👧 中文 Caf\u00E9 iso',
  reword: 'Reworded text',
  names: ['Evetxt.exe', 'Null', 'Half'],
  organization: 'Acme Org',
};

/** Characters that must never come out anywhere: as themselves, or as JSON escapes of them. */
const FORBIDDEN = [
  '\u202E',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u2067',
  '\u2069',
  '\u0000',
  '\uD800',
  '\uDC00',
  '\uDBFF',
];
const FORBIDDEN_ESCAPES = ['\\u0000', '\\ud800', '\\udc00', '\\udbff', '\\u202e', '\\u202a', '\\u202b', '\\u2067'];

function findForbidden(text: string): string[] {
  const lower = text.toLowerCase();
  return [
    ...FORBIDDEN.filter((ch) => text.includes(ch)).map((ch) => `U+${ch.charCodeAt(0).toString(16)}`),
    ...FORBIDDEN_ESCAPES.filter((escape) => lower.includes(escape)),
  ];
}

describe('text is cleaned at the boundary and the rest of it kept', () => {
  const data = tempDataDir();
  let server: TestServer;
  let room: Room;
  const exports: Record<string, string> = {};

  beforeAll(async () => {
    server = await startServer(data.dir);
    room = await Room.open(server.url, { title: SENT.title, organizations: [SENT.organization] });
    for (const name of SENT.names) await room.join(name, SENT.organization);
    await room.advance('lobby');
    await room.act(SENT.names[0], 'idea:add', { text: SENT.idea });
    await room.act(SENT.names[1], 'idea:add', { text: 'plain idea' });
    await room.advance('ideation');
    await room.advance('sharing');
    await room.facilitator.until((t) => t.view?.phase === 'clarification' && t.view.ideas.length === 2);
    const plain = room.facilitator.view?.ideas.find((i) => i.text === 'plain idea');
    await room.steer('idea:reword', { ideaId: plain?.id, text: SENT.reword });
    await room.advance('clarification');
    const ids = room.facilitator.view?.ideas.map((i) => i.id) ?? [];
    for (const name of SENT.names) await room.act(name, 'ballot:submit', { ranking: ids });
    await room.advance('ranking');
    await room.facilitator.until((t) => t.view?.phase === 'results');
    for (const format of ['json', 'csv', 'md']) {
      const response = await fetch(`${server.url}/api/sessions/${room.code}/export.${format}`, {
        headers: { authorization: `Bearer ${room.facilitatorToken}` },
      });
      exports[format] = await response.text();
    }
  });

  afterAll(async () => {
    room?.close();
    await server?.stop();
    data.remove();
  });

  it('shows the cleaned text, exactly, in every view', () => {
    const view = room.facilitator.facilitator?.view;
    expect(view?.title).toBe(KEPT.title);
    expect(view?.ideas.map((i) => i.text).sort()).toEqual([KEPT.idea, KEPT.reword].sort());
    expect(view?.participants.map((p) => p.name).sort()).toEqual([...KEPT.names].sort());
    expect(new Set(view?.participants.map((p) => p.organization))).toEqual(new Set([KEPT.organization]));
    const mine = room.person(SENT.names[0]).tracker.mine?.view;
    expect(mine?.name).toBe(KEPT.names[0]);
    expect(mine?.myIdeas[0]?.text).toBe(KEPT.idea);
    expect(findForbidden(JSON.stringify(room.facilitator.facilitator))).toEqual([]);
    expect(findForbidden(JSON.stringify(room.person(SENT.names[1]).tracker.publicView))).toEqual([]);
  });

  it('exports the cleaned text and nothing that was stripped', () => {
    // The exports wrap people's text in sentences they write themselves in balanced FSI … PDI pairs
    // (U+2068 … U+2069); only those pairs are set aside, so a control a person sent still shows.
    const ownIsolates = /\u2068[^\u2066-\u2069]*\u2069/g;
    for (const [format, body] of Object.entries(exports)) {
      expect(body, format).toContain(KEPT.idea);
      expect(findForbidden(body.replace(ownIsolates, (pair) => pair.slice(1, -1))), format).toEqual([]);
    }
  });

  it('stores the cleaned text in the SQLite file, ballots included, and nothing that was stripped', async () => {
    await server.stop();
    const file = join(data.dir, 'roundtable.sqlite');
    const bytes = Buffer.concat([
      readFileSync(file),
      ...(existsSync(`${file}-wal`) ? [readFileSync(`${file}-wal`)] : []),
    ]);
    for (const kept of [KEPT.idea, KEPT.title, KEPT.organization, ...KEPT.names]) {
      expect(bytes.includes(Buffer.from(kept, 'utf8')), kept).toBe(true);
    }
    for (const sent of [SENT.idea, SENT.organization, ...SENT.names]) {
      expect(bytes.includes(Buffer.from(sent, 'utf8')), JSON.stringify(sent)).toBe(false);
    }
    // The bidi controls and escaped surrogates as bytes (NUL bytes are everywhere in a database file).
    expect(findForbidden(bytes.toString('latin1').replace(/\0/g, ''))).toEqual([]);
    const utf8 = bytes.toString('utf8');
    expect(['\u202E', '\u202A', '\u202B', '\u202D', '\u2067'].filter((ch) => utf8.includes(ch))).toEqual([]);
    // The organization is also written with each ballot, in the ballots table: read it through SQL too.
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(file, { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    const ballotTable = tables.find((t) => t.name.includes('ballot'))?.name;
    const rows = ballotTable ? (db.prepare(`SELECT * FROM ${ballotTable}`).all() as Record<string, unknown>[]) : [];
    db.close();
    expect(rows.length).toBeGreaterThan(0);
    expect(findForbidden(JSON.stringify(rows))).toEqual([]);
  });
});
