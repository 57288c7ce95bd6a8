/**
 * Distribution of task factors on a logarithmic scale: bins with 1-2-5 edges
 * (1x, 2x, 5x, 10x, 20x …), so each bin is about the same width on a log axis.
 * Factors are tenths, compared as integers.
 */

export interface Bin {
  /** Inclusive lower edge, in tenths (10 = 1.0x); 0 for the first bin. */
  from: number;
  /** Exclusive upper edge, in tenths (the last edge is always above the largest factor). */
  to: number;
  count: number;
}

/** 1-2-5 edges in tenths: 10, 20, 50, 100, 200, 500, … */
function edgeAt(index: number): number {
  return [10, 20, 50][index % 3]! * 10 ** Math.floor(index / 3);
}

export function factorHistogram(factors: readonly number[]): Bin[] {
  if (factors.length === 0) return [];
  let max = 0;
  for (const factor of factors) if (factor > max) max = factor;
  // Edges up to the first one above the largest factor; the first bin holds everything below 1.0x.
  const edges = [0];
  for (let index = 0; edges[edges.length - 1]! <= max; index++) edges.push(edgeAt(index));
  const counts = new Array<number>(edges.length - 1).fill(0);
  for (const factor of factors) {
    let bin = 0;
    while (factor >= edges[bin + 1]!) bin += 1;
    counts[bin]! += 1;
  }
  // Leading empty bins below the smallest factor add nothing to read.
  const firstUsed = counts.findIndex((count) => count > 0);
  return counts
    .map((count, index) => ({ from: edges[index]!, to: edges[index + 1]!, count }))
    .slice(firstUsed);
}
