/** Plural forms as Intl.PluralRules names them; `other` is always required. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** A message is plain text with {placeholders}, or plural forms chosen by the `count` parameter. */
export type Message = string | PluralMessage;

export type MessageParams = Record<string, string | number>;
