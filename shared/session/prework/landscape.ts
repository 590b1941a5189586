import type { PreworkState } from './prework-types.js';
import { allPriorities, liveThemes, type PriorityItem } from './priorities.js';

/** A priority on the landscape: which theme holds it and whether it is already in the pool. */
export interface LandscapePriority extends PriorityItem {
  themeId: string | null;
  seeded: boolean;
}

export interface LandscapeTheme {
  id: string;
  label: string;
  priorities: LandscapePriority[];
  /** Organizations that named it, in the session's order. */
  organizations: string[];
  /** Labels of the themes merged into it. */
  mergedFrom: string[];
  seeded: boolean;
}

export interface LandscapeOrganization {
  name: string;
  /** A pre-work link is live for it. */
  linked: boolean;
  priorities: LandscapePriority[];
  explicitInterests: string;
  /** For the facilitator only: never in a public view, a report or a projector. */
  implicitInterests: string;
  /** Last saved, or null if the organization has not answered. */
  updatedAt: number | null;
}

/** The landscape before the room, as the facilitator's console (and the exports) show it. */
export interface LandscapeView {
  closed: boolean;
  organizations: LandscapeOrganization[];
  themes: LandscapeTheme[];
  /** Themes named by at least two organizations, most organizations first, then best ranks: the candidate common ground. */
  commonGround: string[];
}

function rankSum(theme: LandscapeTheme): number {
  return theme.priorities.reduce((sum, p) => sum + p.rank, 0);
}

/** Every organization's priorities side by side, the themes, and where they overlap. */
export function landscapeView(prework: PreworkState, organizations: readonly string[]): LandscapeView {
  const themes = liveThemes(prework);
  const themeOf = new Map(themes.flatMap((t) => t.priorityIds.map((id) => [id, t.id] as const)));
  const priorities: LandscapePriority[] = allPriorities(prework, organizations).map((p) => ({
    ...p,
    themeId: themeOf.get(p.id) ?? null,
    seeded: prework.seeded.includes(p.id),
  }));
  const names = [...new Set([...organizations, ...priorities.map((p) => p.organization)])];
  const themeViews: LandscapeTheme[] = themes.map((t) => {
    const held = priorities.filter((p) => p.themeId === t.id);
    return {
      id: t.id,
      label: t.label,
      priorities: held,
      organizations: names.filter((name) => held.some((p) => p.organization === name)),
      mergedFrom: t.mergedFrom.map((id) => prework.themes[id]?.label ?? ''),
      seeded: prework.seeded.includes(t.id),
    };
  });
  const commonGround = themeViews
    .filter((t) => t.organizations.length >= 2)
    .sort((a, b) => b.organizations.length - a.organizations.length || rankSum(a) - rankSum(b))
    .map((t) => t.id);
  return {
    closed: prework.closed,
    organizations: names.map((name) => {
      const entry = prework.entries[name];
      return {
        name,
        linked: prework.links[name] !== undefined,
        priorities: priorities.filter((p) => p.organization === name),
        explicitInterests: entry?.explicitInterests ?? '',
        implicitInterests: entry?.implicitInterests ?? '',
        updatedAt: entry?.updatedAt ?? null,
      };
    }),
    themes: themeViews,
    commonGround,
  };
}
