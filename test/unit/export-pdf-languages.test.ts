import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportLanguage } from '../../server/export/export-language.js';
import { planReport } from '../../server/export/pdf/page-plan.js';
import { renderPdf } from '../../server/export/pdf/render-pdf.js';
import { translatorFor } from '../../server/export/translator.js';
import { comparable, EMOJI_IDEA, pdfFile, pdfInfo, pdfText, reportModel } from './export-pdf-support.js';

const LANGUAGES = ['en', 'ar', 'zh'] as const satisfies readonly ExportLanguage[];
const paths = new Map<ExportLanguage, string>();

/**
 * Text as comparable() makes it, lower-case and without Arabic lam, alef and heh: pdftotext drops some
 * lam-alef ligatures and medial hehs DejaVu draws (they are on the page images), and joins letters across words; marks (vowel signs) are dropped on both sides too.
 */
function readable(text: string): string {
  return comparable(text)
    .toLowerCase()
    .replace(/[\u0644\u0622\u0623\u0625\u0627\u0647]/g, '')
    .replace(/\p{M}/gu, '');
}

/** The text of one page, as pdftotext reads it. */
function pageText(path: string, page: number): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), path, '-'], {
    encoding: 'utf8',
  });
}

describe.each(LANGUAGES)('PDF report in %s, with emoji, long ideas and five goals', (language) => {
  const tr = translatorFor(language);
  let path = '';

  beforeAll(async () => {
    path = pdfFile(await renderPdf(reportModel(language)));
    paths.set(language, path);
  }, 60_000);

  it('carries its headings and labels in the chosen language', () => {
    const text = readable(pdfText(path));
    const keys = [
      'heading.goals',
      'heading.ranked',
      'heading.outcome',
      'heading.decisionLog',
      'field.owner',
      'field.indicator',
      'fact.ballots',
      'table.voters',
    ] as const;
    for (const key of keys) expect(text, key).toContain(readable(tr.t(key)));
    if (language !== 'en') expect(text).not.toContain(readable('Ranked ideas'));
  });

  it('keeps the words of an emoji-bearing idea, drawn without garbage', () => {
    const text = pdfText(path);
    const words = EMOJI_IDEA.split(' ').filter((word) => /^\p{L}+$/u.test(word));
    for (const word of words) expect(text).toContain(word);
    // Emoji are pictures: no replacement or stray characters where they stood (the old report
    // read back "Plant <3 trees" and "⌸§").
    const lines = text.split('\n').filter((line) => line.includes('Plant') || line.includes('Morocco'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toMatch(/[<>⌸§\uFFFD]/);
  });

  it('puts the summary and the first goals on page 1, five goals on at most two pages', () => {
    const model = reportModel(language);
    const plan = planReport(model);
    expect(Number(pdfInfo(path).Pages)).toBe(plan.pageCount);
    expect(plan.goalPages.length).toBeLessThanOrEqual(2);
    expect(plan.goalPages[0]?.length).toBeGreaterThanOrEqual(2);
    const first = readable(pageText(path, 1));
    expect(first).toContain(readable(tr.t('fact.ballots')));
    expect(first).toContain(readable(tr.t('field.owner')));
    // Was 9 pages for 5 goals: a cover, a page per goal, the table, the log.
    expect(plan.pageCount).toBeLessThanOrEqual(6);
  });

  it('renders each page to an image with poppler', () => {
    const prefix = join(dirname(path), 'page');
    execFileSync('pdftoppm', ['-png', '-r', '30', path, prefix]);
    const png = readFileSync(`${prefix}-1.png`);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});

describe('PDF report right to left', () => {
  it('lays the Arabic ranked table out mirrored: the rank column at the right edge', () => {
    const path = paths.get('ar') ?? '';
    const bbox = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-f', '3', '-l', '3', path, '-'], {
      encoding: 'utf8',
    });
    // pdftotext lists right-to-left words in drawing order, that is with their letters reversed.
    const xOf = (word: string): number => {
      const drawn = [...word].reverse().join('');
      const match = new RegExp(`<word xMin="([\\d.]+)"[^>]*>${drawn}</word>`).exec(bbox);
      return Number(match?.[1] ?? Number.NaN);
    };
    // "رقم" (No.) heads a column near the right edge, "المصوتون" (voters) one near the left.
    expect(xOf('رقم')).toBeGreaterThan(450);
    expect(xOf('المصوتون')).toBeLessThan(150);
  });

  it('keeps Arabic words whole when an English report was rendered first in the same process', async () => {
    // fontkit caches glyphs by id with the code points they were first made with; the English
    // report's font subsetting once cached Arabic glyphs without any, and the Arabic report that
    // followed drew "للخ" and "يار" apart.
    pdfFile(await renderPdf(reportModel('en')));
    const path = pdfFile(await renderPdf(reportModel('ar')));
    const bbox = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-f', '1', '-l', '1', path, '-'], {
      encoding: 'utf8',
    });
    const words = [...bbox.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((match) => match[1]);
    // Drawn order, as pdftotext lists right-to-left words: letters reversed.
    for (const word of ['للخيار', 'واحدة', 'أعضائها']) expect(words).toContain([...word].reverse().join(''));
  }, 60_000);
});
