import { Text, View } from '@react-pdf/renderer';
import type { ExportGoal, ExportModel } from '../export-types.js';
import {
  dateOf,
  goalResultLine,
  minuteOf,
  organizationParts,
  participantsLine,
  REPORT_SUBTITLE,
} from '../report-text.js';
import { styles } from './pdf-styles.js';
import { PlainText, UserText } from './user-text.js';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View style={styles.fact}>
      <Text style={styles.factLabel}>{label}</Text>
      <Text style={styles.factValue}>{value}</Text>
    </View>
  );
}

/** Title (the question), the facts a board asks first, and the method in one sentence. */
export function Summary({ model }: { model: ExportModel }) {
  const { session, scoring } = model;
  const organizations = organizationParts(model);
  const agreement = model.results.agreement;
  return (
    <View>
      <Text style={styles.kicker}>{REPORT_SUBTITLE}</Text>
      <UserText style={styles.title} text={session.title} />
      <View style={styles.facts}>
        <Fact label="Date" value={dateOf(session.createdAt)} />
        <Fact label="Took part" value={participantsLine(model)} />
        <Fact label="Ballots" value={String(session.ballots)} />
        <Fact label="Ideas ranked" value={String(model.ideas.length)} />
        <Fact
          label="Agreement (Kendall's W)"
          value={agreement === null ? '–' : `${agreement.w.toFixed(2)} (${agreement.reading})`}
        />
        <Fact
          label="Weighting"
          value={scoring.weighting === 'per-person' ? 'One person, one vote' : 'Organizations equal'}
        />
        <Fact label="Vote" value={scoring.rounds === 2 ? 'Final of two rounds' : 'One round'} />
      </View>
      {organizations.length > 0 ? (
        <View style={styles.organizations}>
          <Text style={styles.factLabel}>Organizations and how many of their people took part</Text>
          {/* One paragraph per organization, so a right-to-left name cannot reorder its neighbours. */}
          <View style={styles.chips}>
            {organizations.map((part) => (
              <View key={part.name} style={styles.chip}>
                {/* A shrink-wrapped box has no room to align right in: right-to-left names start at its left. */}
                <UserText text={part.name} style={[styles.body, { textAlign: 'left' }]} />
                <Text style={styles.chipCount}>{part.count}</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
      <View style={styles.method}>
        <PlainText style={styles.body}>{`Method. ${scoring.summary}`}</PlainText>
      </View>
    </View>
  );
}

/** One adopted goal, on a page of its own. */
export function GoalPage({ model, goal, index }: { model: ExportModel; goal: ExportGoal; index: number }) {
  const count = model.goals?.length ?? 0;
  const fields: [string, string][] = [
    ['Result', goalResultLine(model, goal.ideaNumber)],
    ['Owner', goal.owner],
    ['Indicator', goal.indicator],
    ['Target date', goal.targetDate],
    ['Rationale', goal.rationale],
  ].map(([label = '', value = '']) => [label, value === '' ? 'Not recorded yet' : value]);
  return (
    <View>
      <Text style={styles.goalLabel}>{`Adopted goal ${index + 1} of ${count} · from idea No. ${goal.ideaNumber}`}</Text>
      <UserText style={styles.goalStatement} text={goal.statement} />
      {fields.map(([label, value]) => (
        <View key={label} style={styles.goalField}>
          <Text style={styles.factLabel}>{label}</Text>
          {/* Left-aligned like its label even when right-to-left, so it does not float off to the far edge. */}
          <UserText style={[styles.body, { textAlign: 'left' }]} text={value} />
        </View>
      ))}
    </View>
  );
}

/** Code, generation time and page numbers on every page. */
export function Footer({ model }: { model: ExportModel }) {
  return (
    <View style={styles.footer} fixed>
      <Text>{`Roundtable · room ${model.session.code} · generated ${minuteOf(model.generatedAt)}`}</Text>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}
