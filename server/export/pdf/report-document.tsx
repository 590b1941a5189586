import { Document, Page, Text } from '@react-pdf/renderer';
import type { ExportModel } from '../export-types.js';
import { planReport } from './page-plan.js';
import { styles } from './pdf-styles.js';
import { RankedTable } from './ranked-table.js';
import { ClosingNotes, DecisionLog } from './outcome-sections.js';
import { Footer, GoalPage, Summary } from './report-sections.js';

/**
 * The report a facilitator hands to a board: the summary, the adopted goals (the alliance's shared
 * goals lead), the ranked list and how it was scored, then the decision log.
 */
export function ReportDocument({ model }: { model: ExportModel }) {
  const plan = planReport(model);
  const goals = model.goals ?? [];
  const decisions = model.decisionLog;
  const topPoints = model.ideas[0]?.points ?? 0;
  let firstIndex = 0;
  return (
    <Document
      title={model.session.title}
      subject="Nominal Group Technique workshop results"
      creator="Roundtable"
      producer="Roundtable"
      creationDate={new Date(model.generatedAt)}
    >
      {plan.summaryOnCover ? (
        <Page size="A4" style={styles.page}>
          <Footer model={model} />
          <Summary model={model} />
        </Page>
      ) : null}
      {goals.map((goal, index) => (
        <Page key={`goal-${index}`} size="A4" style={styles.page}>
          <Footer model={model} />
          <GoalPage model={model} goal={goal} index={index} />
        </Page>
      ))}
      {plan.rankedPages.map((ideas, page) => {
        const start = firstIndex;
        firstIndex += ideas.length;
        const last = page === plan.rankedPages.length - 1;
        return (
          <Page key={`ranked-${page}`} size="A4" style={styles.page}>
            <Footer model={model} />
            {page === 0 && !plan.summaryOnCover ? <Summary model={model} /> : null}
            {page === 0 ? <Text style={styles.heading}>Ranked ideas</Text> : null}
            <RankedTable ideas={ideas} topPoints={topPoints} firstIndex={start} />
            {last && !plan.closingOnOwnPage ? <ClosingNotes model={model} /> : null}
          </Page>
        );
      })}
      {plan.closingOnOwnPage ? (
        <Page size="A4" style={styles.page}>
          <Footer model={model} />
          <ClosingNotes model={model} />
        </Page>
      ) : null}
      {decisions.length > 0 ? (
        <Page size="A4" style={styles.page}>
          <Footer model={model} />
          <DecisionLog entries={decisions} />
        </Page>
      ) : null}
    </Document>
  );
}
