import { Document, Page, Text } from '@react-pdf/renderer';
import type { ExportModel } from '../export-types.js';
import { TIE_NOTE } from '../report-text.js';
import { styles } from './pdf-styles.js';
import { RankedTable } from './ranked-table.js';
import { DecisionLog, Footer, GoalPage, RankDistribution, ScoringNotes, Summary } from './report-sections.js';

/** The report a facilitator hands to a board: summary and ranked list, details, then goals. */
export function ReportDocument({ model }: { model: ExportModel }) {
  const goals = model.goals ?? [];
  const decisions = model.decisionLog ?? [];
  return (
    <Document
      title={model.session.title}
      subject="Nominal Group Technique workshop results"
      creator="Roundtable"
      producer="Roundtable"
      creationDate={new Date(model.generatedAt)}
    >
      <Page size="A4" style={styles.page}>
        <Footer model={model} />
        <Summary model={model} />
        <Text style={styles.heading}>Ranked ideas</Text>
        <RankedTable model={model} />
        <Text style={styles.note}>{`"No." is the number the idea had when it was shared. ${TIE_NOTE}`}</Text>
        <ScoringNotes model={model} />
        <RankDistribution model={model} />
      </Page>
      {goals.map((goal, index) => (
        <Page key={`goal-${index}`} size="A4" style={styles.page}>
          <Footer model={model} />
          <GoalPage goal={goal} index={index} count={goals.length} />
        </Page>
      ))}
      {decisions.length > 0 ? (
        <Page size="A4" style={styles.page}>
          <Footer model={model} />
          <DecisionLog entries={decisions} />
        </Page>
      ) : null}
    </Document>
  );
}
