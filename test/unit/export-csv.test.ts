import { exportView } from '../../shared/session/export-view.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, neutraliseCell, quoteField, renderCsv } from '../../server/export/csv-export.js';
import { buildExportModel } from '../../server/export/export-model.js';
import { roundedMeanRank, roundedPoints } from '../../server/export/report-text.js';
import type { ExportIdea, ExportModel } from '../../server/export/export-types.js';
import { buildAllianceSession, buildFixtureSession, IDEAS } from './export-fixture.js';

const NOW = Date.UTC(2026, 10, 21, 12, 0);

function fixtureModel(): ExportModel {
  const model = buildExportModel(exportView(buildFixtureSession().state), NOW);
  if (!model) throw new Error('the fixture session should be in results');
  return model;
}

function parseCsv(csv: string): Record<string, string>[] {
  // csv-parse is strict by default: every record must have as many fields as the header.
  return parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
}

/** What a spreadsheet cell holding participant text must read: the text, made inert if formula-like. */
function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

describe('CSV export', () => {
  it('starts with a byte order mark and ends every record with CRLF', () => {
    const csv = renderCsv(fixtureModel());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted fields every line break is CRLF: a bare LF only occurs inside quotes.
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes).not.toMatch(/[^\r]\n/);
  });

  it('parses back to the same values as the export model, one row per idea in rank order', () => {
    const model = fixtureModel();
    const rows = parseCsv(renderCsv(model));
    expect(rows).toHaveLength(model.ideas.length);
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS, 'rank_1', 'rank_2', 'rank_3']);
    rows.forEach((row, index) => {
      const idea = model.ideas[index] as ExportIdea;
      expect(row).toEqual({
        rank: String(idea.rank),
        tied: idea.tied ? 'yes' : 'no',
        number: String(idea.number),
        text: inert(idea.text),
        original_text: inert(idea.originalText),
        edited: idea.edited ? 'yes' : 'no',
        points: String(roundedPoints(idea.points)),
        voters: String(idea.voters),
        mean_rank: idea.meanRank === null ? '' : String(roundedMeanRank(idea.meanRank)),
        merged_from_numbers: idea.mergedFrom.map((m) => m.number).join(' '),
        merged_from_texts: idea.mergedFrom.map((m) => `#${m.number}: ${m.text}`).join('\n'),
        preliminary_rank: idea.preliminaryRank === null ? '' : String(idea.preliminaryRank),
        previous_rank: idea.previousRank === null ? '' : String(idea.previousRank),
        rank_1: String(idea.rankCounts?.[0]),
        rank_2: String(idea.rankCounts?.[1]),
        rank_3: String(idea.rankCounts?.[2]),
      });
      if (idea.meanRank !== null) expect(Number(row.mean_rank)).toBeCloseTo(idea.meanRank, 2);
    });
  });

  it('neutralises the formula-like ideas of the fixture and leaves the others untouched', () => {
    const rows = parseCsv(renderCsv(fixtureModel()));
    const texts = rows.map((row) => row.text);
    for (const key of ['eq', 'plus', 'minus', 'at'] as const) {
      expect(texts).toContain(`'${IDEAS[key].text}`);
      expect(texts).not.toContain(IDEAS[key].text);
    }
    for (const key of ['fr', 'ja', 'ar', 'he', 'md', 'www'] as const) expect(texts).toContain(IDEAS[key].text);
  });

  it('writes weighted points to one decimal, as the screens show them, and preliminary ranks exactly', () => {
    const model = buildExportModel(exportView(buildAllianceSession().state), NOW) as ExportModel;
    const rows = parseCsv(renderCsv(model));
    expect(rows.map((row) => Number(row.points))).toEqual(model.ideas.map((idea) => roundedPoints(idea.points)));
    // Never the float's noise (11.666666666666668): a dot and at most one decimal, in every language.
    for (const row of rows) expect(row.points).toMatch(/^\d+(\.\d)?$/);
    expect(rows.map((row) => Number(row.preliminary_rank))).toEqual(model.ideas.map((idea) => idea.preliminaryRank));
    expect(model.ideas.some((idea) => !Number.isInteger(idea.points))).toBe(true);
  });

  it('neutralises tab and carriage return at the start, which typed ideas cannot carry but other text can', () => {
    const model = fixtureModel();
    const first = model.ideas[0] as ExportIdea;
    const crafted: ExportModel = {
      ...model,
      ideas: [{ ...first, text: '\t=1+1', originalText: '\r=cmd|" /C calc"!A0' }, ...model.ideas.slice(1)],
    };
    const row = parseCsv(renderCsv(crafted))[0];
    expect(row?.text).toBe("'\t=1+1");
    expect(row?.original_text).toBe('\'\r=cmd|" /C calc"!A0');
  });

  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+33 6 12', "'+33 6 12"],
    ['-1', "'-1"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['  =1+1', "'  =1+1"],
    ['＝1+1', "'＝1+1"],
    ['a=b', 'a=b'],
    ['e-mail', 'e-mail'],
    ['Réduire', 'Réduire'],
    ['', ''],
  ])('neutraliseCell(%j) is %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
  ])('quotes %j as RFC 4180 says', (input, expected) => {
    expect(quoteField(input)).toBe(expected);
  });
});
