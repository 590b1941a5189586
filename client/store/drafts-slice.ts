/**
 * What a participant has typed or arranged and not sent. Kept on the device (see
 * session/device-storage.ts), so a reload or a closed tab loses nothing. Once sent, an action is
 * the outbox's; once applied, the server's private view holds it: a draft is never a copy of either.
 */
export interface Drafts {
  /** The new idea being written. */
  ideaText: string;
  /** A ranking arranged and not yet submitted (idea ids, best first); null when there is none. */
  ranking: string[] | null;
}

export interface DraftsSlice {
  drafts: Drafts;
}

export const emptyDrafts: Drafts = { ideaText: '', ranking: null };

export const initialDrafts: DraftsSlice = { drafts: emptyDrafts };
