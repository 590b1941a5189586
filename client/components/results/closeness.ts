/** Spearman's ρ in words: how alike an organization's order is to the whole group's. */
export function closenessReading(rho: number): 'close' | 'partly' | 'apart' {
  if (rho >= 0.7) return 'close';
  if (rho >= 0.3) return 'partly';
  return 'apart';
}
