import { Text, View } from '@react-pdf/renderer';
import type { ExportDecision, ExportModel } from '../export-types.js';
import { agreementLabel, closingNotes, ideaNumbersLabel, minuteOf, outcomeLines } from '../report-text.js';
import { styles } from './pdf-styles.js';
import { PlainText, UserText } from './user-text.js';

/** Widths of the organization table's number columns, in points. */
export const ORGANIZATION_COLUMNS = { ballots: 44, agreement: 96, closeness: 56, top: 110 };
const TOP_IDEAS = 3;

function Organizations({ model }: { model: ExportModel }) {
  const organizations = model.results.organizations;
  if (organizations.length === 0) return null;
  const W = ORGANIZATION_COLUMNS;
  return (
    <View style={{ marginBottom: 10 }}>
      <View style={styles.tableHeader}>
        <Text style={[styles.cell, { flex: 1 }]}>Organization</Text>
        <Text style={[styles.cell, styles.numeric, { width: W.ballots }]}>Ballots</Text>
        <Text style={[styles.cell, { width: W.agreement }]}>Agreement</Text>
        <Text style={[styles.cell, styles.numeric, { width: W.closeness }]}>Closeness</Text>
        <Text style={{ width: W.top }}>{`Its top ${TOP_IDEAS}`}</Text>
      </View>
      {organizations.map((org) => (
        <View key={org.name} style={styles.row} wrap={false}>
          <View style={[styles.cell, { flex: 1 }]}>
            <UserText style={styles.body} text={org.name} />
          </View>
          <Text style={[styles.body, styles.cell, styles.numeric, { width: W.ballots }]}>{org.ballots}</Text>
          <Text style={[styles.body, styles.cell, { width: W.agreement }]}>{agreementLabel(org.agreement)}</Text>
          <Text style={[styles.body, styles.cell, styles.numeric, { width: W.closeness }]}>
            {org.closeness === null ? '–' : org.closeness.toFixed(2)}
          </Text>
          <Text style={[styles.body, { width: W.top }]}>{ideaNumbersLabel(org.order.slice(0, TOP_IDEAS))}</Text>
        </View>
      ))}
      <Text style={styles.note}>
        Closeness is Spearman's correlation between the organization's order and the whole group's (1 = the same order).
      </Text>
    </View>
  );
}

/** Agreement, the decision rule's proposal, organizations, then how the ideas were scored. */
export function ClosingNotes({ model }: { model: ExportModel }) {
  return (
    <View>
      <Text style={[styles.heading, { marginTop: 16 }]} minPresenceAhead={60}>
        Agreement and proposal
      </Text>
      {outcomeLines(model).map((line) => (
        <PlainText key={line} style={styles.paragraph}>
          {line}
        </PlainText>
      ))}
      <Organizations model={model} />
      <Text style={[styles.heading, { marginTop: 10 }]} minPresenceAhead={60}>
        How the ideas were scored
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
  return (
    <View>
      <Text style={styles.heading}>Decision log</Text>
      {entries.map((entry, index) => (
        <View key={index} style={styles.row} wrap={false}>
          <Text style={[styles.body, styles.cell, { width: DECISION_TIME_COLUMN }]}>{minuteOf(entry.at)}</Text>
          <View style={{ flex: 1 }}>
            <UserText style={styles.body} text={entry.summary} />
          </View>
        </View>
      ))}
    </View>
  );
}
