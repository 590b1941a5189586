import { Text, View } from '@react-pdf/renderer';
import type { ExportDecision, ExportModel } from '../export-types.js';
import { agreementLabel, closingNotes, ideaNumbersLabel, outcomeLines } from '../report-text.js';
import { styles } from './pdf-styles.js';
import { useReportLayout } from './report-context.js';
import { PlainText, UserText } from './user-text.js';

/** Widths of the organization table's number columns, in points. */
export const ORGANIZATION_COLUMNS = { ballots: 44, agreement: 96, closeness: 56, top: 110 };
const TOP_IDEAS = 3;

function Organizations({ model }: { model: ExportModel }) {
  const { tr, row, cell, numeric, direction } = useReportLayout();
  const organizations = model.results.organizations;
  if (organizations.length === 0) return null;
  const W = ORGANIZATION_COLUMNS;
  const heading = [styles.tableHeaderText, { direction }];
  return (
    <View style={{ marginBottom: 10 }}>
      <View style={[styles.tableHeader, { flexDirection: row }]}>
        <PlainText style={[...heading, cell, { flex: 1 }]}>{tr.t('table.organization')}</PlainText>
        <Text style={[...heading, cell, numeric, { width: W.ballots }]}>{tr.t('table.ballots')}</Text>
        <PlainText style={[...heading, cell, { width: W.agreement }]}>{tr.t('table.agreement')}</PlainText>
        <Text style={[...heading, cell, numeric, { width: W.closeness }]}>{tr.t('table.closeness')}</Text>
        <PlainText style={[...heading, { width: W.top }]}>{tr.t('table.itsTop', { n: TOP_IDEAS })}</PlainText>
      </View>
      {organizations.map((org) => (
        <View key={org.name} style={[styles.row, { flexDirection: row }]} wrap={false}>
          <View style={[cell, { flex: 1 }]}>
            <UserText style={styles.body} text={org.name} />
          </View>
          <Text style={[styles.body, cell, numeric, { width: W.ballots }]}>{tr.number(org.ballots)}</Text>
          <PlainText style={[styles.body, cell, { width: W.agreement }]}>{agreementLabel(tr, org.agreement)}</PlainText>
          <Text style={[styles.body, cell, numeric, { width: W.closeness }]}>
            {org.closeness === null ? '–' : tr.number(org.closeness, 2, true)}
          </Text>
          <PlainText style={[styles.body, { width: W.top }]}>
            {ideaNumbersLabel(tr, org.order.slice(0, TOP_IDEAS))}
          </PlainText>
        </View>
      ))}
      <PlainText style={styles.note}>{tr.t('note.closeness')}</PlainText>
    </View>
  );
}

/** Agreement, the decision rule's proposal, organizations, then how the ideas were scored. */
export function ClosingNotes({ model }: { model: ExportModel }) {
  const { tr, direction, start } = useReportLayout();
  const heading = [styles.heading, { direction, textAlign: start }];
  return (
    <View>
      <Text style={[...heading, { marginTop: 16 }]} minPresenceAhead={60}>
        {tr.t('heading.outcome')}
      </Text>
      {outcomeLines(model).map((line) => (
        <PlainText key={line} style={styles.paragraph}>
          {line}
        </PlainText>
      ))}
      <Organizations model={model} />
      <Text style={[...heading, { marginTop: 10 }]} minPresenceAhead={60}>
        {tr.t('heading.scoring')}
      </Text>
      {closingNotes(model).map((paragraph) => (
        <PlainText key={paragraph} style={styles.paragraph}>
          {paragraph}
        </PlainText>
      ))}
    </View>
  );
}

/** Width of the decision log's time column, in points. */
export const DECISION_TIME_COLUMN = 112;

/** What was decided and when: phase changes, rewordings, merges, goals. */
export function DecisionLog({ entries }: { entries: ExportDecision[] }) {
  const { tr, row, cell, direction, start } = useReportLayout();
  return (
    <View>
      <Text style={[styles.heading, { direction, textAlign: start }]}>{tr.t('heading.decisionLog')}</Text>
      {entries.map((entry, index) => (
        <View key={index} style={[styles.row, { flexDirection: row }]} wrap={false}>
          <PlainText style={[styles.body, cell, { width: DECISION_TIME_COLUMN }]}>{tr.minute(entry.at)}</PlainText>
          <View style={{ flex: 1 }}>
            <PlainText style={styles.body}>{entry.summary}</PlainText>
          </View>
        </View>
      ))}
    </View>
  );
}
