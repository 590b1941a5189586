/**
 * ASCII punctuation that makes markup wherever it stands in a line: escapes (\), code (`),
 * emphasis (* _), links and images ([ ]), raw HTML and autolinks (<), table cells (|),
 * strikethrough (~), math on GitHub ($) and e-mail autolinks (@). Everything else (dashes in
 * dates, dots, parentheses, colons) is markup only in a position handled below, so it is left
 * as typed and the Markdown stays readable.
 */
const ALWAYS_SIGNIFICANT = /[\\`*_[\]<|~$@]/g;
/** "&amp;" or "&#60;" would be read as a character reference. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
/** GFM turns "www.example.org" and "https://example.org" into links without any markup. */
const BARE_LINK = /\b(www)\.|\b([A-Za-z][A-Za-z0-9+.-]*):(?=\/\/)/gi;
/** At the start of a line: a heading, a quote, a list item, a setext underline. */
const BLOCK_START = /^([#>+=-])/;
/** At the start of a line: an ordered list item such as "1." or "2)". */
const ORDERED_LIST_START = /^(\d{1,9})([.)])/;

/** C0 and C1 control characters, which no one types on purpose and some renderers choke on. */
const CONTROL_CHARACTERS = /\p{Cc}/gu;

/** Collapses runs of whitespace (newlines included) to one space and trims, for one-line contexts. */
export function oneLine(text: string): string {
  // Whitespace first: tabs and line breaks are control characters too, but they separate words.
  return text.replace(/\s+/g, ' ').replace(CONTROL_CHARACTERS, '').trim();
}

/**
 * Turns participant text into Markdown that renders as exactly that text: no emphasis, no
 * links, no images, no HTML, no table breaks, on one line; only what Markdown would read as
 * markup is escaped, so "2027-12-31" stays "2027-12-31".
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(ALWAYS_SIGNIFICANT, '\\$&')
    .replace(ENTITY, '\\&')
    .replace(BARE_LINK, (match: string, www: string | undefined, scheme: string | undefined) =>
      www === undefined ? `${scheme ?? ''}\\:` : `${www}\\.`,
    )
    .replace(BLOCK_START, '\\$1')
    .replace(ORDERED_LIST_START, '$1\\$2');
}
