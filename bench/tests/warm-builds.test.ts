/**
 * The benchmark's warm builds: which sizes get them (`--incremental`), and
 * how results.md reports them against issue 27's targets. Ratios are worked
 * out by hand from the invented seconds below.
 */
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../lib/options.ts';
import { renderResults, type BenchResults, type IncrementalRecord } from '../lib/report.ts';

describe('--incremental', () => {
  it('follows every size built with warm builds by default', () => {
    expect(parseOptions(['--sizes', '100,1000']).incremental).toEqual([100, 1000]);
  });

  it('takes sizes of its own, in the order they are built, or none', () => {
    expect(parseOptions(['--sizes', '100,1000,4000', '--incremental', '4000,100']).incremental).toEqual([100, 4000]);
    expect(parseOptions(['--incremental', 'none']).incremental).toEqual([]);
  });

  it('refuses a size that is not built, saying how to build it', () => {
    expect(() => parseOptions(['--sizes', '100', '--incremental', '1000'])).toThrow(
      '--incremental 1000: that size is not built; add it to --sizes (100) or leave it out',
    );
  });
});

const record = (size: number, cold: number[], noop: number[], added: number[]): IncrementalRecord => ({
  size,
  cold,
  noop,
  added,
  removed: added,
  edited: added,
});

function results(incremental: IncrementalRecord[]): BenchResults {
  return {
    environment: {
      date: '2026-12-06',
      cores: 2,
      memoryBytes: 8 * 2 ** 30,
      cpu: 'Test CPU',
      platform: 'Linux test',
      loadBefore: [1, 1, 1],
      loadAfter: [1, 1, 1],
      versions: [],
      commandLine: 'npm run bench',
      runs: 3,
      content: 'invented',
      postBytes: new Map(),
      builders: [{ id: 'fulcrum', label: 'Fulcrum', command: 'build' }],
    },
    runs: [],
    incremental,
    metrics: { days: 10, tasksPerDay: 3, iterations: 1, medianMs: 50, steps: [] },
  };
}

describe('results.md', () => {
  // 100 days: cold median 6.0 s, a day added 2.0 s. 1,000 days: cold median 20.0 s, nothing changed 2.5 s (0.125×), a day added 2.4 s (0.12×).
  // 4,000 days: cold median 60.0 s, nothing changed 0.5 s, a day added 3.2 s (0.053×; 1.6× the 2.0 s at 100 days).
  const text = renderResults(
    results([
      record(100, [6, 5, 7], [1, 1, 1], [2, 2, 2]),
      record(1000, [19, 20, 22], [2.5, 2.4, 2.6], [2.4, 2.3, 2.5]),
      record(4000, [60, 61, 59], [0.5, 0.5, 0.5], [3.2, 3.1, 3.3]),
    ]),
  );

  it('reports each warm target of issue 27 that the sizes measured: met or not', () => {
    expect(text).toContain('| One day added to 1,000 days, warm ÷ cold | ≤ 0.15× | 0.12× | yes |');
    expect(text).toContain('| One day added to 4,000 days, warm ÷ cold | ≤ 0.10× | 0.05× | yes |');
    // 3.2 s at 4,000 days ÷ 2.0 s at 100 days; 1,000 days does not count for this one.
    expect(text).toContain('| One day added: seconds at 4,000 ÷ at 100 days | ≤ 1.5× | 1.60× | **no** |');
    expect(text).not.toContain('seconds at 1,000 ÷ at 100');
    expect(text).toContain('| Nothing changed at 1,000 days, warm ÷ cold | ≤ 0.10× | 0.13× | **no** |');
    expect(text).not.toContain('Nothing changed at 4,000 days, warm ÷ cold');
  });

  it('leaves out the growth of a day added when 100 or 4,000 days were not built', () => {
    const without = renderResults(results([record(100, [6], [1], [2]), record(1000, [20], [2], [2.4])]));
    expect(without).not.toContain('One day added: seconds at');
  });

  it('lists every warm build with its median, its ratio to the cold build and each run', () => {
    expect(text).toContain('| 1,000 | Cold | 20.00 | | 19.00, 20.00, 22.00 |');
    expect(text).toContain('| 1,000 | Nothing changed | 2.50 | 0.13× | 2.50, 2.40, 2.60 |');
    expect(text).toContain('| 100 | One day added | 2.00 | 0.33× | 2.00, 2.00, 2.00 |');
    expect(text).toContain("| 4,000 | One day's prose edited | 3.20 | 0.05× | 3.20, 3.10, 3.30 |");
  });

  it('has no warm section when none ran', () => {
    expect(renderResults(results([]))).not.toContain('## Warm builds');
  });
});
