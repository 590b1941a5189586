import type { ExportIdea, ExportModel, TableExport } from './export-types.js';
import { isolate as iso } from './isolate.js';
import type { ReportBlock } from './prework-report.js';
import { ideaNumberLabel, translatorOf } from './report-text.js';
import type { Translator } from './translator.js';

// The "Tables" section of the Markdown and PDF reports, and the CSV's table columns, all read
// from model.tables and each idea's tables. Only what went forward, in its order: never a
// table's points or vote counts (docs/protocol.md, "Parallel tables").

const line = (text: string): ReportBlock => ({ kind: 'line', text });

function sentLine(tr: Translator, sent: TableExport['sent'][number], position: number): string {
  const into = sent.mergedIntoNumber;
  const plenary =
    into !== null
      ? tr.t('tables.mergedInto', { idea: ideaNumberLabel(tr, into) })
      : sent.plenaryNumber !== null
        ? ideaNumberLabel(tr, sent.plenaryNumber)
        : '–';
  const text = tr.t('tables.sent', { position, text: iso(sent.text), plenary });
  if (sent.mergedAtTable.length === 0) return text;
  const texts = sent.mergedAtTable.map(iso).join(tr.t('value.listSeparator'));
  return `${text} (${tr.t('tables.mergedAtTable', { texts })})`;
}

function tableBlocks(tr: Translator, table: TableExport): ReportBlock[] {
  const heading = tr.t('tables.table', { number: table.number, participants: table.participants });
  const sent = table.sent.map((s, index) => line(sentLine(tr, s, index + 1)));
  return [{ kind: 'subheading', text: heading }, ...(sent.length > 0 ? sent : [line(tr.t('tables.sentNone'))])];
}

/** "table 2, table 3": the tables a plenary idea comes from. */
export function ideaTablesLabel(tr: Translator, idea: ExportIdea): string {
  return idea.tables.map((number) => tr.t('tables.tableN', { number })).join(tr.t('value.listSeparator'));
}

/** "Tables": each table's head count and shortlist in order, then which tables each result line came from; [] without tables. */
export function tablesBlocks(model: ExportModel): ReportBlock[] {
  if (!model.tables) return [];
  const tr = translatorOf(model);
  const lineage = model.ideas.map((idea) =>
    line(
      tr.t('tables.lineage', {
        idea: ideaNumberLabel(tr, idea.number),
        text: iso(idea.text),
        tables: idea.tables.length > 0 ? ideaTablesLabel(tr, idea) : tr.t('value.none'),
      }),
    ),
  );
  return [
    { kind: 'heading', text: tr.t('heading.tables') },
    line(tr.t('tables.intro', { count: model.tables.length })),
    ...model.tables.flatMap((table) => tableBlocks(tr, table)),
    { kind: 'subheading', text: tr.t('heading.tablesLineage') },
    ...lineage,
  ];
}

/** For the CSV: "2:1 3:2", each table that sent this idea (or one merged into it) and its place on that table's shortlist. */
export function shortlistPlaces(model: ExportModel, idea: ExportIdea): string {
  return (model.tables ?? [])
    .flatMap((table) =>
      table.sent.flatMap((sent, index) =>
        (sent.mergedIntoNumber ?? sent.plenaryNumber) === idea.number ? [`${table.number}:${index + 1}`] : [],
      ),
    )
    .join(' ');
}
