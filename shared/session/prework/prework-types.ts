/**
 * Pre-work: before the workshop each member organization lists its top three priorities (and,
 * for the facilitator, the interests behind them). Its state, events and commands live here; the
 * session's tables name them once each.
 */

/** How many priorities an organization lists, best first. */
export const PREWORK_PRIORITIES = 3;

/** One organization's answers as its representative last saved them. */
export interface PreworkEntry {
  /** Fixed at the first save, so a priority keeps its id (and its theme) when it is reworded. */
  id: string;
  /** Up to three priorities, best first; empty strings are not kept. */
  priorities: string[];
  /** Stated goals: shown in the console and in the exports. */
  explicitInterests: string;
  /** Unspoken interests (autonomy, reputation, risks avoided): the facilitator's eyes only. */
  implicitInterests: string;
  updatedAt: number;
}

/** Priorities the facilitator grouped as one theme; a theme grouped into another keeps its lineage. */
export interface PreworkTheme {
  id: string;
  label: string;
  /** Priority ids (`entryId.rank`), including those of the themes merged into it. */
  priorityIds: string[];
  /** Themes merged into this one, transitively. */
  mergedFrom: string[];
  mergedInto: string | null;
}

export interface PreworkState {
  /** Closed by the facilitator: representatives can read but no longer save. */
  closed: boolean;
  /** SHA-256 of each organization's link secret; the secret itself is never stored. */
  links: Record<string, string>;
  entries: Record<string, PreworkEntry>;
  themes: Record<string, PreworkTheme>;
  /** Ids of the themes and priorities already brought into the idea pool. */
  seeded: string[];
}

/** Pre-work of a session made before pre-work existed, or not prepared. */
export function emptyPrework(): PreworkState {
  return { closed: false, links: {}, entries: {}, themes: {}, seeded: [] };
}

/** A pre-work idea brought into the pool: which organizations named it, unless seeded unattributed. */
export interface PreworkSeed {
  ideaId: string;
  text: string;
  /** The theme or priority it came from. */
  sourceId: string;
  organizations: string[] | null;
}

export type PreworkEvent =
  | { type: 'preworkLinkIssued'; organization: string; secretHash: string }
  | { type: 'preworkLinkRevoked'; organization: string }
  | {
      type: 'preworkSaved';
      organization: string;
      entryId: string;
      priorities: string[];
      explicitInterests: string;
      implicitInterests: string;
      at: number;
    }
  | { type: 'preworkClosedSet'; closed: boolean; at: number }
  | { type: 'preworkThemed'; themeId: string; label: string; priorityIds: string[]; themeIds: string[]; at: number }
  | { type: 'preworkSeeded'; seeds: PreworkSeed[]; at: number };

export type PreworkCommand =
  /** Made by the server, which hands the secret to the facilitator once and keeps only its hash. */
  | { type: 'issuePreworkLink'; organization: string; secretHash: string }
  | { type: 'revokePreworkLink'; organization: string }
  | { type: 'setPreworkClosed'; closed: boolean }
  | { type: 'groupPriorities'; label: string; priorityIds: string[]; themeIds: string[] }
  | { type: 'seedPrework'; itemIds: string[]; attributed: boolean }
  /** A representative saves their organization's pre-work, proving it with their link's secret hash. */
  | {
      type: 'savePrework';
      secretHash: string;
      priorities: string[];
      explicitInterests: string;
      implicitInterests: string;
    };
