import type { ExportGoal, ExportIdea, ExportModel } from './export-types.js';
import { escapeMarkdown as md } from './markdown-text.js';
import {
  agreementLabel,
  barFraction,
  closingNotes,
  countLabel,
  dateOf,
  goalResultLine,
  historyLines,
  ideaNumbersLabel,
  meanRankLabel,
  minuteOf,
  NUMBER_NOTE,
  organizationParts,
  outcomeLines,
  participantsLine,
  pointsLabel,
  rankHeadings,
  rankLabel,
  REPORT_SUBTITLE,
  TIE_NOTE,
} from './report-text.js';

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

function summary(model: ExportModel): string[] {
  const { session, scoring } = model;
  const organizations = organizationParts(model)
    .map((part) => `${md(part.name)} (${part.count})`)
    .join(', ');
  return [
    `# ${md(session.title)}`,
    '',
    REPORT_SUBTITLE,
    '',
    `- **Date:** ${dateOf(session.createdAt)}`,
    `- **Room code:** ${md(session.code)}`,
    `- **Took part:** ${participantsLine(model)}; ${session.ballots} ballots cast`,
    ...(organizations ? [`- **Organizations:** ${organizations}`] : []),
    `- **Method:** ${scoring.summary}`,
    `- **Agreement (Kendall's W):** ${agreementLabel(model.results.agreement)}`,
  ];
}

function rankedIdeas(model: ExportModel): string[] {
  const rows = model.ideas.map((idea) => [
    rankLabel(idea),
    String(idea.number),
    md(idea.text),
    pointsLabel(idea.points),
    bar(idea, model),
    countLabel(idea.voters),
    meanRankLabel(idea.meanRank),
  ]);
  return [
    '## Ranked ideas',
    '',
    ...table(
      ['Rank', 'No.', 'Idea', 'Points', 'Points chart', 'Voters', 'Mean rank'],
      ['right', 'right', 'left', 'right', 'left', 'right', 'right'],
      rows,
    ),
    '',
    `${NUMBER_NOTE} ${TIE_NOTE}`,
  ];
}

function ideaNote(idea: ExportIdea): string | null {
  const parts: string[] = [];
  if (idea.edited) parts.push(`reworded from: ${md(idea.originalText)}`);
  if (idea.mergedFrom.length > 0) {
    const merged = idea.mergedFrom.map((source) => `No. ${source.number} (${md(source.text)})`).join('; ');
    parts.push(`merged with ${merged}`);
  }
  parts.push(...historyLines(idea).map((line) => md(line)));
  return parts.length === 0 ? null : `- **No. ${idea.number}**, ${md(idea.text)}: ${parts.join('; ')}`;
}

function ideaNotes(model: ExportModel): string[] {
  const notes = model.ideas.map(ideaNote).filter((note): note is string => note !== null);
  if (notes.length === 0) return [];
  return ['## Notes on the ideas', '', ...notes];
}

function outcome(model: ExportModel): string[] {
  const organizations = model.results.organizations.map((org) => [
    md(org.name),
    String(org.ballots),
    agreementLabel(org.agreement),
    org.closeness === null ? '–' : org.closeness.toFixed(2),
    ideaNumbersLabel(org.order.slice(0, 3)),
  ]);
  // The outcome lines are the report's own words and numbers, with no participant text to escape.
  const lines = ['## Agreement and proposal', '', ...outcomeLines(model).flatMap((line) => [line, ''])];
  if (organizations.length > 0) {
    const headings = ['Organization', 'Ballots', 'Agreement', 'Closeness', 'Its top 3'];
    lines.push(...table(headings, ['left', 'right', 'left', 'right', 'left'], organizations), '');
    lines.push("Closeness is Spearman's correlation between the organization's order and the whole group's.");
  }
  return lines;
}

function rankDistribution(model: ExportModel): string[] {
  if (model.results.countsWithheld) return [];
  const headings = rankHeadings(model);
  const rows = model.ideas.map((idea) => [String(idea.number), md(idea.text), ...(idea.rankCounts ?? []).map(String)]);
  return [
    '## How often each idea got each rank',
    '',
    ...table(['No.', 'Idea', ...headings], ['right', 'left', ...headings.map((): 'right' => 'right')], rows),
  ];
}

function recorded(value: string): string {
  return value === '' ? '*not recorded yet*' : md(value);
}

function goalSection(model: ExportModel, goal: ExportGoal, index: number): string[] {
  return [
    `### Goal ${index + 1}: ${md(goal.statement)}`,
    '',
    `- **From idea:** No. ${goal.ideaNumber}`,
    `- **Result:** ${md(goalResultLine(model, goal.ideaNumber))}`,
    `- **Owner:** ${recorded(goal.owner)}`,
    `- **Indicator:** ${recorded(goal.indicator)}`,
    `- **Target date:** ${recorded(goal.targetDate)}`,
    `- **Rationale:** ${recorded(goal.rationale)}`,
    '',
  ];
}

function goals(model: ExportModel): string[] {
  if (!model.goals || model.goals.length === 0) return [];
  return ['## Adopted goals', '', ...model.goals.flatMap((goal, index) => goalSection(model, goal, index))];
}

function decisions(model: ExportModel): string[] {
  if (model.decisionLog.length === 0) return [];
  const rows = model.decisionLog.map((entry) => [minuteOf(entry.at), md(entry.summary)]);
  return ['## Decision log', '', ...table(['When', 'What was decided'], ['left', 'left'], rows), ''];
}

function scoring(model: ExportModel): string[] {
  return [
    '## How the ideas were scored',
    '',
    ...closingNotes(model).flatMap((paragraph) => [paragraph, '']),
    `*Generated by Roundtable on ${minuteOf(model.generatedAt)}.*`,
  ];
}

/** The report as Markdown for a wiki: participants' text is escaped so it renders as typed. */
export function renderMarkdown(model: ExportModel): string {
  // The alliance's shared goals lead, as in the PDF.
  const sections = [
    summary(model),
    goals(model),
    rankedIdeas(model),
    ideaNotes(model),
    rankDistribution(model),
    outcome(model),
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
