import { Text, View } from '@react-pdf/renderer';
import type { ExportIdea, ExportModel } from '../export-types.js';
import { barFraction, meanRankLabel } from '../report-text.js';
import { RANKED_COLUMNS as W, styles } from './pdf-styles.js';
import { UserText } from './user-text.js';

function Header() {
  // `fixed` repeats the header on every page the table runs onto.
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

function WordingNotes({ idea }: { idea: ExportIdea }) {
  return (
    <>
      {idea.edited ? <UserText style={styles.ideaNote} text={`Reworded from: ${idea.originalText}`} /> : null}
      {idea.mergedFrom.map((merged) => (
        <UserText
          key={merged.number}
          style={styles.ideaNote}
          text={`Merged from No. ${merged.number}: ${merged.text}`}
        />
      ))}
    </>
  );
}

function Bar({ fraction }: { fraction: number }) {
  return (
    <View style={[styles.barTrack, { width: W.bar - 6 }]}>
      <View style={[styles.barFill, { width: (W.bar - 6) * fraction }]} />
    </View>
  );
}

function Row({ idea, model, shaded }: { idea: ExportIdea; model: ExportModel; shaded: boolean }) {
  return (
    // A row never splits across pages: an idea and its numbers stay together.
    <View style={[styles.row, shaded ? { backgroundColor: '#f8f9fb' } : {}]} wrap={false}>
      <View style={[styles.cell, { width: W.rank }]}>
        <Text style={styles.numeric}>{idea.rank}</Text>
        {idea.tied ? <Text style={[styles.numeric, styles.tie]}>tie</Text> : null}
      </View>
      <Text style={[styles.cell, styles.numeric, { width: W.number }]}>{idea.number}</Text>
      <View style={[styles.cell, { flex: 1 }]}>
        <UserText style={styles.ideaText} text={idea.text} />
        <WordingNotes idea={idea} />
      </View>
      <Text style={[styles.cell, styles.numeric, { width: W.points, fontWeight: 700 }]}>{idea.points}</Text>
      <View style={[styles.cell, { width: W.bar }]}>
        <Bar fraction={barFraction(idea, model)} />
      </View>
      <Text style={[styles.cell, styles.numeric, { width: W.voters }]}>{idea.voters}</Text>
      <Text style={[styles.numeric, { width: W.meanRank }]}>{meanRankLabel(idea.meanRank)}</Text>
    </View>
  );
}

/** The ranked list with a bar of each idea's points against the top score. */
export function RankedTable({ model }: { model: ExportModel }) {
  return (
    <View>
      <Header />
      {model.ideas.map((idea, index) => (
        <Row key={idea.number} idea={idea} model={model} shaded={index % 2 === 1} />
      ))}
    </View>
  );
}
