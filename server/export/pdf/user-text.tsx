import { Text, type Styles } from '@react-pdf/renderer';
import { isolatesAsMarks } from '../isolate.js';
import { breakPoints, directionOf, fontFamiliesFor } from './pdf-fonts.js';
import { useReportLayout } from './report-context.js';

type Style = Styles[string];

function list(style?: Style | Style[]): Style[] {
  return style === undefined ? [] : Array.isArray(style) ? style : [style];
}

/**
 * Text a participant typed, drawn as plain characters: the font list follows its script, the
 * paragraph direction follows its first letter, and lines break without inserting hyphens. It
 * lines up with the report's start side. It is never given to a Link, so nothing in it can
 * become a link.
 */
export function UserText({ text, style }: { text: string; style?: Style | Style[] }) {
  const { start } = useReportLayout();
  const own: Style = { fontFamily: fontFamiliesFor(text), direction: directionOf(text) };
  return (
    <Text style={[{ textAlign: start }, ...list(style), own]} hyphenationCallback={breakPoints}>
      {text}
    </Text>
  );
}

/**
 * The report's own wording in its language and direction, with the same line breaking as
 * participants' text; participants' text isolated inside it keeps its own direction.
 */
export function PlainText({ children, style }: { children: string; style?: Style | Style[] }) {
  const { direction, start } = useReportLayout();
  return (
    <Text style={[{ textAlign: start }, ...list(style), { direction }]} hyphenationCallback={breakPoints}>
      {isolatesAsMarks(children)}
    </Text>
  );
}
