import { Text, View } from '@react-pdf/renderer';
import type { ExportIdea } from '../export-types.js';
import { countLabel, meanRankLabel, pointsLabel } from '../report-text.js';
import { ideaNotes } from './page-plan.js';
import { COLORS, RANKED_COLUMNS as W, styles } from './pdf-styles.js';
import { UserText } from './user-text.js';

function Header() {
  // `fixed` repeats the header should react-pdf have to split a page the plan thought would fit.
  return (
    <View style={styles.tableHeader} fixed>
      <Text style={[styles.cell, styles.numeric, { width: W.rank }]}>Rank</Text>
      <Text style={[styles.cell, styles.numeric, { width: W.number }]}>No.</Text>
      <Text style={[styles.cell, { flex: 1 }]}>Idea</Text>
      <Text style={[styles.cell, styles.numeric, { width: W.points }]}>Points</Text>
      <Text style={[styles.cell, { width: W.bar }]} />
      <Text style={[styles.cell, styles.numeric, { width: W.voters }]}>Voters</Text>
      <Text style={[styles.numeric, { width: W.meanRank }]}>Mean rank</Text>
    </View>
  );
}

function Row({ idea, barFraction, shaded }: { idea: ExportIdea; barFraction: number; shaded: boolean }) {
  const track = W.bar - 6;
  return (
    // A row never splits across pages: an idea and its numbers stay together.
    <View style={[styles.row, shaded ? { backgroundColor: COLORS.shade } : {}]} wrap={false}>
      <Text style={[styles.body, styles.cell, styles.numeric, { width: W.rank }]}>
        {idea.rank}
        {idea.tied ? <Text style={styles.tie}>{'\ntie'}</Text> : null}
      </Text>
      <Text style={[styles.cell, styles.numeric, { width: W.number }]}>{idea.number}</Text>
      <View style={[styles.ideaCell, { flex: 1 }]}>
        <UserText style={styles.ideaText} text={idea.text} />
        {ideaNotes(idea).map((note, index) => (
          <UserText key={index} style={styles.ideaNote} text={note} />
        ))}
      </View>
      <Text style={[styles.cell, styles.numeric, { width: W.points, fontWeight: 700 }]}>
        {pointsLabel(idea.points)}
      </Text>
      <View style={[styles.barTrack, { width: track, marginRight: 6 }]}>
        <View style={[styles.barFill, { width: track * barFraction }]} />
      </View>
      <Text style={[styles.cell, styles.numeric, { width: W.voters }]}>{countLabel(idea.voters)}</Text>
      <Text style={[styles.numeric, { width: W.meanRank }]}>{meanRankLabel(idea.meanRank)}</Text>
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
