import { StyleSheet } from '@react-pdf/renderer';
import { REPORT_FONTS } from './pdf-fonts.js';

export const COLORS = {
  ink: '#1d232b',
  muted: '#5b6470',
  rule: '#c9d0d8',
  band: '#f1f4f7',
  bar: '#2f6f9f',
  track: '#e3e8ee',
  shade: '#f8f9fb',
};

/** A4 in points, with the report's margins. */
export const PAGE = { width: 595.28, height: 841.89, top: 44, bottom: 54, side: 44 };

/** Column widths of the ranked table, in points; the idea column takes what is left. */
export const RANKED_COLUMNS = { rank: 34, number: 28, points: 30, bar: 76, voters: 36, meanRank: 46 };
/** Space to the right of each cell's content. */
export const CELL_PADDING = 6;
/** More space after the idea column, so right-to-left text there never runs into the points. */
export const IDEA_CELL_PADDING = 14;

/**
 * Line height for running text, as a multiple of the font size. react-pdf 4.9 multiplies a
 * unitless line height by the font size of the same style object, or by 18 if it has none, so
 * every style below that sets a line height sets its font size too, and none is set on a page
 * or a view (where it also made the page's fixed footer disappear).
 */
export const LEADING = 1.35;
/** Line height of a goal's statement. */
export const GOAL_LEADING = 1.3;
/** Width of the labels beside a goal's fields, in points. */
export const GOAL_LABEL_COLUMN = 84;

export const styles = StyleSheet.create({
  page: {
    fontFamily: REPORT_FONTS,
    fontSize: 9.5,
    color: COLORS.ink,
    paddingTop: PAGE.top,
    paddingBottom: PAGE.bottom,
    paddingHorizontal: PAGE.side,
  },
  kicker: { fontSize: 8.5, color: COLORS.muted, textTransform: 'uppercase', marginBottom: 6 },
  title: { fontSize: 19, fontWeight: 700, lineHeight: 1.25, marginBottom: 14 },
  facts: { flexDirection: 'row', flexWrap: 'wrap', marginBottom: 8 },
  fact: { width: '25%', paddingRight: 8, marginBottom: 6 },
  // No letter spacing: it would pull joined Arabic letters apart.
  factLabel: { fontSize: 7.5, lineHeight: LEADING, color: COLORS.muted, textTransform: 'uppercase' },
  factValue: { fontSize: 10.5, lineHeight: LEADING, fontWeight: 700 },
  organizations: { marginBottom: 10 },
  chips: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 2 },
  chip: { flexDirection: 'row', alignItems: 'baseline', marginRight: 12, marginBottom: 2 },
  chipCount: { fontSize: 8, color: COLORS.muted, marginLeft: 3 },
  smallRow: { fontSize: 8.5, paddingVertical: 3 },
  method: { backgroundColor: COLORS.band, padding: 8, marginBottom: 16 },
  heading: { fontSize: 12.5, fontWeight: 700, marginTop: 6, marginBottom: 6 },
  note: { fontSize: 8, color: COLORS.muted, marginTop: 6 },
  body: { fontSize: 9.5, lineHeight: LEADING },
  paragraph: { fontSize: 9.5, lineHeight: LEADING, marginBottom: 6 },
  tableHeader: {
    flexDirection: 'row',
    borderBottomWidth: 1,
    borderBottomColor: COLORS.ink,
    paddingBottom: 3,
    marginBottom: 2,
  },
  // On the texts rather than the row: a font size or line height on a view did not reach them.
  tableHeaderText: { fontSize: 7.5, lineHeight: LEADING, fontWeight: 700, color: COLORS.muted },
  row: {
    flexDirection: 'row',
    paddingVertical: 4,
    borderBottomWidth: 0.5,
    borderBottomColor: COLORS.rule,
  },
  cell: { paddingRight: CELL_PADDING },
  ideaCell: { paddingRight: IDEA_CELL_PADDING },
  numeric: { textAlign: 'right' },
  ideaText: { fontSize: 9.5, lineHeight: LEADING },
  ideaNote: { fontSize: 7.5, lineHeight: LEADING, color: COLORS.muted, marginTop: 2 },
  tie: { fontSize: 7, color: COLORS.muted },
  barTrack: { height: 7, backgroundColor: COLORS.track, marginTop: 3 },
  barFill: { height: 7, backgroundColor: COLORS.bar },
  footer: {
    position: 'absolute',
    bottom: 24,
    left: PAGE.side,
    right: PAGE.side,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 7.5,
    color: COLORS.muted,
  },
  goal: { borderTopWidth: 1, borderTopColor: COLORS.rule, paddingTop: 8, marginBottom: 12 },
  goalLabel: { fontSize: 8, lineHeight: LEADING, color: COLORS.muted, textTransform: 'uppercase', marginBottom: 2 },
  goalStatement: { fontSize: 12.5, lineHeight: GOAL_LEADING, fontWeight: 700, marginBottom: 6 },
  goalField: { marginBottom: 3 },
});
