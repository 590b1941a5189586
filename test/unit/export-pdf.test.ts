import { exportView } from '../../shared/session/export-view.js';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExportModel } from '../../server/export/export-model.js';
import type { ExportModel } from '../../server/export/export-types.js';
import { planReport } from '../../server/export/pdf/page-plan.js';
import { breakPoints, directionOf, fontFamiliesFor } from '../../server/export/pdf/pdf-fonts.js';
import { renderPdf } from '../../server/export/pdf/render-pdf.js';
import { allTexts, buildAllianceSession, buildFixtureSession, TITLE } from './export-fixture.js';
import { goalResultLine, pointsLabel } from '../../server/export/report-text.js';
import { translatorFor } from '../../server/export/translator.js';
import { comparable, pdfFile, pdfInfo, pdfText, stressModel } from './export-pdf-support.js';

const NOW = Date.UTC(2026, 10, 21, 12, 0);

function fixtureModel(): ExportModel {
  const model = buildExportModel(exportView(buildFixtureSession().state), NOW);
  if (!model) throw new Error('the fixture session should be in results');
  return model;
}

const withGoals = (model: ExportModel): ExportModel => ({
  ...model,
  goals: [
    {
      ideaNumber: model.ideas[0]?.number ?? 1,
      statement: '共享数据平台 für alle Mitglieder',
      owner: 'עמותת גשר',
      indicator: 'Κάθε μέλος δημοσιεύει δεδομένα',
      targetDate: '2027-06-30',
      rationale: 'Ranked first by 3 of 7 ballots',
    },
    {
      ideaNumber: model.ideas[1]?.number ?? 2,
      statement: 'Фонд для малых организаций',
      owner: '日本環境協会',
      indicator: '10 grants a year',
      targetDate: '2028-01-01',
      rationale: 'Second in points',
    },
  ],
  decisionLog: [
    ...model.decisionLog,
    { at: '2026-11-21T12:00:00.000Z', kind: 'goals-adopted', summary: 'Goals adopted: No. 15, No. 6.' },
  ],
});

describe('PDF export', () => {
  let path = '';
  let bytes: Buffer = Buffer.alloc(0);

  beforeAll(async () => {
    bytes = await renderPdf(fixtureModel());
    path = pdfFile(bytes);
  });

  it('holds every text of the session, in every script, as pdftotext reads it back', () => {
    const text = comparable(pdfText(path));
    const missing = allTexts().filter((expected) => !text.includes(comparable(expected)));
    expect(missing).toEqual([]);
  });

  it('keeps each right-to-left idea in reading order', () => {
    const text = pdfText(path);
    // Without the bidi marks pdftotext adds, the line reads as typed (first word first).
    expect(text.replace(/[\u202A-\u202E]/g, '')).toContain('לחזק את שיתוף הפעולה בין הארגונים');
    expect(text.replace(/[\u202A-\u202E]/g, '')).toContain('تعزيز مشاركة المرأة في صنع القرار');
  });

  it('states the method, the counts, and every total', () => {
    const model = fixtureModel();
    const text = comparable(pdfText(path));
    expect(text).toContain(comparable(model.scoring.summary));
    expect(text).toContain(comparable(model.scoring.description));
    expect(text).toContain(comparable('7 participants from 7 organizations'));
    expect(text).toContain(comparable('Page 1 of'));
  });

  it('contains no link, action or script of any kind', () => {
    const raw = bytes.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    for (const marker of ['/URI', '/Link', '/Annots', '/JavaScript', '/JS', '/Launch', '/OpenAction']) {
      expect(raw).not.toContain(marker);
    }
  });

  it('carries the question as the document title', () => {
    expect(pdfInfo(path).Title).toBe(TITLE);
  });

  it('renders to an image with poppler, page by page', () => {
    const prefix = join(dirname(path), 'page');
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', path, prefix]);
    const png = readFileSync(`${prefix}-1.png`);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('leads with the adopted goals once goals exist: a summary page, then a page per goal', async () => {
    const model = withGoals(fixtureModel());
    const goalsPath = pdfFile(await renderPdf(model));
    const plan = planReport(model);
    expect(plan.summaryOnCover).toBe(true);
    expect(Number(pdfInfo(goalsPath).Pages)).toBe(plan.pageCount);
    const text = comparable(pdfText(goalsPath));
    // The goal's label is set in capitals, so it is compared without case.
    const lower = text.toLowerCase();
    expect(lower).toContain(comparable('adopted goal 1 of 2'));
    expect(lower).toContain(comparable('adopted goal 2 of 2'));
    // The table's heading, capitalised ("unranked ideas" in the method sentence must not match).
    const table = text.indexOf(comparable('Ranked ideas'));
    expect(table).toBeGreaterThan(0);
    expect(lower.indexOf(comparable('adopted goal 2 of 2'))).toBeLessThan(table);
    for (const expected of ['共享数据平台 für alle Mitglieder', 'עמותת גשר', 'Фонд для малых организаций']) {
      expect(text).toContain(comparable(expected));
    }
    expect(text).toContain(comparable('Goals adopted: No. 15, No. 6.'));
  });

  it('ends with the decision log, the outcome and the agreement', () => {
    const model = fixtureModel();
    const text = comparable(pdfText(path, true));
    expect(text).toContain(comparable('Decision log'));
    for (const entry of model.decisionLog) expect(text).toContain(comparable(entry.summary));
    expect(text).toContain(comparable("Agreement among the ballots (Kendall's W"));
    expect(text).toContain(comparable('Decision rule agreed before voting'));
  });
});

describe('PDF of an alliance session', () => {
  it('states weighting, both rounds, organizations, goals with their results, on the planned pages', async () => {
    const model = buildExportModel(exportView(buildAllianceSession().state), NOW) as ExportModel;
    const path = pdfFile(await renderPdf(model));
    expect(Number(pdfInfo(path).Pages)).toBe(planReport(model).pageCount);
    const text = comparable(pdfText(path));
    const first = model.goals?.[0];
    for (const expected of [
      'Organizations equal',
      'Final of two rounds',
      `Agreement in the preliminary vote (${model.results.preliminary?.ballots} ballots)`,
      ...model.results.organizations.map((org) => org.name),
      first?.statement ?? '?',
      goalResultLine(model, first?.ideaNumber ?? 0),
      'Not recorded yet',
      pointsLabel(translatorFor('en'), model.ideas[0]?.points ?? 0),
    ]) {
      expect(text).toContain(comparable(expected));
    }
    expect(pointsLabel(translatorFor('en'), model.ideas[0]?.points ?? 0)).toMatch(/^\d+\.\d$/);
  });
});

describe('PDF page plan', () => {
  it('puts the fixture on the pages it planned, so no page overflowed', async () => {
    const model = fixtureModel();
    const path = pdfFile(await renderPdf(model));
    expect(Number(pdfInfo(path).Pages)).toBe(planReport(model).pageCount);
  });

  it('plans 200 long ideas in every script without an overflowing page', async () => {
    const model = stressModel(200);
    const plan = planReport(model);
    expect(plan.rankedPages.flat().map((idea) => idea.number)).toEqual(model.ideas.map((idea) => idea.number));
    const path = pdfFile(await renderPdf(model));
    expect(Number(pdfInfo(path).Pages)).toBe(plan.pageCount);
    // Pages are not left mostly empty either: on average at least four rows a page.
    expect(model.ideas.length / plan.rankedPages.length).toBeGreaterThan(4);
  }, 60_000);
});

describe('PDF text layout helpers', () => {
  it.each([
    ['地域の若者', ['地', '', '域', '', 'の', '', '若', '', '者']],
    ['réduire', ['réduire']],
    ['שלום', ['שלום']],
    ['a'.repeat(31), [...'a'.repeat(31)].flatMap((ch) => [ch, '']).slice(0, -1)],
  ])('breaks %j without hyphens only where the script allows', (word, pieces) => {
    expect(breakPoints(word)).toEqual(pieces);
  });

  it('keeps a letter and its combining accent together when it breaks a long word', () => {
    const word = 'e\u0301'.repeat(31);
    expect(breakPoints(word).filter((piece) => piece !== '')).toEqual(Array(31).fill('e\u0301'));
  });

  it.each([
    ['לחזק את שיתוף', 'rtl'],
    ['2030: تعزيز', 'rtl'],
    ['Café עברית', 'ltr'],
    ['1234', 'ltr'],
  ])('lays %j out as %s', (text, direction) => {
    expect(directionOf(text)).toBe(direction);
  });

  it('prefers the Japanese font for text with kana and the Chinese one for other Han text', () => {
    expect(fontFamiliesFor('地域の若者')[1]).toBe('Roundtable JP');
    expect(fontFamiliesFor('共享数据平台')[1]).toBe('Roundtable SC');
    expect(fontFamiliesFor('Café')[0]).toBe('Roundtable Sans');
  });
});
