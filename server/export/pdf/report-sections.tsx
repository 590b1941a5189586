import { Text, View } from '@react-pdf/renderer';
import type { ExportGoal, ExportModel } from '../export-types.js';
import {
  agreementLabel,
  goalResultLine,
  ideaNumberLabel,
  organizationParts,
  participantsLine,
  translatorOf,
} from '../report-text.js';
import type { MessageKey } from '../translator.js';
import { GOAL_LABEL_COLUMN, styles } from './pdf-styles.js';
import { useReportLayout } from './report-context.js';
import { PlainText, UserText } from './user-text.js';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View style={styles.fact}>
      <PlainText style={styles.factLabel}>{label}</PlainText>
      <PlainText style={styles.factValue}>{value}</PlainText>
    </View>
  );
}

function Organizations({ model }: { model: ExportModel }) {
  const { tr, row } = useReportLayout();
  const organizations = organizationParts(model);
  if (organizations.length === 0) return null;
  return (
    <View style={styles.organizations}>
      <PlainText style={styles.factLabel}>{tr.t('heading.organizations')}</PlainText>
      {/* One paragraph per organization, so a right-to-left name cannot reorder its neighbours. */}
      <View style={[styles.chips, { flexDirection: row }]}>
        {organizations.map((part) => (
          <View key={part.name} style={[styles.chip, { flexDirection: row }]}>
            <UserText text={part.name} style={styles.body} />
            <Text style={styles.chipCount}>{part.count}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

/** Title (the question), the facts a board asks first, and the method in one sentence. */
export function Summary({ model }: { model: ExportModel }) {
  const { tr, row } = useReportLayout();
  const { session, scoring } = model;
  const agreement = model.results.agreement;
  const weighting = scoring.weighting === 'per-person' ? 'weighting.perPersonShort' : 'weighting.perOrganizationShort';
  return (
    <View>
      <PlainText style={styles.kicker}>{tr.t('report.subtitle')}</PlainText>
      <UserText style={styles.title} text={session.title} />
      <View style={[styles.facts, { flexDirection: row }]}>
        <Fact label={tr.t('fact.date')} value={tr.date(session.createdAt)} />
        <Fact label={tr.t('fact.tookPart')} value={participantsLine(model)} />
        <Fact label={tr.t('fact.ballots')} value={tr.number(session.ballots)} />
        <Fact label={tr.t('fact.ideasRanked')} value={tr.number(model.ideas.length)} />
        <Fact label={tr.t('fact.agreement')} value={agreementLabel(tr, agreement)} />
        <Fact label={tr.t('fact.weighting')} value={tr.t(weighting)} />
        <Fact label={tr.t('fact.vote')} value={tr.t(scoring.rounds === 2 ? 'vote.final' : 'vote.one')} />
      </View>
      <Organizations model={model} />
      <View style={styles.method}>
        <PlainText style={styles.body}>
          {`${tr.t('md.label', { label: tr.t('fact.method') })}${tr.language === 'zh' ? '' : ' '}${scoring.summary}`}
        </PlainText>
      </View>
    </View>
  );
}

const GOAL_FIELDS: [MessageKey, (goal: ExportGoal) => string][] = [
  ['field.owner', (goal) => goal.owner],
  ['field.indicator', (goal) => goal.indicator],
  ['field.targetDate', (goal) => goal.targetDate],
  ['field.rationale', (goal) => goal.rationale],
];

/** The fields of an adopted goal, as its card lists them: result, owner, indicator, date, rationale. */
export function goalFields(model: ExportModel, goal: ExportGoal): { label: string; value: string; typed: boolean }[] {
  const tr = translatorOf(model);
  const typed = GOAL_FIELDS.map(([label, read]) => {
    const raw = read(goal);
    const value = label === 'field.targetDate' ? tr.typedDate(raw) : raw;
    return { label: tr.t(label), value: value === '' ? tr.t('goal.notRecorded') : value, typed: value !== '' };
  });
  return [{ label: tr.t('field.result'), value: goalResultLine(model, goal.ideaNumber), typed: false }, ...typed];
}

/** One adopted goal as a card: several fit on a page, and a card never splits across pages. */
export function GoalCard({ model, goal, index }: { model: ExportModel; goal: ExportGoal; index: number }) {
  const { tr, row } = useReportLayout();
  const count = model.goals?.length ?? 0;
  const label = tr.t('goal.label', {
    index: tr.number(index + 1),
    count: tr.number(count),
    idea: ideaNumberLabel(tr, goal.ideaNumber),
  });
  return (
    <View style={styles.goal} wrap={false}>
      <PlainText style={styles.goalLabel}>{label}</PlainText>
      <UserText style={styles.goalStatement} text={goal.statement} />
      {goalFields(model, goal).map((field) => (
        <View key={field.label} style={[styles.goalField, { flexDirection: row }]}>
          <PlainText style={[styles.factLabel, { width: GOAL_LABEL_COLUMN }]}>{field.label}</PlainText>
          <View style={{ flex: 1 }}>
            {field.typed ? (
              <UserText style={styles.body} text={field.value} />
            ) : (
              <PlainText style={styles.body}>{field.value}</PlainText>
            )}
          </View>
        </View>
      ))}
    </View>
  );
}

/** Code, generation time and page numbers on every page. */
export function Footer({ model }: { model: ExportModel }) {
  const { tr, row, direction, start, end } = useReportLayout();
  const line = tr.t('footer.line', { code: model.session.code, time: tr.minute(model.generatedAt) });
  // Each half has its own width: react-pdf measured a shrink-to-fit right-to-left text too narrow
  // and drew the two halves over each other.
  return (
    <View style={[styles.footer, { flexDirection: row }]} fixed>
      <Text style={{ direction, flexGrow: 3, flexBasis: 0, textAlign: start }}>{line}</Text>
      <Text
        style={{ direction, flexGrow: 1, flexBasis: 0, textAlign: end }}
        render={({ pageNumber, totalPages }) =>
          tr.t('footer.page', { page: tr.number(pageNumber), total: tr.number(totalPages) })
        }
      />
    </View>
  );
}
