import type { ExportGoal, ExportIdea, ExportModel } from './export-types.js';
import { escapeMarkdown as md } from './markdown-text.js';
import {
  agreementLabel,
  barFraction,
  closingNotes,
  countLabel,
  goalResultLine,
  historyLines,
  ideaNumberLabel,
  ideaNumbersLabel,
  meanRankLabel,
  organizationParts,
  outcomeLines,
  participantsLine,
  pointsLabel,
  rankHeadings,
  rankLabel,
  translatorOf,
} from './report-text.js';
import type { MessageKey, Translator } from './translator.js';
import { preworkBlocks, ratificationBlocks, type ReportBlock } from './prework-report.js';
import { tablesBlocks } from './tables-report.js';

/** Width of the longest bar, in block characters. */
const BAR_WIDTH = 20;

function table(headings: string[], align: ('left' | 'right')[], rows: string[][]): string[] {
  const rule = align.map((side) => (side === 'right' ? '---:' : '---'));
  return [headings, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`);
}

function bar(idea: ExportIdea, model: ExportModel): string {
  const blocks = Math.round(barFraction(idea, model) * BAR_WIDTH);
  // An idea with points never gets an empty bar, so "some" and "none" stay distinguishable.
  return '█'.repeat(idea.points > 0 ? Math.max(1, blocks) : 0);
}

/** "- **Date:** 21 November 2026": a labelled line of the summary. */
function fact(tr: Translator, label: MessageKey, value: string): string {
  return `- **${tr.t('md.label', { label: tr.t(label) })}** ${value}`;
}

function summary(model: ExportModel): string[] {
  const tr = translatorOf(model);
  const { session, scoring } = model;
  const organizations = organizationParts(model)
    .map((part) => `${md(part.name)} (${part.count})`)
    .join(tr.t('value.listSeparator'));
  const tookPart = tr.t('md.tookPart', { people: participantsLine(model), ballots: session.ballots });
  return [
    `# ${md(session.title)}`,
    '',
    tr.t('report.subtitle'),
    '',
    fact(tr, 'fact.date', tr.date(session.createdAt)),
    fact(tr, 'fact.roomCode', md(session.code)),
    fact(tr, 'fact.tookPart', tookPart),
    ...(organizations ? [fact(tr, 'fact.organizations', organizations)] : []),
    fact(tr, 'fact.method', scoring.summary),
    fact(tr, 'fact.agreement', agreementLabel(tr, model.results.agreement)),
  ];
}

function rankedIdeas(model: ExportModel): string[] {
  const tr = translatorOf(model);
  const rows = model.ideas.map((idea) => [
    rankLabel(tr, idea),
    tr.number(idea.number),
    md(idea.text),
    pointsLabel(tr, idea.points),
    bar(idea, model),
    countLabel(tr, idea.voters),
    meanRankLabel(tr, idea.meanRank),
  ]);
  const headings = (
    [
      'table.rank',
      'table.number',
      'table.idea',
      'table.points',
      'table.pointsChart',
      'table.voters',
      'table.meanRank',
    ] as const
  ).map((key) => tr.t(key));
  return [
    `## ${tr.t('heading.ranked')}`,
    '',
    ...table(headings, ['right', 'right', 'left', 'right', 'left', 'right', 'right'], rows),
    '',
    `${tr.t('note.number')} ${tr.t('note.tie')}`,
  ];
}

function ideaNote(tr: Translator, idea: ExportIdea): string | null {
  const parts: string[] = [];
  if (idea.edited) parts.push(tr.t('md.rewordedFrom', { text: md(idea.originalText) }));
  if (idea.mergedFrom.length > 0) {
    const merged = idea.mergedFrom.map((source) => `${ideaNumberLabel(tr, source.number)} (${md(source.text)})`);
    parts.push(tr.t('md.mergedWith', { ideas: merged.join('; ') }));
  }
  parts.push(...historyLines(tr, idea).map((line) => md(line)));
  return parts.length === 0 ? null : `- **${ideaNumberLabel(tr, idea.number)}**, ${md(idea.text)}: ${parts.join('; ')}`;
}

function ideaNotes(model: ExportModel): string[] {
  const tr = translatorOf(model);
  const notes = model.ideas.map((idea) => ideaNote(tr, idea)).filter((note): note is string => note !== null);
  if (notes.length === 0) return [];
  return [`## ${tr.t('heading.ideaNotes')}`, '', ...notes];
}

const TOP_IDEAS = 3;

function outcome(model: ExportModel): string[] {
  const tr = translatorOf(model);
  const organizations = model.results.organizations.map((org) => [
    md(org.name),
    tr.number(org.ballots),
    agreementLabel(tr, org.agreement),
    org.closeness === null ? '–' : tr.number(org.closeness, 2, true),
    ideaNumbersLabel(tr, org.order.slice(0, TOP_IDEAS)),
  ]);
  // The outcome lines are the report's own words and numbers, with no participant text to escape.
  const lines = [`## ${tr.t('heading.outcome')}`, '', ...outcomeLines(model).flatMap((line) => [line, ''])];
  if (organizations.length > 0) {
    const headings = [
      tr.t('table.organization'),
      tr.t('table.ballots'),
      tr.t('table.agreement'),
      tr.t('table.closeness'),
      tr.t('table.itsTop', { n: TOP_IDEAS }),
    ];
    lines.push(...table(headings, ['left', 'right', 'left', 'right', 'left'], organizations), '');
    lines.push(tr.t('note.closeness'));
  }
  return lines;
}

function rankDistribution(model: ExportModel): string[] {
  if (model.results.countsWithheld) return [];
  const tr = translatorOf(model);
  const headings = rankHeadings(model);
  const rows = model.ideas.map((idea) => [
    tr.number(idea.number),
    md(idea.text),
    ...(idea.rankCounts ?? []).map((count) => tr.number(count)),
  ]);
  const columns = [tr.t('table.number'), tr.t('table.idea'), ...headings];
  return [
    `## ${tr.t('heading.distribution')}`,
    '',
    ...table(columns, ['right', 'left', ...headings.map((): 'right' => 'right')], rows),
  ];
}

function goalSection(model: ExportModel, goal: ExportGoal, index: number): string[] {
  const tr = translatorOf(model);
  const recorded = (value: string): string => (value === '' ? `*${tr.t('md.notRecorded')}*` : md(value));
  return [
    `### ${tr.t('md.goalHeading', { index: tr.number(index + 1), statement: md(goal.statement) })}`,
    '',
    fact(tr, 'field.fromIdea', ideaNumberLabel(tr, goal.ideaNumber)),
    fact(tr, 'field.result', md(goalResultLine(model, goal.ideaNumber))),
    fact(tr, 'field.owner', recorded(goal.owner)),
    fact(tr, 'field.indicator', recorded(goal.indicator)),
    fact(tr, 'field.targetDate', recorded(tr.typedDate(goal.targetDate))),
    fact(tr, 'field.rationale', recorded(goal.rationale)),
    '',
  ];
}

function goals(model: ExportModel): string[] {
  if (!model.goals || model.goals.length === 0) return [];
  const heading = `## ${translatorOf(model).t('heading.goals')}`;
  return [heading, '', ...model.goals.flatMap((goal, index) => goalSection(model, goal, index))];
}

function decisions(model: ExportModel): string[] {
  if (model.decisionLog.length === 0) return [];
  const tr = translatorOf(model);
  const rows = model.decisionLog.map((entry) => [tr.minute(entry.at), md(entry.summary)]);
  const headings = [tr.t('table.when'), tr.t('table.decided')];
  return [`## ${tr.t('heading.decisionLog')}`, '', ...table(headings, ['left', 'left'], rows), ''];
}

function scoring(model: ExportModel): string[] {
  const tr = translatorOf(model);
  return [
    `## ${tr.t('heading.scoring')}`,
    '',
    ...closingNotes(model).flatMap((paragraph) => [paragraph, '']),
    `*${tr.t('md.generated', { time: tr.minute(model.generatedAt) })}*`,
  ];
}

/** Pre-work and ratification blocks as Markdown; every text in them is escaped, the report's words too. */
function blocks(list: ReportBlock[]): string[] {
  return list.flatMap((block) => {
    if (block.kind === 'heading') return [`## ${md(block.text)}`, ''];
    if (block.kind === 'subheading') return ['', `### ${md(block.text)}`, ''];
    return [`- ${md(block.text)}`];
  });
}

/** The report as Markdown for a wiki, in the model's language: participants' text is escaped so it renders as typed. */
export function renderMarkdown(model: ExportModel): string {
  // The alliance's shared goals lead, as in the PDF.
  const sections = [
    summary(model),
    goals(model),
    rankedIdeas(model),
    ideaNotes(model),
    blocks(tablesBlocks(model)),
    rankDistribution(model),
    outcome(model),
    blocks(ratificationBlocks(model)),
    blocks(preworkBlocks(model)),
    decisions(model),
    scoring(model),
  ];
  return (
    sections
      .filter((lines) => lines.length > 0)
      .map((lines) => lines.join('\n').trimEnd())
      .join('\n\n') + '\n'
  );
}
