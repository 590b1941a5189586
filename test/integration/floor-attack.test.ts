import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportModel } from '../../server/export/export-types.js';
import type { Weighting } from '../../shared/session/settings.js';
import type { PublicView } from '../../shared/session/views.js';
import { connect, must, ViewTracker } from '../support/clients.js';
import { Room } from '../support/room.js';
import { startServer, tempDataDir, type TestServer } from '../support/server.js';
import { pdfFile, pdfText } from '../unit/export-pdf-support.js';

const IDEAS = ['Clean water', 'Safe schools', 'Open data', 'Bike lanes', 'Night buses'];

/** Reads one ballot off per-idea points: N for the first choice down to 1; null if they are not one ballot's. */
function asOneBallot(points: Map<string, number>, ballotSize: number): string[] | null {
  const ranked = [...points].filter(([, p]) => Math.abs(p) > 1e-6).sort((a, b) => b[1] - a[1]);
  const isBallot = ranked.every(([, p], i) => Math.abs(p - (ballotSize - i)) < 1e-6);
  return ranked.length > 0 && isBallot ? ranked.map(([text]) => text) : null;
}

/** The attack on the live results: the total minus every organization shown leaves the rest. */
function residualBallot(view: PublicView): string[] | null {
  const results = view.results;
  if (!results) return null;
  const shownBallots = results.organizations.reduce((sum, org) => sum + org.ballots, 0);
  if (results.ballots - shownBallots !== 1) return null;
  const points = new Map(
    results.lines.map((line) => [
      line.text,
      line.points - results.organizations.reduce((sum, org) => sum + (org.points[line.ideaId] ?? 0), 0),
    ]),
  );
  return asOneBallot(points, results.ballotSize);
}

/**
 * The attack on the JSON export under equal weight per organization, with two groups: weighted
 * points W = (B / 2) (U_big / n + u) and plain points U = U_big + u (from the counts per rank)
 * give the lone member's points u.
 */
function loneBallotFromExport(model: ExportModel): string[] | null {
  const big = Math.max(...model.session.organizations.map((org) => org.participants));
  const share = model.session.ballots / 2;
  const points = new Map<string, number>();
  for (const idea of model.ideas) {
    if (idea.rankCounts === null) return null;
    const plain = idea.rankCounts.reduce((sum, count, i) => sum + count * (model.scoring.ballotSize - i), 0);
    points.set(idea.text, (idea.points / share - plain / big) / (1 - 1 / big));
  }
  return asOneBallot(points, model.scoring.ballotSize);
}

/** What the hidden voter ranked, and what the members of the large organization ranked. */
const HIDDEN = ['Night buses', 'Bike lanes', 'Open data'];
const OTHERS = [
  ['Clean water', 'Safe schools', 'Open data'],
  ['Safe schools', 'Clean water', 'Bike lanes'],
  ['Clean water', 'Open data', 'Safe schools'],
  ['Open data', 'Clean water', 'Safe schools'],
];

/** A session in which `large` members of "Big" and one hidden voter (`hiddenIn`) rank, up to its results. */
async function runSession(url: string, large: number, hiddenIn: string | null, weighting: Weighting) {
  const room = await Room.open(url, { title: 'Floor', settings: { ballotSize: 3, weighting } });
  const members = Array.from({ length: large }, (_, i): [string, string | null] => [`B${i}`, 'Big']);
  members.push(['Hidden', hiddenIn]);
  for (const [name, organization] of members) await room.join(name, organization ?? undefined);
  const display = new ViewTracker(await connect(url));
  await must(display.socket, 'display:attach', { code: room.code });
  await room.advance('lobby');
  for (const text of IDEAS) await room.act('B0', 'idea:add', { text });
  await room.advance('ideation');
  await room.advance('sharing');
  await room.advance('clarification');
  await room.facilitator.until((t) => t.view?.phase === 'ranking');
  const id = (text: string) => room.facilitator.view?.ideas.find((i) => i.text === text)?.id ?? '';
  for (const [i, [name]] of members.entries()) {
    await room.act(name, 'ballot:submit', { ranking: (name === 'Hidden' ? HIDDEN : OTHERS[i]!).map(id) });
  }
  await room.advance('ranking');
  for (const tracker of [display, room.facilitator, room.person('B0').tracker]) {
    await tracker.until((t) => t.view?.results != null);
  }
  return { room, display, close: () => (room.close(), display.socket.disconnect()) };
}

describe('the floor holds against subtraction, over a real server', () => {
  const data = tempDataDir();
  let server: TestServer;
  const closers: (() => void)[] = [];

  beforeAll(async () => {
    server = await startServer(data.dir);
  });

  afterAll(async () => {
    for (const close of closers) close();
    await server?.stop();
    data.remove();
  });

  it('a projector watcher cannot subtract the shown organization from the total to read the one voter without', async () => {
    const { room, display, close } = await runSession(server.url, 3, null, 'per-person');
    closers.push(close);
    for (const view of [display.view!, room.facilitator.view!, room.person('B0').tracker.view!]) {
      expect(view.results?.ballots).toBe(4);
      expect(residualBallot(view)).toBeNull();
    }
    // Big has 3 ballots, but showing it would leave the one voter alone in the rest: it is hidden too.
    expect(display.view?.results?.organizations).toEqual([]);
    expect(display.view?.results?.organizationsHidden).toBe(1);
  });

  it("the facilitator cannot solve the JSON export's weighted points and counts per rank for an organization of one", async () => {
    const { room, close } = await runSession(server.url, 4, 'Lone', 'per-organization');
    closers.push(close);
    const get = (format: string) =>
      fetch(`${server.url}/api/sessions/${room.code}/export.${format}`, {
        headers: { authorization: `Bearer ${room.facilitatorToken}` },
      });
    const model = (await (await get('json')).json()) as ExportModel;
    expect(model.session.ballots).toBe(5);
    expect(loneBallotFromExport(model)).toBeNull();
    expect(residualBallot(room.facilitator.view!)).toBeNull();
    expect(model.results.countsWithheld).toBe(true);
    expect(model.ideas.map((idea) => [idea.voters, idea.rankCounts, idea.meanRank])).toEqual(
      model.ideas.map(() => [null, null, null]),
    );
    // The other formats carry no more than the JSON: empty count cells, and the reason in words.
    const rows = parse(await (await get('csv')).text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.flatMap((row) => [row.voters, row.mean_rank, row.rank_1, row.rank_2, row.rank_3])).toEqual(
      rows.flatMap(() => ['', '', '', '', '']),
    );
    const reason = /would let a small\s+group's ballots be worked out/;
    expect(await (await get('md')).text()).toMatch(reason);
    const pdf = pdfText(pdfFile(new Uint8Array(await (await get('pdf')).arrayBuffer())));
    expect(pdf.replace(/\s+/g, ' ')).toMatch(reason);
  }, 30_000);
});
