import type { ExportIdea, ExportModel } from '../export-types.js';
import { closingNotes, historyLines, organizationParts, outcomeLines, rankCountsLine } from '../report-text.js';
import { breakPoints } from './pdf-fonts.js';
import { DECISION_TIME_COLUMN, ORGANIZATION_COLUMNS } from './outcome-sections.js';
import { IDEA_CELL_PADDING, LEADING, PAGE, RANKED_COLUMNS } from './pdf-styles.js';

// react-pdf re-lays out everything left on a page each time it breaks one, so a 200-row table
// in one <Page> costs time that grows with the square of its length. The report therefore puts
// the table on as many <Page>s as it needs, with rows chosen here from estimated heights. The
// estimates err on the tall side; a page that still overflows is split by react-pdf as usual.

const CONTENT_WIDTH = PAGE.width - 2 * PAGE.side;
const CONTENT_HEIGHT = PAGE.height - PAGE.top - PAGE.bottom;
const IDEA_COLUMN =
  CONTENT_WIDTH - Object.values(RANKED_COLUMNS).reduce((sum, columnWidth) => sum + columnWidth, 0) - IDEA_CELL_PADDING;
/** Room a page's table header takes. */
const TABLE_HEADER = 18;
/** Fill pages only this far, so an estimate that falls short still fits. */
const FILL = 0.94;

const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF\p{Extended_Pictographic}]/u;

/** Width of one character in ems, a little above DejaVu Sans's and Noto Sans's real widths. */
function characterWidth(character: string): number {
  if (character === ' ') return 0.32;
  if (/^\p{M}+$/u.test(character)) return 0;
  if (WIDE.test(character)) return 1;
  if (/\p{Lu}/u.test(character)) return 0.74;
  if (/\p{N}/u.test(character)) return 0.64;
  if (/\p{L}/u.test(character)) return 0.63;
  return 0.5;
}

function width(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) ems += characterWidth(character);
  return ems * fontSize;
}

/** Lines a text takes at a font size in a column, wrapped the way the report wraps it. */
export function estimatedLines(text: string, fontSize: number, columnWidth: number, bold = false): number {
  const scale = bold ? 1.08 : 1;
  const space = width(' ', fontSize) * scale;
  let lines = 1;
  let used = 0;
  for (const word of text.split(' ').filter(Boolean)) {
    // A word that may break is placed piece by piece; any other word moves whole to a new line.
    const pieces = breakPoints(word).filter((piece) => piece !== '');
    pieces.forEach((piece, index) => {
      const needed = width(piece, fontSize) * scale + (index === 0 && used > 0 ? space : 0);
      if (used + needed > columnWidth && used > 0) {
        lines += 1 + Math.floor(Math.max(0, width(piece, fontSize) * scale - columnWidth) / columnWidth);
        used = width(piece, fontSize) * scale;
      } else {
        used += needed;
      }
    });
  }
  return lines;
}

/** The notes under an idea, in the order the table shows them. */
export function ideaNotes(idea: ExportIdea): string[] {
  const notes = idea.edited ? [`Reworded from: ${idea.originalText}`] : [];
  for (const merged of idea.mergedFrom) notes.push(`Merged from No. ${merged.number}: ${merged.text}`);
  const ranks = rankCountsLine(idea);
  if (ranks !== null) notes.push(ranks);
  return [...notes, ...historyLines(idea)];
}

/** Estimated height of one row of the ranked table, in points. */
export function rowHeight(idea: ExportIdea): number {
  const textLine = 9.5 * LEADING;
  const noteLine = 7.5 * LEADING;
  let ideaCell = estimatedLines(idea.text, 9.5, IDEA_COLUMN) * textLine;
  for (const note of ideaNotes(idea)) ideaCell += 2 + estimatedLines(note, 7.5, IDEA_COLUMN) * noteLine;
  const rank = textLine + (idea.tied ? 7 * LEADING : 0);
  return 8.5 + Math.max(ideaCell, rank);
}

/** Estimated height of what comes before the table on the first page. */
export function summaryHeight(model: ExportModel): number {
  const title = estimatedLines(model.session.title, 19, CONTENT_WIDTH, true) * 19 * 1.25 + 14;
  const chips = organizationParts(model).map((part) => width(`${part.name} 00`, 9.5) + 12);
  let chipRows = chips.length > 0 ? 1 : 0;
  let rowUsed = 0;
  for (const chip of chips) {
    if (rowUsed + chip > CONTENT_WIDTH && rowUsed > 0) [chipRows, rowUsed] = [chipRows + 1, 0];
    rowUsed += chip;
  }
  const organizations = chipRows > 0 ? 12 + chipRows * (9.5 * LEADING + 2) + 10 : 0;
  const method = 16 + estimatedLines(`Method. ${model.scoring.summary}`, 9.5, CONTENT_WIDTH - 16) * 9.5 * LEADING + 16;
  // Kicker, two rows of facts, the table's heading.
  const kickerFactsAndHeading = 16 + 100 + 30;
  return kickerFactsAndHeading + title + organizations + method;
}

/** Height of the closing notes (scoring method, ties, anonymity) that follow the table. */
function closingNotesHeight(model: ExportModel): number {
  const paragraphs = [...outcomeLines(model), ...closingNotes(model)];
  const lines = paragraphs.reduce((sum, note) => sum + estimatedLines(note, 9.5, CONTENT_WIDTH), 0);
  const organizations = model.results.organizations;
  const nameColumn = CONTENT_WIDTH - Object.values(ORGANIZATION_COLUMNS).reduce((sum, w) => sum + w, 0);
  const table =
    organizations.length === 0
      ? 0
      : TABLE_HEADER +
        34 +
        organizations.reduce((sum, org) => sum + 8.5 + estimatedLines(org.name, 9.5, nameColumn) * 9.5 * LEADING, 0);
  return 80 + lines * 9.5 * LEADING + paragraphs.length * 6 + table;
}

function fitsBelow(used: number, height: number): boolean {
  return used + height <= CONTENT_HEIGHT * FILL;
}

/** Pages the decision log takes. */
function decisionLogPages(model: ExportModel): number {
  const column = CONTENT_WIDTH - DECISION_TIME_COLUMN;
  let pages = model.decisionLog.length > 0 ? 1 : 0;
  let used = 30;
  for (const entry of model.decisionLog) {
    const height = 8.5 + estimatedLines(entry.summary, 9.5, column) * 9.5 * LEADING;
    if (!fitsBelow(used, height)) [pages, used] = [pages + 1, 0];
    used += height;
  }
  return pages;
}

function rankedPages(ideas: readonly ExportIdea[], firstPageUsed: number): { pages: ExportIdea[][]; lastUsed: number } {
  const pages: ExportIdea[][] = [[]];
  let used = firstPageUsed + TABLE_HEADER;
  for (const idea of ideas) {
    const height = rowHeight(idea);
    const current = pages[pages.length - 1] as ExportIdea[];
    if (used + height > CONTENT_HEIGHT * FILL && current.length > 0) {
      pages.push([idea]);
      used = TABLE_HEADER + height;
    } else {
      current.push(idea);
      used += height;
    }
  }
  return { pages, lastUsed: used };
}

export interface ReportPlan {
  /** Whether the summary has a page of its own (when goals follow it); else it heads the table. */
  summaryOnCover: boolean;
  /** The ideas on each page of the ranked table, in rank order. */
  rankedPages: ExportIdea[][];
  /** Whether the closing notes need a page of their own. */
  closingOnOwnPage: boolean;
  /** Pages the report should have: cover, goals, table, closing notes and decision log. */
  pageCount: number;
}

/** Lays the report out on pages from estimated heights. */
export function planReport(model: ExportModel): ReportPlan {
  const goals = model.goals?.length ?? 0;
  // With adopted goals the summary has a page of its own, followed by the goals: they lead the report.
  const summaryOnCover = goals > 0;
  const { pages, lastUsed } = rankedPages(model.ideas, summaryOnCover ? 0 : summaryHeight(model));
  const closingOnOwnPage = lastUsed + closingNotesHeight(model) > CONTENT_HEIGHT * FILL;
  const decisions = decisionLogPages(model);
  return {
    summaryOnCover,
    rankedPages: pages,
    closingOnOwnPage,
    pageCount: (summaryOnCover ? 1 : 0) + goals + pages.length + (closingOnOwnPage ? 1 : 0) + decisions,
  };
}
