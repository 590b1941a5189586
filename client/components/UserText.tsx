import type { ReactNode } from 'react';
import type { MessageKey, MessageParams, Translate } from '../i18n/index.js';

/**
 * An idea's number, "#12": always laid out left to right and isolated from its neighbours, so it
 * reads "#12" next to Arabic or Hebrew text instead of "12#".
 */
export function IdeaNumber({ number, className }: { number: number; className?: string }) {
  return (
    <bdi dir="ltr" className={className}>
      {`#${number}`}
    </bdi>
  );
}

// Never in a catalog nor in anything people type (the server refuses control characters).
const MARK = '\u0000';

/**
 * A translated sentence holding people's text (a name, an idea, an owner) or an idea's number:
 * each such value is set in its own isolate (a <bdi>, or the node given), so an Arabic name
 * cannot drag the words and numbers around it into its own direction. The sentence is formatted
 * with markers in those places, then cut at the markers.
 */
export function userSentence(
  t: Translate,
  key: MessageKey,
  user: Record<string, string | ReactNode>,
  params: MessageParams = {},
): ReactNode[] {
  const names = Object.keys(user);
  const marked = Object.fromEntries(names.map((name, i) => [name, `${MARK}${i}${MARK}`]));
  return t(key, { ...params, ...marked })
    .split(MARK)
    .map((part, i) => {
      if (i % 2 === 0) return part;
      const value = user[names[Number(part)] ?? ''];
      return typeof value === 'string' ? <bdi key={i}>{value}</bdi> : <span key={i}>{value}</span>;
    });
}

/** People's text inside a sentence that must stay a string (a log line): FSI…PDI isolates it. */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}

/** An idea's number inside a sentence that must stay a string: "#12", left to right (LRI…PDI). */
export function numberRef(number: number): string {
  return `\u2066#${number}\u2069`;
}

/**
 * A string with isolates (from `isolated` and `numberRef`) as elements: each isolate becomes a
 * <bdi>, so the page isolates the same runs without invisible characters in what people copy.
 */
export function isolatesAsElements(text: string): ReactNode[] {
  return text.split(/([\u2066\u2068][^\u2069]*\u2069)/).map((part, i) => {
    if (i % 2 === 0) return part;
    const inner = part.slice(1, -1);
    return part.startsWith('\u2066') ? (
      <bdi key={i} dir="ltr">
        {inner}
      </bdi>
    ) : (
      <bdi key={i}>{inner}</bdi>
    );
  });
}
