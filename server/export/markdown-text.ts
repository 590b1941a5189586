/**
 * ASCII punctuation that CommonMark or GitHub Flavored Markdown can read as markup: emphasis,
 * code, links and images ([ ] ( ) !), raw HTML and autolinks (< >), entities (&), headings (#),
 * list markers (+ - . digits), tables (|), strikethrough (~), math ($), footnotes (^), and the
 * pieces of bare-URL, e-mail and mention autolinks (: @ .). CommonMark lets a backslash escape
 * any ASCII punctuation, so escaping them all is safe.
 */
const MARKDOWN_SIGNIFICANT = /[\\`*_{}[\]()#+\-.!|<>~&:@^=$]/g;

/** C0 and C1 control characters, which no one types on purpose and some renderers choke on. */
const CONTROL_CHARACTERS = /\p{Cc}/gu;

/** Collapses runs of whitespace (newlines included) to one space and trims, for one-line contexts. */
export function oneLine(text: string): string {
  // Whitespace first: tabs and line breaks are control characters too, but they separate words.
  return text.replace(/\s+/g, ' ').replace(CONTROL_CHARACTERS, '').trim();
}

/**
 * Turns participant text into Markdown that renders as exactly that text: no emphasis, no
 * links, no images, no HTML, no table breaks, on one line.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(MARKDOWN_SIGNIFICANT, '\\$&');
}
