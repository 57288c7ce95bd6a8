/** The little statistics the benchmark reports. */

/** Middle value; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Marginal cost per unit between two sizes: (t₂ − t₁) ÷ (n₂ − n₁). Start-up
 * and fixed work cancel out, which is what "ms per page" should mean.
 */
export function slope(small: { x: number; y: number }, large: { x: number; y: number }): number {
  return (large.y - small.y) / (large.x - small.x);
}
