/**
 * What a participant has typed or arranged but not yet sent. Kept on the device (see
 * session/device-storage.ts), so a reload or a closed tab loses nothing.
 */
export interface Drafts {
  /** The new idea being written. */
  ideaText: string;
  /** The ranking being arranged (idea ids, best first); null until the person touches it. */
  ranking: string[] | null;
  /** The last ranking sent, until the server's private view confirms it (avoids a flicker between ack and view). */
  sentRanking: string[] | null;
  /** The voting round that ranking was sent in (a two-round session votes twice). */
  sentRound: number;
  /** The person said they have finished writing (the server does not send this back). */
  done: boolean;
}

export interface DraftsSlice {
  drafts: Drafts;
}

export const emptyDrafts: Drafts = { ideaText: '', ranking: null, sentRanking: null, sentRound: 0, done: false };

export const initialDrafts: DraftsSlice = { drafts: emptyDrafts };
