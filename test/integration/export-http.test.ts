import { roundedMeanRank } from '../../server/export/report-text.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportModel } from '../../server/export/export-types.js';
import { MAX_PENDING_PER_SESSION } from '../../server/export/pdf/pdf-worker-client.js';
import { resultsView } from '../../shared/session/views.js';
import { Room } from '../support/room.js';
import { startServer, tempDataDir, type TestServer } from '../support/server.js';
import { comparable, pdfFile, pdfText } from '../unit/export-pdf-support.js';
import { allTexts, BALLOTS, IDEAS, MERGE, ORGANIZATIONS, PEOPLE, REWORD, TITLE } from '../unit/export-fixture.js';

const addFormats = (addFormatsPlugin as unknown as { default: typeof addFormatsPlugin }).default ?? addFormatsPlugin;

/** The fixture session over real sockets; `beforeResults` runs while voting is still open. */
async function runFixture(url: string, beforeResults: (room: Room) => Promise<void>): Promise<Room> {
  const room = await Room.open(url, { title: TITLE, settings: { ballotSize: 3 }, organizations: ORGANIZATIONS });
  for (const person of PEOPLE) await room.join(person.name, person.organization);
  await room.advance('lobby');
  for (const idea of Object.values(IDEAS)) await room.act(idea.author, 'idea:add', { text: idea.text });
  await room.advance('ideation');
  await room.advance('sharing');
  const count = Object.keys(IDEAS).length;
  await room.facilitator.until((t) => t.view?.phase === 'clarification' && t.view.ideas.length === count);
  const idOf = (text: string) => {
    const idea = room.facilitator.view?.ideas.find((i) => i.text === text);
    if (!idea) throw new Error(`no idea "${text}"`);
    return idea.id;
  };
  const ids = Object.fromEntries(Object.entries(IDEAS).map(([key, idea]) => [key, idOf(idea.text)]));
  await room.steer('idea:merge', {
    targetId: ids[MERGE.target],
    sourceIds: MERGE.sources.map((key) => ids[key]),
    text: MERGE.text,
  });
  await room.steer('idea:reword', { ideaId: ids[REWORD.key], text: REWORD.text });
  await room.advance('clarification');
  for (const [name, keys] of Object.entries(BALLOTS)) {
    await room.act(name, 'ballot:submit', { ranking: keys.map((key) => ids[key]) });
  }
  await beforeResults(room);
  await room.advance('ranking');
  await room.facilitator.until((t) => t.view?.phase === 'results');
  return room;
}

describe('GET /api/sessions/:code/export.:format', () => {
  const data = tempDataDir();
  let server: TestServer;
  let room: Room;
  let tooEarly: Response;

  const exportUrl = (format: string, code = room.code) => `${server.url}/api/sessions/${code}/export.${format}`;
  const get = (format: string, token: string | null = room.facilitatorToken, code?: string) =>
    fetch(exportUrl(format, code), token === null ? {} : { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    server = await startServer(data.dir);
    room = await runFixture(server.url, async (open) => {
      tooEarly = await fetch(`${server.url}/api/sessions/${open.code}/export.pdf`, {
        headers: { authorization: `Bearer ${open.facilitatorToken}` },
      });
    });
  });

  afterAll(async () => {
    room?.close();
    await server?.stop();
    data.remove();
  });

  it('refuses a missing token, a wrong one, a participant token and unknown codes, all alike', async () => {
    const someone = room.person(PEOPLE[0].name).token;
    const refusals = [
      await get('json', null),
      await get('json', 'x'.repeat(32)),
      await get('pdf', someone),
      await get('csv', `${room.facilitatorToken}x`),
      await fetch(exportUrl('md'), { headers: { authorization: room.facilitatorToken } }),
      await fetch(exportUrl('md'), { headers: { authorization: `Basic ${room.facilitatorToken}` } }),
      await get('json', room.facilitatorToken, 'ZZZZ-ZZZZ'),
      await get('json', room.facilitatorToken, 'not-a-code'),
      await get('json', null, 'ZZZZ-ZZZZ'),
    ];
    const bodies = await Promise.all(refusals.map((response) => response.text()));
    for (const response of refusals) {
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-disposition')).toBeNull();
    }
    expect(new Set(bodies).size).toBe(1);
    expect(JSON.parse(bodies[0] ?? '')).toEqual({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: 'A valid facilitator token is required.' },
    });
    for (const leak of [TITLE, room.code, ...ORGANIZATIONS, IDEAS.fr.text]) expect(bodies[0]).not.toContain(leak);
  });

  it('says that exports wait until the results are shown', async () => {
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.headers.get('cache-control')).toBe('no-store');
    expect(await tooEarly.json()).toEqual({
      ok: false,
      error: { code: 'WRONG_PHASE', message: 'Exports are available once the results are shown.' },
    });
  });

  it.each([
    ['json', 'application/json; charset=utf-8'],
    ['pdf', 'application/pdf'],
    ['csv', 'text/csv; charset=utf-8; header=present'],
    ['md', 'text/markdown; charset=utf-8; variant=GFM'],
  ])('serves %s with its type, a safe file name and no caching', async (format, type) => {
    const response = await get(format);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const disposition = response.headers.get('content-disposition') ?? '';
    const ascii = /filename="([^"]*)"/.exec(disposition)?.[1];
    const code = `${room.code.slice(0, 4)}-${room.code.slice(4)}`;
    expect(ascii).toMatch(
      new RegExp(
        `^roundtable-quels-objectifs-communs-pour-l-alliance-d-ici-2028-${code}-\\d{4}-\\d{2}-\\d{2}\\.${format}$`,
      ),
    );
    const unicode = decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '');
    expect(unicode).toContain('2028-Ελλάδα-');
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(500);
  });

  it("refuses PDFs beyond the session's share with 429 and Retry-After, and serves the others", async () => {
    const responses = await Promise.all(Array.from({ length: 12 }, () => get('pdf')));
    const statuses = responses.map((response) => response.status);
    // One session may have MAX_PENDING_PER_SESSION (2) waiting or rendering; the whole server 8
    // (the 503 answer; see fair-queue.test.ts and pdf-fairness.test.ts).
    expect(statuses.filter((status) => status === 200).length).toBe(MAX_PENDING_PER_SESSION);
    const busy = responses.filter((response) => response.status === 429);
    expect(busy.length).toBe(12 - MAX_PENDING_PER_SESSION);
    expect(busy[0]?.headers.get('retry-after')).toBe('5');
    expect(((await busy[0]?.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
    for (const response of responses.filter((r) => r.status === 200)) {
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
    }
  }, 60_000);

  it('accepts the room code as people type it', async () => {
    const typed = `${room.code.slice(0, 4)}-${room.code.slice(4)}`.toLowerCase();
    expect((await get('json', room.facilitatorToken, typed)).status).toBe(200);
  });

  it('answers an unknown format with 404 once the token is right', async () => {
    const response = await get('xlsx');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it('serves JSON that validates and states the numbers of the results view', async () => {
    const json = (await (await get('json')).json()) as ExportModel;
    const schema = JSON.parse(
      readFileSync(new URL('../../docs/export.schema.json', import.meta.url), 'utf8'),
    ) as object;
    const ajv = new Ajv2020({ strict: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);

    const live = server.app.service.findByCode(room.code);
    const fromServer = live ? resultsView(live.state) : null;
    const seenByFacilitator = room.facilitator.view?.results;
    const numbers = (lines: { number: number; points: number; voters: number | null; rankCounts: number[] | null }[]) =>
      lines.map(({ number, points, voters, rankCounts }) => ({ number, points, voters, rankCounts }));
    expect(numbers(json.ideas)).toEqual(numbers(fromServer?.lines ?? []));
    expect(numbers(json.ideas)).toEqual(numbers(seenByFacilitator?.lines ?? []));
    expect(json.ideas.map((i) => [i.rank, i.tied, i.meanRank])).toEqual(
      seenByFacilitator?.lines.map((l) => [l.rank, l.tied, l.meanRank]),
    );
    expect(json.session.ballots).toBe(Object.keys(BALLOTS).length);
    expect(json.session.participants).toBe(PEOPLE.length);
  });

  it('serves a PDF in which pdftotext finds every text in every script', async () => {
    const path = pdfFile(new Uint8Array(await (await get('pdf')).arrayBuffer()));
    const text = comparable(pdfText(path));
    expect(allTexts().filter((expected) => !text.includes(comparable(expected)))).toEqual([]);
  });

  it('serves a CSV that parses back to the values of the JSON export', async () => {
    const json = (await (await get('json')).json()) as ExportModel;
    const rows = parse(await (await get('csv')).text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.number, row.points, row.voters, row.rank, row.mean_rank])).toEqual(
      json.ideas.map((idea) => [
        String(idea.number),
        String(idea.points),
        String(idea.voters),
        String(idea.rank),
        idea.meanRank === null ? '' : String(roundedMeanRank(idea.meanRank)),
      ]),
    );
    const formulaLike = rows.filter((row) => /^[=+\-@]/.test(row.text ?? ''));
    expect(formulaLike).toEqual([]);
    expect(rows.map((row) => row.text)).toContain(`'${IDEAS.eq.text}`);
  });

  it('serves Markdown that carries the texts escaped, never as links or HTML', async () => {
    const markdown = await (await get('md')).text();
    // Escaped where Markdown would read markup, and only there.
    expect(markdown).toContain('\\[link\\](http\\://evil.example)');
    expect(markdown).toContain('\\<img src=x onerror=alert(1)>');
    expect(markdown).toContain(IDEAS.ja.text);
    expect(markdown).toContain(IDEAS.he.text);
  });

  it('writes every format in the language the lang parameter names', async () => {
    const withLang = (format: string, lang: string) =>
      fetch(`${exportUrl(format)}?lang=${lang}`, { headers: { authorization: `Bearer ${room.facilitatorToken}` } });
    const json = (await (await withLang('json', 'zh')).json()) as ExportModel;
    expect(json.language).toBe('zh');
    expect(json.scoring.summary).toContain('张选票');
    const csv = parse(await (await withLang('csv', 'fr')).text(), { bom: true, columns: true }) as object[];
    expect(Object.keys(csv[0] ?? {}).slice(0, 3)).toEqual(['rang', 'ex_aequo', 'numero']);
    const markdown = await (await withLang('md', 'ru')).text();
    expect(markdown).toContain('## Рейтинг идей');
    const pdf = pdfText(pdfFile(new Uint8Array(await (await withLang('pdf', 'ar')).arrayBuffer())));
    expect(comparable(pdf)).toContain(comparable('الأفكار المرتبة'));
    expect(pdf).not.toContain('Ranked ideas');
  }, 60_000);

  it.each(['xx', 'EN', 'en-US', ''])('refuses lang=%j with 400 and the languages it accepts', async (lang) => {
    const response = await fetch(`${exportUrl('csv')}?lang=${lang}`, {
      headers: { authorization: `Bearer ${room.facilitatorToken}` },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.message).toBe('lang must be one of en, fr, es, ru, ar, zh.');
  });

  it('refuses a repeated lang parameter rather than picking one', async () => {
    const response = await fetch(`${exportUrl('json')}?lang=fr&lang=ar`, {
      headers: { authorization: `Bearer ${room.facilitatorToken}` },
    });
    expect(response.status).toBe(400);
  });
});
