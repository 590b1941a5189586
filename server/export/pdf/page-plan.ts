import type { ExportGoal, ExportIdea, ExportModel } from '../export-types.js';
import {
  closingNotes,
  historyLines,
  ideaNumberLabel,
  organizationParts,
  outcomeLines,
  rankCountsLine,
  translatorOf,
} from '../report-text.js';
import { isolate } from '../isolate.js';
import type { Translator } from '../translator.js';
import { breakPoints } from './pdf-fonts.js';
import { DECISION_TIME_COLUMN, ORGANIZATION_COLUMNS } from './outcome-sections.js';
import { GOAL_LABEL_COLUMN, GOAL_LEADING, IDEA_CELL_PADDING, LEADING, PAGE, RANKED_COLUMNS } from './pdf-styles.js';
import { goalFields } from './report-sections.js';

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
/** Room the heading above the ranked table takes. */
const RANKED_HEADING = 30;
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

/** The notes under an idea, in the order the table shows them; participants' text is isolated in them. */
export function ideaNotes(tr: Translator, idea: ExportIdea): string[] {
  const notes = idea.edited ? [tr.t('note.rewordedFrom', { text: isolate(idea.originalText) })] : [];
  for (const merged of idea.mergedFrom) {
    notes.push(tr.t('note.mergedFrom', { idea: ideaNumberLabel(tr, merged.number), text: isolate(merged.text) }));
  }
  const ranks = rankCountsLine(tr, idea);
  if (ranks !== null) notes.push(ranks);
  return [...notes, ...historyLines(tr, idea)];
}

/** Estimated height of one row of the ranked table, in points. */
export function rowHeight(tr: Translator, idea: ExportIdea): number {
  const textLine = 9.5 * LEADING;
  const noteLine = 7.5 * LEADING;
  let ideaCell = estimatedLines(idea.text, 9.5, IDEA_COLUMN) * textLine;
  for (const note of ideaNotes(tr, idea)) ideaCell += 2 + estimatedLines(note, 7.5, IDEA_COLUMN) * noteLine;
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
  const method = 16 + estimatedLines(`Method: ${model.scoring.summary}`, 9.5, CONTENT_WIDTH - 16) * 9.5 * LEADING + 16;
  // Kicker, two rows of facts (labels may take two lines), the heading of what follows.
  const kickerFactsAndHeading = 16 + 110 + 30;
  return kickerFactsAndHeading + title + organizations + method;
}

/** Estimated height of an adopted goal's card. */
export function goalHeight(model: ExportModel, goal: ExportGoal): number {
  const statement = estimatedLines(goal.statement, 12.5, CONTENT_WIDTH, true) * 12.5 * GOAL_LEADING;
  const valueColumn = CONTENT_WIDTH - GOAL_LABEL_COLUMN;
  const fields = goalFields(model, goal).reduce((sum, field) => {
    const lines = Math.max(
      estimatedLines(field.value, 9.5, valueColumn),
      (estimatedLines(field.label, 7.5, GOAL_LABEL_COLUMN) * 7.5) / 9.5,
    );
    return sum + 3 + lines * 9.5 * LEADING;
  }, 0);
  // Rule and padding above, the label, the statement's margin, the card's margin below.
  return 9 + 8 * LEADING + 2 + statement + 6 + fields + 12;
}

/** The goal cards on each page (the first page holds the summary above them), and the room used on the last. */
function goalPages(model: ExportModel, goals: readonly ExportGoal[]): { pages: ExportGoal[][]; lastUsed: number } {
  const pages: ExportGoal[][] = [[]];
  let used = summaryHeight(model);
  for (const goal of goals) {
    const height = goalHeight(model, goal);
    const current = pages[pages.length - 1] as ExportGoal[];
    if (!fitsBelow(used, height) && (current.length > 0 || pages.length > 1)) {
      pages.push([goal]);
      used = height;
    } else {
      current.push(goal);
      used += height;
    }
  }
  return { pages, lastUsed: used };
}

/** Height of the closing notes (scoring method, ties, anonymity) that follow the table. */
function closingNotesHeight(model: ExportModel): number {
  const paragraphs = [...outcomeLines(model), ...closingNotes(model), translatorOf(model).t('note.closeness')];
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

function rankedPages(
  tr: Translator,
  ideas: readonly ExportIdea[],
  firstPageUsed: number,
): { pages: ExportIdea[][]; lastUsed: number } {
  const pages: ExportIdea[][] = [[]];
  let used = firstPageUsed + TABLE_HEADER;
  for (const idea of ideas) {
    const height = rowHeight(tr, idea);
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
  /** Whether the summary heads the adopted goals (when there are any); else it heads the table. */
  summaryOnCover: boolean;
  /** The adopted goals on each page, several to a page; the first page starts with the summary. */
  goalPages: ExportGoal[][];
  /** Whether the ranked table starts below the last goals, on their page, rather than on a new one. */
  tableSharesGoalPage: boolean;
  /** The ideas on each page of the ranked table, in rank order. */
  rankedPages: ExportIdea[][];
  /** Whether the closing notes need a page of their own. */
  closingOnOwnPage: boolean;
  /** Pages the report should have: summary and goals, table, closing notes and decision log. */
  pageCount: number;
}

/** Lays the report out on pages from estimated heights. */
export function planReport(model: ExportModel): ReportPlan {
  const tr = translatorOf(model);
  const goals = model.goals ?? [];
  // With adopted goals the summary is followed by the goals, several to a page: they lead the
  // report, and the ranked table starts on a page of its own under its heading.
  const summaryOnCover = goals.length > 0;
  const withGoals = summaryOnCover ? goalPages(model, goals) : { pages: [], lastUsed: 0 };
  // The table starts under the last goals when its heading, header and first row fit there.
  const first = model.ideas[0];
  const belowGoals = withGoals.lastUsed + 16 + RANKED_HEADING;
  const tableSharesGoalPage =
    summaryOnCover && first !== undefined && fitsBelow(belowGoals + TABLE_HEADER, rowHeight(tr, first));
  const tableStart = !summaryOnCover ? summaryHeight(model) : tableSharesGoalPage ? belowGoals : RANKED_HEADING;
  const { pages, lastUsed } = rankedPages(tr, model.ideas, tableStart);
  const closingOnOwnPage = lastUsed + closingNotesHeight(model) > CONTENT_HEIGHT * FILL;
  const decisions = decisionLogPages(model);
  const tablePages = pages.length - (tableSharesGoalPage ? 1 : 0);
  return {
    summaryOnCover,
    goalPages: withGoals.pages,
    tableSharesGoalPage,
    rankedPages: pages,
    closingOnOwnPage,
    pageCount: withGoals.pages.length + tablePages + (closingOnOwnPage ? 1 : 0) + decisions,
  };
}
