import type { PreworkState } from './prework-types.js';

/** One organization's priority as the landscape lists it. */
export interface PriorityItem {
  /** `entryId.rank`: stable while the organization rewords it. */
  id: string;
  organization: string;
  /** 1 is the organization's first priority. */
  rank: number;
  text: string;
}

/** The id of an organization's priority at a rank. */
export function priorityId(entryId: string, rank: number): string {
  return `${entryId}.${rank}`;
}

/** Every organization's priorities, organizations in the order given, then by rank. */
export function allPriorities(prework: PreworkState, organizations: readonly string[]): PriorityItem[] {
  const named = new Set(organizations);
  const order = [
    ...organizations,
    ...Object.keys(prework.entries)
      .filter((name) => !named.has(name))
      .sort(),
  ];
  return order.flatMap((organization) => {
    const entry = prework.entries[organization];
    if (!entry) return [];
    return entry.priorities.map((text, i) => ({ id: priorityId(entry.id, i + 1), organization, rank: i + 1, text }));
  });
}

/** The themes still standing (not merged into another), in the order they were made. */
export function liveThemes(prework: PreworkState): PreworkState['themes'][string][] {
  return Object.values(prework.themes).filter((theme) => theme.mergedInto === null);
}
