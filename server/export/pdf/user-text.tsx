import { Text, type Styles } from '@react-pdf/renderer';
import { breakPoints, directionOf, fontFamiliesFor } from './pdf-fonts.js';

type Style = Styles[string];

/**
 * Text a participant typed, drawn as plain characters: the font list follows its script, the
 * paragraph direction follows its first letter, and lines break without inserting hyphens.
 * It is never given to a Link, so nothing in it can become a link.
 */
export function UserText({ text, style }: { text: string; style?: Style | Style[] }) {
  const own: Style = { fontFamily: fontFamiliesFor(text), direction: directionOf(text) };
  const styles = style === undefined ? [] : Array.isArray(style) ? style : [style];
  return (
    <Text style={[...styles, own]} hyphenationCallback={breakPoints}>
      {text}
    </Text>
  );
}

/** The report's own wording, with the same line breaking as participants' text. */
export function PlainText({ children, style }: { children: string; style?: Style | Style[] }) {
  return (
    <Text style={style} hyphenationCallback={breakPoints}>
      {children}
    </Text>
  );
}
