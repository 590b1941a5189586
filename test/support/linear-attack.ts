/**
 * The attacker of the anonymity floor: every published number is read as a linear equation over
 * the contributions of the groups that voted (organizations and the people without one), and the
 * question is whether some combination of the equations depends on fewer than `floor` ballots.
 */

/** Numbers that only restate others (ranks, orders, idea numbers) or carry no ballot at all. */
const RESTATEMENTS = new Set([
  'rank',
  'tied',
  'number',
  'preliminaryRank',
  'previousRank',
  'previousDate',
  'order',
  'proposedGoals',
  'ideaNumbers',
  'ideaIds',
  'closeness',
  'mergedFrom',
  'k',
]);

/** Arrays whose items are matched by one of these keys rather than by position (their order moves). */
const ITEM_KEYS = ['ideaId', 'name', 'number'] as const;

function itemKey(item: unknown, index: number): string {
  if (item !== null && typeof item === 'object') {
    for (const key of ITEM_KEYS) {
      const value = (item as Record<string, unknown>)[key];
      if (typeof value === 'string' || typeof value === 'number') return `${key}=${value}`;
    }
  }
  return String(index);
}

/** Every published number under a path that names what it is, not where it happens to sit. */
export function figuresOf(value: unknown, path = '', into = new Map<string, number>()): Map<string, number> {
  if (typeof value === 'number') into.set(path, value);
  else if (typeof value === 'boolean') into.set(path, value ? 1 : 0);
  else if (Array.isArray(value)) value.forEach((item, i) => figuresOf(item, `${path}[${itemKey(item, i)}]`, into));
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (!RESTATEMENTS.has(key)) figuresOf(inner, `${path}.${key}`, into);
    }
  }
  return into;
}

/**
 * One equation per figure: how much it moved when one group's probe ballot changed, for each
 * group in turn (the same change every time). A figure that moves by a_g for group g publishes
 * sum_g a_g x_g, and its row is (a_g).
 */
export function equations(base: Map<string, number>, moved: Map<string, number>[]): number[][] {
  const rows: number[][] = [];
  for (const [path, before] of base) {
    const after = moved.map((figures) => figures.get(path));
    if (after.some((value) => value === undefined)) continue;
    const row = after.map((value) => (value as number) - before);
    const scale = Math.max(...row.map(Math.abs));
    if (scale > 1e-9) rows.push(row.map((x) => x / scale));
  }
  return rows;
}

const EPSILON = 1e-6;

/** The rank of a matrix given by its rows, over the chosen columns, by Gaussian elimination. */
export function rank(rows: readonly number[][], columns: readonly number[]): number {
  const m = rows.map((row) => columns.map((c) => row[c] ?? 0));
  let r = 0;
  for (let c = 0; c < columns.length && r < m.length; c++) {
    let pivot = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i]![c]!) > Math.abs(m[pivot]![c]!)) pivot = i;
    if (Math.abs(m[pivot]![c]!) < EPSILON) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    const top = m[r]!;
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const factor = m[i]![c]! / top[c]!;
      if (factor !== 0) m[i] = m[i]!.map((x, j) => x - factor * top[j]!);
    }
    r++;
  }
  return r;
}

/**
 * The smallest sets of groups (by their ballots, fewer than `floor`) whose contributions some
 * combination of the equations isolates: there is one exactly when dropping the set's columns
 * lowers the rank (a combination is zero on every other group but not on the set).
 */
export function isolatedGroups(rows: readonly number[][], ballots: readonly number[], floor: number): number[][] {
  const all = ballots.map((_, i) => i);
  const full = rank(rows, all);
  const found: number[][] = [];
  for (let mask = 1; mask < 1 << ballots.length; mask++) {
    const set = all.filter((i) => mask & (1 << i));
    const size = set.reduce((sum, i) => sum + (ballots[i] ?? 0), 0);
    if (size >= floor) continue;
    const rest = all.filter((i) => !(mask & (1 << i)));
    if (rank(rows, rest) < full) found.push(set);
  }
  return found;
}
