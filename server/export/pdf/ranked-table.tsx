import { Text, View } from '@react-pdf/renderer';
import type { ExportIdea } from '../export-types.js';
import { countLabel, meanRankLabel, pointsLabel } from '../report-text.js';
import { ideaNotes } from './page-plan.js';
import { COLORS, RANKED_COLUMNS as W, styles } from './pdf-styles.js';
import { useReportLayout } from './report-context.js';
import { PlainText, UserText } from './user-text.js';

function Header() {
  const { tr, row, cell, numeric, direction } = useReportLayout();
  const heading = [styles.tableHeaderText, { direction }];
  // `fixed` repeats the header should react-pdf have to split a page the plan thought would fit.
  return (
    <View style={[styles.tableHeader, { flexDirection: row }]} fixed>
      <Text style={[...heading, cell, numeric, { width: W.rank }]}>{tr.t('table.rank')}</Text>
      <Text style={[...heading, cell, numeric, { width: W.number }]}>{tr.t('table.number')}</Text>
      <PlainText style={[...heading, cell, { flex: 1 }]}>{tr.t('table.idea')}</PlainText>
      <Text style={[...heading, cell, numeric, { width: W.points }]}>{tr.t('table.points')}</Text>
      <Text style={[...heading, cell, { width: W.bar }]} />
      <Text style={[...heading, cell, numeric, { width: W.voters }]}>{tr.t('table.voters')}</Text>
      <Text style={[...heading, numeric, { width: W.meanRank }]}>{tr.t('table.meanRank')}</Text>
    </View>
  );
}

function Row({ idea, barFraction, shaded }: { idea: ExportIdea; barFraction: number; shaded: boolean }) {
  const { tr, row, cell, ideaCell, numeric, direction } = useReportLayout();
  const track = W.bar - 6;
  return (
    // A row never splits across pages: an idea and its numbers stay together.
    <View style={[styles.row, { flexDirection: row }, shaded ? { backgroundColor: COLORS.shade } : {}]} wrap={false}>
      <Text style={[styles.body, cell, numeric, { width: W.rank, direction }]}>
        {tr.number(idea.rank)}
        {idea.tied ? <Text style={styles.tie}>{`\n${tr.t('value.tie')}`}</Text> : null}
      </Text>
      <Text style={[styles.body, cell, numeric, { width: W.number }]}>{tr.number(idea.number)}</Text>
      <View style={[ideaCell, { flex: 1 }]}>
        <UserText style={styles.ideaText} text={idea.text} />
        {ideaNotes(tr, idea).map((note, index) => (
          <PlainText key={index} style={styles.ideaNote}>
            {note}
          </PlainText>
        ))}
      </View>
      <Text style={[styles.body, cell, numeric, { width: W.points, fontWeight: 700 }]}>
        {pointsLabel(tr, idea.points)}
      </Text>
      <View style={[styles.barTrack, { width: track }, direction === 'rtl' ? { marginLeft: 6 } : { marginRight: 6 }]}>
        {/* The bar grows from the start of the line, like the text. */}
        <View
          style={[
            styles.barFill,
            { width: track * barFraction, alignSelf: direction === 'rtl' ? 'flex-end' : 'flex-start' },
          ]}
        />
      </View>
      <Text style={[styles.body, cell, numeric, { width: W.voters }]}>{countLabel(tr, idea.voters)}</Text>
      <Text style={[styles.body, numeric, { width: W.meanRank }]}>{meanRankLabel(tr, idea.meanRank)}</Text>
    </View>
  );
}

/** One page's share of the ranked list, with a bar of each idea's points against the top score. */
export function RankedTable({
  ideas,
  topPoints,
  firstIndex,
}: {
  ideas: ExportIdea[];
  topPoints: number;
  firstIndex: number;
}) {
  return (
    <View>
      <Header />
      {ideas.map((idea, index) => (
        <Row
          key={idea.number}
          idea={idea}
          barFraction={topPoints > 0 ? idea.points / topPoints : 0}
          shaded={(firstIndex + index) % 2 === 1}
        />
      ))}
    </View>
  );
}
