import type { ExportIdea, ExportModel } from './export-types.js';
import { roundedMeanRank, roundedPoints, translatorOf } from './report-text.js';
import type { MessageKey, Translator } from './translator.js';
import { shortlistPlaces } from './tables-report.js';

/** A spreadsheet reads a cell that starts with one of these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/u;

/** Byte order mark: without it, Excel opens UTF-8 as the local code page and garbles non-Latin text. */
const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Makes a cell of participant text inert in spreadsheets: a leading apostrophe is the marker
 * Excel, LibreOffice and Google Sheets treat as "text, not a formula". Leading blanks are
 * checked too, because some importers trim them before deciding.
 */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Quotes a field as RFC 4180 says: in double quotes when needed, inner quotes doubled. */
export function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function numberCell(value: number | null): string {
  // A dot as decimal mark in every language, so a script or a spreadsheet set to any locale can read it.
  return value === null ? '' : String(value);
}

function lineageCell(idea: ExportIdea): string {
  // One merged idea per line inside the cell; the # keeps the cell from starting like a formula.
  return idea.mergedFrom.map((merged) => `#${merged.number}: ${merged.text}`).join('\n');
}

/** Column names in English (the catalog keys of the other languages' names), in order; rank_1 .. rank_N follow. */
export const CSV_COLUMNS = [
  'rank',
  'tied',
  'number',
  'text',
  'original_text',
  'edited',
  'points',
  'voters',
  'mean_rank',
  'merged_from_numbers',
  'merged_from_texts',
  'preliminary_rank',
  'previous_rank',
] as const;

const COLUMN_KEYS: Record<(typeof CSV_COLUMNS)[number], MessageKey> = {
  rank: 'csv.rank',
  tied: 'csv.tied',
  number: 'csv.number',
  text: 'csv.text',
  original_text: 'csv.originalText',
  edited: 'csv.edited',
  points: 'csv.points',
  voters: 'csv.voters',
  mean_rank: 'csv.meanRank',
  merged_from_numbers: 'csv.mergedFromNumbers',
  merged_from_texts: 'csv.mergedFromTexts',
  preliminary_rank: 'csv.preliminaryRank',
  previous_rank: 'csv.previousRank',
};

function rowOf(tr: Translator, idea: ExportIdea, ranks: number): string[] {
  // Withheld counts stay empty cells, so every row keeps its columns.
  const rankCounts = idea.rankCounts ?? Array.from({ length: ranks }, () => null);
  const yesNo = (value: boolean): string => tr.t(value ? 'value.yes' : 'value.no');
  return [
    String(idea.rank),
    yesNo(idea.tied),
    String(idea.number),
    neutraliseCell(idea.text),
    neutraliseCell(idea.originalText),
    yesNo(idea.edited),
    // Rounded as the results screen and the other reports show them (11.7, not 11.666666666666668).
    numberCell(roundedPoints(idea.points)),
    numberCell(idea.voters),
    numberCell(idea.meanRank === null ? null : roundedMeanRank(idea.meanRank)),
    idea.mergedFrom.map((merged) => merged.number).join(' '),
    neutraliseCell(lineageCell(idea)),
    numberCell(idea.preliminaryRank),
    numberCell(idea.previousRank),
    ...rankCounts.map(numberCell),
  ];
}

/** With a ratification rule: for each idea, the last closed round that put it, its counts and its outcome. */
const RATIFICATION_KEYS = [
  'csv.ratifiedRound',
  'csv.ratifiedSupport',
  'csv.ratifiedLive',
  'csv.ratifiedObject',
  'csv.ratifiedOutcome',
] as const;

function ratificationCells(model: ExportModel, idea: ExportIdea): string[] {
  const rounds = model.ratification?.rounds ?? [];
  for (const round of [...rounds].reverse()) {
    const goal = round.goals.find((g) => g.ideaNumber === idea.number);
    if (!goal) continue;
    const outcome = goal.adopted ? 'adopted' : (goal.reason ?? '');
    return [String(round.round), String(goal.support), String(goal.canLiveWithIt), String(goal.object), outcome];
  }
  return RATIFICATION_KEYS.map(() => '');
}

/** In tables: the tables each idea comes from, and its places on their shortlists ("2:1 3:2"). */
const TABLE_KEYS = ['csv.tables', 'csv.tableShortlist'] as const;

/**
 * One row per idea in rank order: RFC 4180, UTF-8 with a byte order mark, CRLF line ends; the
 * header and yes/no in the model's language, numbers with a dot whatever the language.
 */
export function renderCsv(model: ExportModel): string {
  const tr = translatorOf(model);
  const header = CSV_COLUMNS.map((column) => tr.t(COLUMN_KEYS[column]));
  const rankColumns = model.scoring.pointsByRank.map((_, index) => tr.t('csv.rankN', { n: index + 1 }));
  const ratified = model.ratification !== null;
  const inTables = model.tables !== null;
  const extra = [
    ...(ratified ? RATIFICATION_KEYS.map((key) => tr.t(key)) : []),
    ...(inTables ? TABLE_KEYS.map((key) => tr.t(key)) : []),
  ];
  const rows = [
    [...header, ...rankColumns, ...extra],
    ...model.ideas.map((idea) => [
      ...rowOf(tr, idea, rankColumns.length),
      ...(ratified ? ratificationCells(model, idea) : []),
      ...(inTables ? [idea.tables.join(' '), shortlistPlaces(model, idea)] : []),
    ]),
  ];
  return BOM + rows.map((row) => row.map(quoteField).join(',')).join(CRLF) + CRLF;
}
