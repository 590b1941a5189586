import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { ExportModel } from '../export-types.js';
import { planReport } from './page-plan.js';
import { styles } from './pdf-styles.js';
import { RankedTable } from './ranked-table.js';
import { ClosingNotes, DecisionLog } from './outcome-sections.js';
import { layoutOf, ReportLayoutProvider } from './report-context.js';
import { Footer, GoalCard, Summary } from './report-sections.js';
import { preworkBlocks, ratificationBlocks } from '../prework-report.js';
import { tablesBlocks } from '../tables-report.js';
import { ReportBlocks } from './prework-sections.js';

/**
 * The report a facilitator hands to a board, in the model's language and direction: the summary
 * and the adopted goals (the alliance's shared goals lead), the ranked list and how it was
 * scored, then the decision log.
 */
export function ReportDocument({ model }: { model: ExportModel }) {
  const layout = layoutOf(model);
  const { tr, direction, start } = layout;
  const plan = planReport(model);
  const decisions = model.decisionLog;
  const topPoints = model.ideas[0]?.points ?? 0;
  const heading = [styles.heading, { direction, textAlign: start }];
  const starts = plan.rankedPages.map((_, page) =>
    plan.rankedPages.slice(0, page).reduce((sum, ideas) => sum + ideas.length, 0),
  );
  /** One page's share of the ranked table, with the heading above the first and the notes after the last. */
  const ranked = (page: number) => (
    <>
      {page === 0 ? <Text style={heading}>{tr.t('heading.ranked')}</Text> : null}
      <RankedTable ideas={plan.rankedPages[page] ?? []} topPoints={topPoints} firstIndex={starts[page] ?? 0} />
      {page === plan.rankedPages.length - 1 && !plan.closingOnOwnPage ? <ClosingNotes model={model} /> : null}
    </>
  );
  let goalIndex = 0;
  return (
    <ReportLayoutProvider value={layout}>
      <Document
        title={model.session.title}
        subject={tr.t('report.subtitle')}
        language={tr.locale}
        creator="Roundtable"
        producer="Roundtable"
        creationDate={new Date(model.generatedAt)}
      >
        {plan.goalPages.map((goals, page) => {
          const first = goalIndex;
          goalIndex += goals.length;
          return (
            <Page key={`goals-${page}`} size="A4" style={styles.page}>
              <Footer model={model} />
              {page === 0 ? <Summary model={model} /> : null}
              {page === 0 ? <Text style={heading}>{tr.t('heading.goals')}</Text> : null}
              {goals.map((goal, index) => (
                <GoalCard key={first + index} model={model} goal={goal} index={first + index} />
              ))}
              {plan.tableSharesGoalPage && page === plan.goalPages.length - 1 ? (
                <View style={{ marginTop: 16 }}>{ranked(0)}</View>
              ) : null}
            </Page>
          );
        })}
        {plan.rankedPages.map((_, page) =>
          plan.tableSharesGoalPage && page === 0 ? null : (
            <Page key={`ranked-${page}`} size="A4" style={styles.page}>
              <Footer model={model} />
              {page === 0 && !plan.summaryOnCover ? <Summary model={model} /> : null}
              {ranked(page)}
            </Page>
          ),
        )}
        {plan.closingOnOwnPage ? (
          <Page size="A4" style={styles.page}>
            <Footer model={model} />
            <ClosingNotes model={model} />
          </Page>
        ) : null}
        {model.tables ? (
          <Page size="A4" style={styles.page}>
            <Footer model={model} />
            <ReportBlocks blocks={tablesBlocks(model)} />
          </Page>
        ) : null}
        {model.ratification || model.prework ? (
          <Page size="A4" style={styles.page}>
            <Footer model={model} />
            <ReportBlocks blocks={ratificationBlocks(model)} />
            <ReportBlocks blocks={preworkBlocks(model)} />
          </Page>
        ) : null}
        {decisions.length > 0 ? (
          <Page size="A4" style={styles.page}>
            <Footer model={model} />
            <DecisionLog entries={decisions} />
          </Page>
        ) : null}
      </Document>
    </ReportLayoutProvider>
  );
}
