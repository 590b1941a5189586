import type { ExportIdea, ExportModel } from './export-types.js';

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
  // The full value, not a rounded one, so the file states exactly what the results view holds.
  return value === null ? '' : String(value);
}

function lineageCell(idea: ExportIdea): string {
  // One merged idea per line inside the cell; the # keeps the cell from starting like a formula.
  return idea.mergedFrom.map((merged) => `#${merged.number}: ${merged.text}`).join('\n');
}

/** Column names, in order; rank_1 .. rank_N follow for the counts per rank. */
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

function rowOf(idea: ExportIdea, ranks: number): string[] {
  // Withheld counts stay empty cells, so every row keeps its columns.
  const rankCounts = idea.rankCounts ?? Array.from({ length: ranks }, () => null);
  return [
    String(idea.rank),
    idea.tied ? 'yes' : 'no',
    String(idea.number),
    neutraliseCell(idea.text),
    neutraliseCell(idea.originalText),
    idea.edited ? 'yes' : 'no',
    numberCell(idea.points),
    numberCell(idea.voters),
    numberCell(idea.meanRank),
    idea.mergedFrom.map((merged) => merged.number).join(' '),
    neutraliseCell(lineageCell(idea)),
    numberCell(idea.preliminaryRank),
    numberCell(idea.previousRank),
    ...rankCounts.map(numberCell),
  ];
}

/** One row per idea in rank order: RFC 4180, UTF-8 with a byte order mark, CRLF line ends. */
export function renderCsv(model: ExportModel): string {
  const rankColumns = model.scoring.pointsByRank.map((_, index) => `rank_${index + 1}`);
  const rows = [[...CSV_COLUMNS, ...rankColumns], ...model.ideas.map((idea) => rowOf(idea, rankColumns.length))];
  return BOM + rows.map((row) => row.map(quoteField).join(',')).join(CRLF) + CRLF;
}
