import type { ExportModel } from './export-types.js';
import type { ExportPrework, ExportRatification } from './export-prework-types.js';
import { translatorOf } from './report-text.js';
import type { Translator } from './translator.js';
import { isolate as iso } from './isolate.js';

/**
 * The pre-work and ratification sections of the report as plain blocks, which the Markdown and
 * the PDF render each in their own way. Implicit interests are never in them: those are for the
 * facilitator's eyes (the JSON export alone carries them, marked so).
 */
export type ReportBlock =
  { kind: 'heading'; text: string } | { kind: 'subheading'; text: string } | { kind: 'line'; text: string };

const line = (text: string): ReportBlock => ({ kind: 'line', text });

function organizationBlocks(tr: Translator, prework: ExportPrework): ReportBlock[] {
  return prework.organizations.flatMap((org) => [
    { kind: 'subheading', text: iso(org.name) } as const,
    ...org.priorities.map((p) => {
      const priority = tr.t('prework.priority', { rank: p.rank, text: iso(p.text) });
      return line(p.theme === null ? priority : `${priority} (${tr.t('prework.inTheme', { label: iso(p.theme) })})`);
    }),
    ...(org.explicitInterests ? [line(tr.t('prework.explicit', { text: iso(org.explicitInterests) }))] : []),
  ]);
}

function themeBlocks(tr: Translator, prework: ExportPrework): ReportBlock[] {
  if (prework.themes.length === 0) return [];
  const separator = tr.t('value.listSeparator');
  const themes = prework.themes.map((theme) => {
    const named = theme.named.map((n) => tr.t('prework.namedBy', { organization: iso(n.organization), rank: n.rank }));
    const parts = [tr.t('prework.themeLine', { label: iso(theme.label), named: named.join(separator) })];
    if (theme.mergedFrom.length > 0)
      parts.push(tr.t('prework.mergedFrom', { labels: theme.mergedFrom.map(iso).join(separator) }));
    if (theme.seeded) parts.push(tr.t('prework.seeded'));
    return line(parts.join('; '));
  });
  const common = prework.commonGround.length > 0 ? prework.commonGround.map(iso).join(separator) : tr.t('value.none');
  return [
    { kind: 'subheading', text: tr.t('heading.preworkThemes') },
    ...themes,
    line(tr.t('prework.commonGround', { labels: common })),
  ];
}

/** "Before the room": every organization's priorities, then the themes and the candidate common ground. */
export function preworkBlocks(model: ExportModel): ReportBlock[] {
  if (!model.prework) return [];
  const tr = translatorOf(model);
  return [
    { kind: 'heading', text: tr.t('heading.prework') },
    ...organizationBlocks(tr, model.prework),
    ...themeBlocks(tr, model.prework),
  ];
}

function roundBlocks(tr: Translator, round: ExportRatification['rounds'][number]): ReportBlock[] {
  const separator = tr.t('value.listSeparator');
  return [
    { kind: 'subheading', text: tr.t('ratify.round', { round: round.round }) },
    ...round.goals.flatMap((goal) => [
      {
        kind: 'subheading',
        text: `${tr.t('value.ideaNumber', { number: goal.ideaNumber })}: ${iso(goal.text)}`,
      } as const,
      line(goal.summary),
      ...goal.byOrganization.map((o) =>
        line(
          tr.t('ratify.byOrganization', {
            organization: iso(o.name),
            support: o.support,
            live: o.canLiveWithIt,
            object: o.object,
          }),
        ),
      ),
      ...(goal.reasons.length > 0
        ? [line(tr.t('ratify.reasonsGiven', { reasons: goal.reasons.map((r) => `"${iso(r.text)}"`).join(separator) }))]
        : []),
    ]),
  ];
}

/** "Ratification": the rule agreed at creation, who answered, and each round's counts and outcomes. */
export function ratificationBlocks(model: ExportModel): ReportBlock[] {
  const ratification = model.ratification;
  if (!ratification) return [];
  const tr = translatorOf(model);
  return [
    { kind: 'heading', text: tr.t('heading.ratification') },
    line(tr.t('ratify.ruleLine', { rule: ratification.ruleDescription })),
    line(tr.t(ratification.voters === 'delegates' ? 'ratify.voters.delegates' : 'ratify.voters.everyone')),
    ...(ratification.rounds.length === 0
      ? [line(tr.t('ratify.noRound'))]
      : ratification.rounds.flatMap((r) => roundBlocks(tr, r))),
  ];
}
