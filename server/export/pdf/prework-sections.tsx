import { Text, View } from '@react-pdf/renderer';
import type { ReportBlock } from '../prework-report.js';
import { styles } from './pdf-styles.js';
import { useReportLayout } from './report-context.js';
import { PlainText } from './user-text.js';

/** Pre-work or ratification blocks (see prework-report.ts) on a report page. */
export function ReportBlocks({ blocks }: { blocks: ReportBlock[] }) {
  const { direction, start } = useReportLayout();
  const heading = [styles.heading, { direction, textAlign: start }];
  return (
    <View style={{ marginBottom: 12 }}>
      {blocks.map((block, index) => {
        if (block.kind === 'heading') {
          return (
            <Text key={index} style={heading} minPresenceAhead={60}>
              {block.text}
            </Text>
          );
        }
        const style = block.kind === 'subheading' ? [styles.body, { fontWeight: 700, marginTop: 6 }] : styles.body;
        return (
          <PlainText key={index} style={style}>
            {block.text}
          </PlainText>
        );
      })}
    </View>
  );
}
