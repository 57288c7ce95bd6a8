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

/** The largest factor (in tenths: 1,000.0x) whose bin is looked up in a table; a bin index fits a byte. */
const TABLE_LIMIT = 10_000;

/** 1-2-5 edges in tenths: 10, 20, 50, 100, 200, 500, … */
function edgeAt(index: number): number {
  return [10, 20, 50][index % 3]! * 10 ** Math.floor(index / 3);
}

/**
 * How many factors fall in each bin between `edges`. Factors are whole
 * tenths, nearly all small: a table from each tenth up to TABLE_LIMIT to its
 * bin makes counting one lookup a factor; a factor the table does not hold
 * walks the edges.
 */
function countBins(factors: readonly number[], edges: readonly number[], max: number): number[] {
  const counts = new Array<number>(edges.length - 1).fill(0);
  const binOf = new Uint8Array(Math.min(max, TABLE_LIMIT) + 1);
  for (let tenth = 0, bin = 0; tenth < binOf.length; tenth++) {
    while (tenth >= edges[bin + 1]!) bin += 1;
    binOf[tenth] = bin;
  }
  for (let index = 0; index < factors.length; index++) {
    const factor = factors[index] as number;
    let bin = binOf[factor];
    if (bin === undefined) for (bin = 0; factor >= edges[bin + 1]!; ) bin += 1;
    counts[bin]! += 1;
  }
  return counts;
}

/** Edges up to the first one above the largest factor; the first bin holds everything below 1.0x. */
function edgesAbove(max: number): number[] {
  const edges = [0];
  for (let index = 0; edges[edges.length - 1]! <= max; index++) edges.push(edgeAt(index));
  return edges;
}

function largest(factors: readonly number[]): number {
  let max = 0;
  for (let index = 0; index < factors.length; index++) {
    const factor = factors[index] as number;
    if (factor > max) max = factor;
  }
  return max;
}

/**
 * The histogram's loops over every factor are functions of their own: a loop
 * the engine optimises on the fly, in the middle of a function, otherwise
 * sends the rest of that function back to the interpreter on every call.
 * They count by index: for…of over a whole site's factors is several times
 * slower (bench/README.md).
 */
export function factorHistogram(factors: readonly number[]): Bin[] {
  if (factors.length === 0) return [];
  const max = largest(factors);
  const edges = edgesAbove(max);
  const counts = countBins(factors, edges, max);
  // Leading empty bins below the smallest factor add nothing to read.
  const firstUsed = counts.findIndex((count) => count > 0);
  return counts.map((count, index) => ({ from: edges[index]!, to: edges[index + 1]!, count })).slice(firstUsed);
}
