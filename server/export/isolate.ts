/** First strong isolate and pop directional isolate (Unicode bidi, UAX #9). */
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Participant text set inside a sentence of the report, isolated so that its direction cannot
 * reorder the words around it (an English idea quoted in an Arabic sentence, or the reverse).
 */
export function isolate(text: string): string {
  return `${FSI}${text.replaceAll(FSI, '').replaceAll(PDI, '')}${PDI}`;
}

const ISOLATED = new RegExp(`${FSI}([^${PDI}]*)${PDI}`, 'g');
const FIRST_LETTER = /\p{L}/u;
const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}]/u;

/**
 * The same text for a renderer that draws isolate characters as glyphs (react-pdf does): each
 * isolated run is bracketed by the mark of its own direction instead (LRM or RLM), which keeps
 * its neutral characters, such as "30 %", on its side.
 */
export function isolatesAsMarks(text: string): string {
  return text.replace(ISOLATED, (_, inner: string) => {
    const first = FIRST_LETTER.exec(inner)?.[0];
    const mark = first !== undefined && RIGHT_TO_LEFT.test(first) ? '\u200F' : '\u200E';
    return `${mark}${inner}${mark}`;
  });
}
