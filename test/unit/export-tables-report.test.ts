import { beforeAll, describe, expect, it } from 'vitest';
import { renderCsv } from '../../server/export/csv-export.js';
import { buildExportModel } from '../../server/export/export-model.js';
import type { ExportModel } from '../../server/export/export-types.js';
import { renderMarkdown } from '../../server/export/markdown-export.js';
import { renderPdf } from '../../server/export/pdf/render-pdf.js';
import { exportView } from '../../shared/session/export-view.js';
import { buildFixtureSession } from './export-fixture.js';
import { comparable, pdfFile, pdfText } from './export-pdf-support.js';
import { finishedSession } from './export-tables-fixture.js';

const NOW = Date.UTC(2026, 10, 30);

function tablesModel(): { model: ExportModel; crossTarget: number } {
  const { m, fromTwo } = finishedSession();
  return { model: buildExportModel(exportView(m.state), NOW)!, crossTarget: fromTwo.number! };
}

/** The CSV as rows of cells; its texts here hold no comma or quote, so splitting is enough. */
function csvRows(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((row) => row.split(','));
}

/** The Markdown from "## Tables" to the next section. */
function markdownTables(markdown: string): string {
  const start = markdown.indexOf('## Tables');
  expect(start).toBeGreaterThan(-1);
  const next = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, next === -1 ? undefined : next);
}

describe('the Tables section of the Markdown, CSV and PDF reports', () => {
  const { model, crossTarget } = tablesModel();
  const tables = model.tables!;

  it('Markdown lists each table, its head count and its shortlist in order, then the lineage', () => {
    const section = markdownTables(renderMarkdown(model));
    for (const table of tables) {
      const heading = `### Table ${table.number}, ${table.participants} people`;
      expect(section).toContain(heading);
      const from = section.indexOf(heading);
      // Markdown escapes the dot after the place, so that "1." is not read as a nested list.
      const lines = section
        .slice(from)
        .split('\n')
        .filter((l) => /^- \d+\\\. /.test(l));
      table.sent.forEach((sent, index) => {
        const into =
          sent.mergedIntoNumber === null ? `No. ${sent.plenaryNumber}` : `merged into No. ${sent.mergedIntoNumber}`;
        expect(lines[index]?.startsWith(`- ${index + 1}\\. \u2068${sent.text}\u2069 → ${into}`), lines[index]).toBe(
          true,
        );
      });
    }
    // Table 1 merged two ideas at the table: the merged wording is named under the one it went into.
    expect(section).toMatch(/merged at the table with: \u2068Table one idea by P\d\u2069/);
    // Every result line names its tables; the cross-table merge names both.
    expect(section).toContain('### Where each result came from');
    for (const idea of model.ideas) {
      const tablesText = idea.tables.map((n) => `table ${n}`).join(', ');
      expect(section).toContain(`- No. ${idea.number}, \u2068${idea.text}\u2069: from ${tablesText}`);
    }
    expect(section).toMatch(new RegExp(`No\\. ${crossTarget}, .*: from table 2, table 3`));
    // Never a table's points or counts.
    expect(section).not.toMatch(/point|vote|ballot/i);
  });

  it('CSV gives each result row its tables and its places on their shortlists', () => {
    const [header, ...rows] = csvRows(renderCsv(model));
    const column = (name: string): number => header!.indexOf(name);
    expect(column('tables')).toBeGreaterThan(-1);
    expect(column('table_shortlist_places')).toBeGreaterThan(-1);
    const row = (number: number): string[] => rows.find((r) => r[column('number')] === String(number))!;
    for (const idea of model.ideas) expect(row(idea.number)[column('tables')]).toBe(idea.tables.join(' '));
    expect(row(crossTarget)[column('tables')]).toBe('2 3');
    for (const table of tables) {
      table.sent.forEach((sent, index) => {
        const places = row(sent.mergedIntoNumber ?? sent.plenaryNumber!)[column('table_shortlist_places')]!;
        expect(places.split(' ')).toContain(`${table.number}:${index + 1}`);
      });
    }
  });

  describe('PDF', () => {
    let text = '';
    beforeAll(async () => {
      text = comparable(pdfText(pdfFile(await renderPdf(model)), true));
    }, 60_000);

    it('shows the Tables section with every shortlist and the lineage', () => {
      expect(text).toContain(comparable('The session ran in 3 parallel tables.'));
      for (const table of tables) {
        expect(text).toContain(comparable(`Table ${table.number}, ${table.participants} people`));
        const from = text.indexOf(comparable(`Table ${table.number}, ${table.participants} people`));
        let at = from;
        table.sent.forEach((sent, index) => {
          // In order: each line of the shortlist comes after the one before it.
          const found = text.indexOf(comparable(`${index + 1}. ${sent.text} →`), at);
          expect(found, `table ${table.number} line ${index + 1}`).toBeGreaterThan(at - 1);
          at = found;
        });
      }
      expect(text).toContain(comparable('Where each result came from'));
      expect(text).toMatch(new RegExp(`No\\.${crossTarget},[^:]*:fromtable2,table3`));
    });
  });
});

describe('a session without tables', () => {
  const model = buildExportModel(exportView(buildFixtureSession().state), NOW)!;

  it('has no Tables section in the Markdown, no table columns in the CSV', () => {
    expect(model.tables).toBeNull();
    const markdown = renderMarkdown(model);
    expect(markdown).not.toContain('## Tables');
    expect(markdown).not.toContain('Where each result came from');
    const [header] = csvRows(renderCsv(model));
    expect(header).not.toContain('tables');
    expect(header).not.toContain('table_shortlist_places');
  });

  it('has no Tables section in the PDF', async () => {
    const text = comparable(pdfText(pdfFile(await renderPdf(model)), true));
    expect(text.length).toBeGreaterThan(100);
    expect(text).not.toContain(comparable('parallel tables'));
    expect(text).not.toContain(comparable('Where each result came from'));
  }, 60_000);
});
