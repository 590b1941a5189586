/**
 * Every bound and default of the session and of its wire payloads, written once: the zod schemas,
 * the settings defaults and the forms of the client all read them from here.
 */

/** The bounds of a whole number. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
}

/** The anonymity floor of the method: results never show with fewer ballots than this. */
export const MIN_BALLOTS_FLOOR = 3;

/** A phase timer, in seconds: from ten seconds to a working day. */
export const TIMER_SECONDS = { min: 10, max: 8 * 3600 } as const satisfies NumberRange;

/** Bounds and defaults of the numeric session settings. */
export const SETTING_LIMITS = {
  ideasPerParticipant: { min: 1, max: 50, default: 10 },
  /** Characters in one idea. */
  ideaLength: { min: 20, max: 1000, default: 280 },
  /** Ideas ranked on one ballot ("top N"). */
  ballotSize: { min: 1, max: 20, default: 5 },
  minBallots: { min: MIN_BALLOTS_FLOOR, max: 10_000, default: MIN_BALLOTS_FLOOR },
  /** Decision rule "the top K ideas are proposed". */
  decisionTopK: { min: 1, max: 50, default: 5 },
  /** Decision rule "ideas ranked by at least this share of ballots are proposed"; the default is the form's. */
  decisionPercent: { min: 1, max: 100, default: 60 },
  /** "Common ground" is the ideas in the top K of every organization. */
  commonGroundK: { min: 1, max: 20, default: 5 },
} as const satisfies Record<string, NumberRange & { default: number }>;

/** Longest text a person can type into each field, in characters. */
export const TEXT_LIMITS = {
  /** Any free text before the session's own idea length applies. */
  freeText: 2000,
  title: 200,
  participantName: 60,
  organization: 80,
  /** A room code as typed, with spaces or a dash. */
  roomCodeInput: 20,
  goalRationale: 1000,
  goalOwner: 120,
  goalIndicator: 500,
} as const;

/** Longest lists a payload may carry. */
export const LIST_LIMITS = {
  /** Organizations a facilitator predefines for joiners to pick from. */
  organizations: 100,
  /** Ideas merged into one in a single step. */
  mergedIdeas: 50,
  adoptedGoals: 100,
} as const;

/** Lengths of the opaque strings on the wire: ids, client-made command and join ids, tokens. */
export const WIRE_LIMITS = {
  id: { min: 1, max: 64 },
  commandId: { min: 8, max: 64 },
  token: { min: 20, max: 128 },
} as const satisfies Record<string, NumberRange>;

/** Longest texts of pre-work and ratification, in characters. */
export const PREWORK_LIMITS = {
  priority: 280,
  interests: 1000,
  themeLabel: 200,
  /** Priorities and themes grouped or seeded in one step. */
  items: 100,
  ratificationReason: 500,
} as const;
