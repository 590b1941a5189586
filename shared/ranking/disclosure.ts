/**
 * Which groups' figures may be published without letting anyone work out the ballots of fewer
 * than `floor` people by arithmetic (statistical disclosure control, as statistical offices
 * apply it to small cells).
 *
 * Every published figure of a round is a sum over the groups that voted (organizations and the
 * people without one), each group's contribution multiplied by a coefficient:
 *
 * - figures of ballots as cast (voters, counts per rank, mean rank, Kendall's W, split votes):
 *   coefficient 1 for every group;
 * - weighted points under "each organization weighs the same": coefficient B / (G n), where n is
 *   the group's own number of ballots, so groups of the same size share a coefficient;
 * - an organization shown on its own: coefficient 1 for it, 0 for every other group.
 *
 * An attacker can combine these equations. Those of the shown organizations remove them, which
 * leaves the groups not shown (the residual). With only one kind of coefficient the residual can
 * be recovered as a whole. With both (weighted points beside counts, and groups of different
 * sizes), one equation minus the other drops every group of one size, so the remaining groups
 * can be recovered apart from it. Each set so recovered must hold 0 or at least `floor` ballots.
 * Only the sizes of groups decide what is shown, never the contents of ballots, so what is
 * withheld tells nothing about how anyone voted.
 */

/** One group that voted in a round: an organization, or everyone without one. */
export interface GroupBallots {
  name: string;
  ballots: number;
}

/** Whether the figures publish one kind of coefficient per group, or two (counts and weighted points). */
export type Equations = 'one' | 'two';

function total(groups: readonly GroupBallots[]): number {
  return groups.reduce((sum, group) => sum + group.ballots, 0);
}

/** Whether solving the figures over `groups` can isolate a set of 1 to floor - 1 ballots. */
export function exposesSmallGroup(groups: readonly GroupBallots[], equations: Equations, floor: number): boolean {
  const all = total(groups);
  if (all > 0 && all < floor) return true;
  if (equations === 'one') return false;
  const bySize = new Map<number, number>();
  for (const group of groups) bySize.set(group.ballots, (bySize.get(group.ballots) ?? 0) + group.ballots);
  if (bySize.size < 2) return false;
  // Subtracting the two equations with the right factor drops one size class and leaves the rest.
  return [...bySize.values()].some((sameSize) => all - sameSize < floor);
}

/**
 * Whether the figures of ballots as cast may stand beside the weighted points. Under one person,
 * one vote they are the same equations; under equal weight per organization, groups of different
 * sizes make them a second set of equations.
 */
export function countsPublishable(groups: readonly GroupBallots[], weighted: boolean, floor: number): boolean {
  return !weighted || !exposesSmallGroup(groups, 'two', floor);
}

/**
 * The organizations whose own figures may be shown, largest first: those with at least `floor`
 * ballots, less the smallest ones as long as the groups left out could be worked out by
 * subtraction (secondary suppression). The group without an organization is never shown.
 */
export function publishableOrganizations(
  groups: readonly GroupBallots[],
  noOrganization: string,
  equations: Equations,
  floor: number,
): string[] {
  const shown = groups
    .filter((group) => group.name !== noOrganization && group.ballots >= floor)
    .sort((a, b) => b.ballots - a.ballots || a.name.localeCompare(b.name));
  const residual = () => groups.filter((group) => !shown.includes(group));
  while (shown.length > 0 && exposesSmallGroup(residual(), equations, floor)) shown.pop();
  return shown.map((group) => group.name);
}
