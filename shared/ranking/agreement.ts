/**
 * Kendall's coefficient of concordance W for partial top-N ballots.
 *
 * Each ballot ranks up to N of the n ideas in play; the ideas it leaves out are treated as tied
 * for the remaining places, each given the mean of ranks k+1..n (k = how many it ranked). W then
 * uses the standard correction for ties:
 *
 *   W = 12 S / (m² (n³ - n) - m Σ T),  S = Σ (R_i - m(n+1)/2)²,  T = Σ (t³ - t) per ballot,
 *
 * where m is the number of ballots, R_i the rank sum of idea i and t the size of each tie group.
 * W is 0 for no agreement and 1 when every ballot is the same; null when it cannot be computed
 * (fewer than 2 ballots or 2 ideas, or every ballot leaves everything tied).
 */
export function kendallW(ideaIds: readonly string[], ballots: readonly (readonly string[])[]): number | null {
  const n = ideaIds.length;
  const m = ballots.length;
  if (n < 2 || m < 2) return null;
  const index = new Map(ideaIds.map((id, i) => [id, i]));
  const rankSums = new Array<number>(n).fill(0);
  let tieCorrection = 0;
  for (const ballot of ballots) {
    const ranked = ballot.filter((id) => index.has(id));
    const k = ranked.length;
    const tiedRank = (k + 1 + n) / 2;
    const placed = new Set<number>();
    ranked.forEach((id, position) => {
      const i = index.get(id) as number;
      rankSums[i] = (rankSums[i] ?? 0) + position + 1;
      placed.add(i);
    });
    for (let i = 0; i < n; i++) if (!placed.has(i)) rankSums[i] = (rankSums[i] ?? 0) + tiedRank;
    const t = n - k;
    if (t > 1) tieCorrection += t ** 3 - t;
  }
  const mean = (m * (n + 1)) / 2;
  const s = rankSums.reduce((sum, r) => sum + (r - mean) ** 2, 0);
  const denominator = m * m * (n ** 3 - n) - m * tieCorrection;
  if (denominator <= 0) return null;
  return Math.min(1, Math.max(0, (12 * s) / denominator));
}

export type AgreementReading = 'weak' | 'moderate' | 'strong';

/** Plain-language reading of W, after Schmidt (1997): below 0.3 weak, below 0.7 moderate, else strong. */
export function readAgreement(w: number): AgreementReading {
  if (w < 0.3) return 'weak';
  if (w < 0.7) return 'moderate';
  return 'strong';
}

/** Spearman's rank correlation between two orders of the same items (1 = identical order). */
export function spearman(a: readonly string[], b: readonly string[]): number | null {
  const n = a.length;
  if (n < 2) return null;
  const position = new Map(b.map((id, i) => [id, i]));
  let d2 = 0;
  a.forEach((id, i) => {
    const j = position.get(id) ?? i;
    d2 += (i - j) ** 2;
  });
  return 1 - (6 * d2) / (n * (n * n - 1));
}
