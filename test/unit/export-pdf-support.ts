import { exportView } from '../../shared/session/export-view.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExportModel } from '../../server/export/export-model.js';
import type { ExportLanguage } from '../../server/export/export-language.js';
import type { ExportIdea, ExportModel } from '../../server/export/export-types.js';
import { buildFixtureSession } from './export-fixture.js';

/** Writes PDF bytes to a fresh temporary file and returns its path, for poppler to read. */
export function pdfFile(bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'roundtable-pdf-')), 'report.pdf');
  writeFileSync(path, bytes);
  return path;
}

/**
 * The PDF's text as poppler's pdftotext reads it, UTF-8: in reading order, or with `raw` in the
 * order it was drawn (which keeps a paragraph whole when mixed fonts give its lines uneven
 * spacing, but lists right-to-left words in visual order).
 */
export function pdfText(path: string, raw = false): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...(raw ? ['-raw'] : []), path, '-'], { encoding: 'utf8' });
}

/** pdfinfo's fields, such as Pages and Title. */
export function pdfInfo(path: string): Record<string, string> {
  const output = execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' });
  return Object.fromEntries(
    output
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1] ?? '', match[2] ?? '']),
  );
}

const BIDI_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Runs of Arabic lam and alef letters, which the font joins into lam-alef ligature glyphs. */
const LAM_ALEF_RUN = /[\u0644\u0622\u0623\u0625\u0627]{2,}/g;

/**
 * Text reduced to what layout cannot change: no whitespace (lines wrap anywhere in CJK, and
 * between words elsewhere), no bidi marks (pdftotext adds them around right-to-left runs), and
 * the letters of each lam/alef run in one order, because pdftotext writes the two letters of a
 * lam-alef ligature glyph reversed in right-to-left lines. Applied to both sides of a comparison.
 */
export function comparable(text: string): string {
  return text
    .replace(BIDI_MARKS, '')
    .replace(/\s+/g, '')
    .replace(LAM_ALEF_RUN, (run) => [...run].sort().join(''));
}

const SAMPLES = [
  "Réduire de 30 % les émissions d'ici 2030, à coût maîtrisé, avec les collectivités",
  'Κοινή πλατφόρμα δεδομένων για όλα τα μέλη της συμμαχίας',
  'Создать общий фонд для малых организаций и программ обучения',
  '地域の若者が参加できる仕組みを作る、そして毎年見直す',
  '建立联盟共享的数据平台，让每个成员都能发言并参与决策',
  'تعزيز مشاركة المرأة في صنع القرار على جميع المستويات',
  'לחזק את שיתוף הפעולה בין הארגונים בכל האזורים',
  'WWWWWWWWWW MMMMMMMMMM https://example.org/a/very/long/path/that/does/not/break/at/spaces',
];

/** A large session's model with long ideas in every script, notes, ties and a 1000-character idea. */
export function stressModel(count: number): ExportModel {
  const base = buildExportModel(exportView(buildFixtureSession().state), Date.UTC(2026, 10, 21, 12));
  if (!base) throw new Error('the fixture session should be in results');
  const ideas = Array.from({ length: count }, (_, index) => {
    const sample = SAMPLES[index % SAMPLES.length] ?? '';
    const repeat = index === 3 ? 12 : 1 + (index % 4);
    const text = Array(repeat)
      .fill(sample)
      .join(' ')
      .slice(0, index === 3 ? 1000 : 280);
    const points = Math.max(0, 120 - index);
    return {
      rank: index + 1,
      tied: index % 7 === 0,
      number: index + 1,
      text,
      originalText: index % 5 === 0 ? `${sample} (original)` : text,
      edited: index % 5 === 0,
      mergedFrom:
        index % 9 === 0
          ? [1, 2, 3].map((n) => ({
              number: count + index * 3 + n,
              text: SAMPLES[(index + n) % SAMPLES.length] ?? '',
              originalText: 'x',
            }))
          : [],
      points,
      voters: points > 0 ? 1 + (index % 5) : 0,
      rankCounts: points > 0 ? [index % 3, 1, index % 2, 0, 2] : [0, 0, 0, 0, 0],
      meanRank: points > 0 ? 2.5 : null,
      preliminaryRank: index % 3 === 0 ? index + 2 : null,
      previousRank: index % 11 === 0 ? 4 : null,
      tables: [],
    };
  });
  return { ...base, scoring: { ...base.scoring, ballotSize: 5, pointsByRank: [5, 4, 3, 2, 1] }, ideas };
}

/** An idea with emoji (a ZWJ family, a skin tone, a flag) whose words must survive in the PDF. */
export const EMOJI_IDEA = 'Plant 🌳 trees with every family 👩‍👩‍👧 ✊🏽 in 🇫🇷 France and 🇲🇦 Morocco 🚀';

/**
 * The fixture session in a language, with an emoji-bearing idea first, a long idea, and five
 * adopted goals described in several scripts (some fields left empty).
 */
export function reportModel(language: ExportLanguage): ExportModel {
  const base = buildExportModel(exportView(buildFixtureSession().state), Date.UTC(2026, 10, 21, 12), language);
  if (!base) throw new Error('the fixture session should be in results');
  const [first, second, ...rest] = base.ideas as [ExportIdea, ExportIdea, ...ExportIdea[]];
  const long = `${SAMPLES[0]} ${SAMPLES[5]} ${SAMPLES[2]}`;
  const ideas = [{ ...first, text: EMOJI_IDEA }, { ...second, text: long }, ...rest];
  const statements = [EMOJI_IDEA, long, 'Создать общий фонд 💶', '建立联盟共享的数据平台 📊', 'تعزيز مشاركة المرأة 👩‍⚖️'];
  const goals = ideas.slice(0, 5).map((idea, index) => ({
    ideaNumber: idea.number,
    statement: statements[index] ?? idea.text,
    owner: ['עמותת גשר', 'Société Générale des Énergies', '', 'جمعية الأمل', '中国绿色发展联盟'][index] ?? '',
    indicator: index === 2 ? '' : `${10 * (index + 1)} members report each quarter 📈`,
    targetDate: index === 1 ? '' : `2027-12-${String(10 + index).padStart(2, '0')}`,
    rationale: index % 2 === 0 ? 'Ranked high in every organization; the group agreed in the discussion.' : '',
  }));
  return { ...base, ideas, goals };
}
