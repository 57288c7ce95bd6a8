/**
 * Metrics across days: all-time sums, the 7-day rolling leverage, running
 * totals, month/year groups, best/worst days, the ten best tasks and the
 * factor histogram. Every expected value is worked out by hand in the
 * comments (1 h = 360000 cs, 1 min = 6000 cs; factors in tenths, half up).
 */
import { describe, expect, it } from 'vitest';
import { binLabel } from '../../src/lib/charts/charts.ts';
import type { DayTotals } from '../../src/lib/metrics/day-metrics.ts';
import { factorHistogram } from '../../src/lib/metrics/histogram.ts';
import {
  cumulativeHuman,
  extremeDays,
  groupDays,
  monthOf,
  rollingLeverage,
  topByFactor,
  yearOf,
  type DayPoint,
} from '../../src/lib/metrics/series.ts';
import type { TaskTimes } from '../../src/lib/metrics/task.ts';
import { sumTotals } from '../../src/lib/metrics/group-totals.ts';

const H = 360_000;
const M = 6_000;

/** A day's totals; the factors are given by hand, never computed here. A day that logged supervision supervised all its human time. */
function totals(fields: Partial<DayTotals> & Pick<DayTotals, 'human' | 'ai' | 'supervision'>): DayTotals {
  const logged = fields.supervision !== null;
  return {
    tasks: 1,
    tokens: null,
    leverage: 0,
    supervisionLeverage: null,
    supervisedHuman: logged ? fields.human : 0,
    unsupervisedDays: logged ? 0 : 1,
    ...fields,
  };
}

function point(date: string, human: number, ai: number, leverage: number): DayPoint {
  return { date, totals: totals({ human, ai, supervision: 0, leverage }) };
}

/** n consecutive calendar dates from 2020-01-01 (test scaffolding only). */
function consecutiveDates(n: number): string[] {
  const start = Date.UTC(2020, 0, 1);
  return Array.from({ length: n }, (_, index) => new Date(start + index * 86_400_000).toISOString().slice(0, 10));
}

describe('sumTotals', () => {
  it('recomputes the weighted leverage from the sums, not from the days’ factors', () => {
    // Day A: 10h in 10m → 600m / 10m = 60.0x (600); 5m supervision → 120.0x (1200); 1,000 tokens.
    // Day B: 1h in 50m → 60 / 50 = 1.2x (12); supervision 0m → no supervisory factor; no tokens.
    // Sum: 660m human / 60m ai = 11.0x (110). The mean of the factors would be 30.6x.
    // Supervision: 660m / 5m = 132.0x (1320). Tokens: 1,000 (only A logged them).
    const a = totals({ tasks: 2, human: 10 * H, ai: 10 * M, supervision: 5 * M, tokens: 1000, leverage: 600, supervisionLeverage: 1200 });
    const b = totals({ tasks: 3, human: 1 * H, ai: 50 * M, supervision: 0, tokens: null, leverage: 12, supervisionLeverage: null });
    expect(sumTotals([a, b])).toEqual({
      tasks: 5,
      human: 11 * H, // 3960000
      ai: 60 * M, // 360000
      supervision: 5 * M,
      supervisedHuman: 11 * H, // both days logged supervision, B 0m of it
      unsupervisedDays: 0,
      tokens: 1000,
      leverage: 110,
      supervisionLeverage: 1320,
    });
  });

  it('rounds the weighted leverage once, half up, exactly (41m in 20m is 2.05x → 2.1x)', () => {
    // 20m/10m + 21m/10m → 41m / 20m = 2.05 exactly → 2.1x (21). In binary floating point
    // 41 / 20 is 2.04999…, which (41 / 20).toFixed(1) turns into "2.0".
    const sum = sumTotals([totals({ human: 20 * M, ai: 10 * M, supervision: 0 }), totals({ human: 21 * M, ai: 10 * M, supervision: 0 })]);
    expect(sum.leverage).toBe(21);
    expect(sum.supervisionLeverage).toBeNull(); // Σ supervision 0 → no factor
  });

  it('sums tokens over the days that logged them and is null when none did', () => {
    // 412,000 + (none) + 860,000 = 1,272,000
    const logged = sumTotals([
      totals({ human: H, ai: M, supervision: 0, tokens: 412_000 }),
      totals({ human: H, ai: M, supervision: 0, tokens: null }),
      totals({ human: H, ai: M, supervision: 0, tokens: 860_000 }),
    ]);
    expect(logged.tokens).toBe(1_272_000);
    const none = sumTotals([totals({ human: H, ai: M, supervision: 0 }), totals({ human: H, ai: M, supervision: 0 })]);
    expect(none.tokens).toBeNull();
    // A logged 0 is a value, not "none": 0 + (none) = 0.
    expect(sumTotals([totals({ human: H, ai: M, supervision: 0, tokens: 0 })]).tokens).toBe(0);
  });

  it('gives zeros for no days at all, and no supervision logged', () => {
    expect(sumTotals([])).toEqual({
      tasks: 0,
      human: 0,
      ai: 0,
      supervision: null,
      supervisedHuman: 0,
      unsupervisedDays: 0,
      tokens: null,
      leverage: 0,
      supervisionLeverage: null,
    });
  });
});

describe('rollingLeverage (7 calendar days, gaps included)', () => {
  it('sums human and agent time over the trailing window and rounds once', () => {
    const points = [
      point('2026-04-01', 60 * M, 10 * M, 60), // window 04-01:            60 / 10 = 6.0x   → 60
      point('2026-04-03', 30 * M, 10 * M, 30), // window 04-01..03:        90 / 20 = 4.5x   → 45
      point('2026-04-07', 15 * M, 10 * M, 15), // window 04-01..07:       105 / 30 = 3.5x   → 35
      point('2026-04-08', 10 * M, 20 * M, 5), //  window 04-02..08 (drops 04-01): 55 / 40 = 1.375x → 1.4x (14, half up from 13.75)
      point('2026-04-16', 41 * M, 20 * M, 21), // 8 days after 04-08, window 04-10..16 holds only itself: 41 / 20 = 2.05x → 2.1x (21)
    ];
    expect(rollingLeverage(points)).toEqual([60, 45, 35, 14, 21]);
  });

  it('counts calendar days across a month end (February 2026 has 28 days)', () => {
    // 02-27 → 03-05 is 6 days: still inside the 7-day window. 02-27 → 03-06 is 7 days: outside.
    const points = [
      point('2026-02-27', 100 * M, 10 * M, 100), // 100 / 10 = 10.0x
      point('2026-03-05', 20 * M, 10 * M, 20), //  (100 + 20) / 20 = 6.0x
      point('2026-03-06', 30 * M, 10 * M, 30), //  02-27 drops: (20 + 30) / 20 = 2.5x
    ];
    expect(rollingLeverage(points)).toEqual([100, 60, 25]);
  });

  it('takes the window length in days (1 day = each day on its own)', () => {
    const points = [point('2026-04-01', 60 * M, 10 * M, 60), point('2026-04-02', 30 * M, 10 * M, 30)];
    // 60/10 = 6.0x; 30/10 = 3.0x
    expect(rollingLeverage(points, 1)).toEqual([60, 30]);
    // window 2: 60/10 = 6.0x; (60 + 30)/20 = 4.5x
    expect(rollingLeverage(points, 2)).toEqual([60, 45]);
  });

  it('is empty for no days', () => {
    expect(rollingLeverage([])).toEqual([]);
  });
});

describe('cumulativeHuman', () => {
  it('is the running total in date order', () => {
    // 6h, 6h + 8.5h = 14.5h, 14.5h + 0.33h = 14.83h (in cs: 2160000, 5220000, 5338800)
    const points = [point('2026-04-14', 6 * H, M, 0), point('2026-04-15', 8.5 * H, M, 0), point('2026-04-16', 118_800, M, 0)];
    expect(cumulativeHuman(points)).toEqual([2_160_000, 5_220_000, 5_338_800]);
  });
});

describe('groupDays', () => {
  const points = [
    { date: '2025-12-30', totals: totals({ tasks: 2, human: 2 * H, ai: 10 * M, supervision: 2 * M, tokens: 5 }) },
    { date: '2025-12-31', totals: totals({ tasks: 1, human: 1 * H, ai: 20 * M, supervision: 0 }) },
    { date: '2026-01-02', totals: totals({ tasks: 4, human: 5 * H, ai: 25 * M, supervision: 5 * M }) },
    { date: '2026-02-01', totals: totals({ tasks: 1, human: 41 * M, ai: 20 * M, supervision: M }) },
  ];

  it('groups by month with totals recomputed from the sums', () => {
    expect(groupDays(points, monthOf)).toEqual([
      {
        key: '2025-12',
        dates: ['2025-12-30', '2025-12-31'],
        // 3h = 180m in 30m → 6.0x; 180m / 2m supervision → 90.0x; tokens 5
        totals: {
          tasks: 3,
          human: 3 * H,
          ai: 30 * M,
          supervision: 2 * M,
          supervisedHuman: 3 * H,
          unsupervisedDays: 0,
          tokens: 5,
          leverage: 60,
          supervisionLeverage: 900,
        },
      },
      {
        key: '2026-01',
        dates: ['2026-01-02'],
        // 300m / 25m = 12.0x; 300m / 5m = 60.0x
        totals: {
          tasks: 4,
          human: 5 * H,
          ai: 25 * M,
          supervision: 5 * M,
          supervisedHuman: 5 * H,
          unsupervisedDays: 0,
          tokens: null,
          leverage: 120,
          supervisionLeverage: 600,
        },
      },
      {
        key: '2026-02',
        dates: ['2026-02-01'],
        // 41m / 20m = 2.05x → 2.1x; 41m / 1m = 41.0x
        totals: {
          tasks: 1,
          human: 41 * M,
          ai: 20 * M,
          supervision: M,
          supervisedHuman: 41 * M,
          unsupervisedDays: 0,
          tokens: null,
          leverage: 21,
          supervisionLeverage: 410,
        },
      },
    ]);
  });

  it('groups by year', () => {
    const years = groupDays(points, yearOf);
    expect(years.map((group) => [group.key, group.dates])).toEqual([
      ['2025', ['2025-12-30', '2025-12-31']],
      ['2026', ['2026-01-02', '2026-02-01']],
    ]);
    // 2026: 5h + 41m = 341m human in 25m + 20m = 45m → 7.577… → 7.6x (76)
    expect(years[1]?.totals.leverage).toBe(76);
    expect(years[1]?.totals.tasks).toBe(5);
  });
});

describe('extremeDays', () => {
  it('finds the best and worst days by exact ratio; ties go to the earlier day', () => {
    const points = [
      point('2026-04-01', 60 * M, 10 * M, 60), //      6.0x
      point('2026-04-02', 1196 * M, 100 * M, 120), // 11.96x, shows 12.0x
      point('2026-04-03', 1204 * M, 100 * M, 120), // 12.04x, shows 12.0x: the best by exact ratio
      point('2026-04-04', 722_400, 10 * M, 120), //   120.4m / 10m = 12.04x exactly again: a tie, so 04-03 (earlier) stays best
      point('2026-04-05', 30 * M, 10 * M, 30), //      3.0x: the worst
      point('2026-04-06', 15 * M, 5 * M, 30), //       3.0x exactly: a tie, 04-05 stays worst
    ];
    const extremes = extremeDays(points);
    expect(extremes?.best.date).toBe('2026-04-03');
    expect(extremes?.worst.date).toBe('2026-04-05');
  });

  it('is one day for both on a single day, and undefined for none', () => {
    const only = point('2026-04-22', H, M, 600);
    expect(extremeDays([only])).toEqual({ best: only, worst: only });
    expect(extremeDays([])).toBeUndefined();
  });
});

describe('topByFactor', () => {
  type Item = TaskTimes & { id: string };
  const item = (id: string, humanMinutes: number, aiMinutes: number): Item => ({
    id,
    human: humanMinutes * M,
    ai: aiMinutes * M,
    supervision: 0,
  });

  it('keeps the 10 highest factors, highest first', () => {
    // factor = human / ai: a 1x, b 12x, c 3x, d 11x, e 5x, f 2x, g 9x, h 7x, i 4x, j 10x, k 8x, l 6x
    const items = [
      item('a', 10, 10),
      item('b', 120, 10),
      item('c', 30, 10),
      item('d', 110, 10),
      item('e', 50, 10),
      item('f', 20, 10),
      item('g', 90, 10),
      item('h', 70, 10),
      item('i', 40, 10),
      item('j', 100, 10),
      item('k', 80, 10),
      item('l', 60, 10),
    ];
    // Sorted: b 12, d 11, j 10, g 9, k 8, h 7, l 6, e 5, i 4, c 3 | f 2 and a 1 drop out.
    expect(topByFactor(items, 10).map((x) => x.id)).toEqual(['b', 'd', 'j', 'g', 'k', 'h', 'l', 'e', 'i', 'c']);
  });

  it('keeps the earlier of exactly equal factors, also at the cut-off', () => {
    // p 2h/10m = 12.0x and q 1h/5m = 12.0x tie exactly → p (earlier) first.
    // r 12.04x and s 11.96x both show 12.0x but are not ties: r above p and q, s below.
    // With room for 3, the third place is a tie between q and t (both 12.0x): q came first and stays.
    const items = [item('s', 1196, 100), item('p', 120, 10), item('q', 60, 5), item('r', 1204, 100), item('t', 24, 2)];
    expect(topByFactor(items, 5).map((x) => x.id)).toEqual(['r', 'p', 'q', 't', 's']);
    expect(topByFactor(items, 3).map((x) => x.id)).toEqual(['r', 'p', 'q']);
  });

  it('returns all items when there are fewer than asked for', () => {
    expect(topByFactor([item('x', 10, 10), item('y', 20, 10)], 10).map((x) => x.id)).toEqual(['y', 'x']);
  });
});

describe('cross-day work is linear in the number of days', () => {
  /** Points whose fields count every read, to count work without timing anything. */
  function countingPoints(n: number): { points: DayPoint[]; reads: () => number } {
    let reads = 0;
    const points = consecutiveDates(n).map((date, index) => {
      const dayTotals = totals({ human: (index % 7) * H + H, ai: 10 * M, supervision: M, tokens: 1, leverage: 0 });
      return {
        get date() {
          reads += 1;
          return date;
        },
        get totals() {
          reads += 1;
          return dayTotals;
        },
      };
    });
    return { points, reads: () => reads };
  }

  it.each([
    ['rollingLeverage', (points: DayPoint[]) => rollingLeverage(points)],
    ['cumulativeHuman', (points: DayPoint[]) => cumulativeHuman(points)],
    ['groupDays', (points: DayPoint[]) => groupDays(points, monthOf)],
    ['extremeDays', (points: DayPoint[]) => extremeDays(points)],
    ['sumTotals', (points: DayPoint[]) => sumTotals(points.map((p) => p.totals))],
  ])('%s reads each day a bounded number of times', (_name, run) => {
    // 3,000 days: a quadratic pass would read millions of fields; a linear one at most ~10 per day.
    const n = 3000;
    const { points, reads } = countingPoints(n);
    run(points);
    expect(reads()).toBeLessThanOrEqual(12 * n);
  });

  it('topByFactor compares each item with at most its `count` kept candidates', () => {
    let reads = 0;
    const n = 5000;
    const items = Array.from({ length: n }, (_, index) => {
      // Factors rise with the index, the worst case for insertion: every item enters the top 10.
      const human = (index + 1) * M;
      return {
        get human() {
          reads += 1;
          return human;
        },
        get ai() {
          reads += 1;
          return M;
        },
        supervision: 0,
      };
    });
    const top = topByFactor(items, 10);
    expect(top).toHaveLength(10);
    // Each comparison reads 4 fields; at most 11 comparisons per item → 44 reads per item.
    expect(reads).toBeLessThanOrEqual(44 * n);
  });
});

describe('factorHistogram (1-2-5 bins in tenths)', () => {
  it('bins at edges 10, 20, 50, 100, 200, 500, 1000 with the lower edge inclusive', () => {
    // max 988 → edges 0, 10, 20, 50, 100, 200, 500, 1000 (the first edge above 988).
    // 5 → [0,10); 10, 19 → [10,20); 20, 49 → [20,50); 50, 99 → [50,100); 100 → [100,200);
    // nothing in [200,500); 988 → [500,1000).
    expect(factorHistogram([5, 10, 19, 20, 49, 50, 99, 100, 988])).toEqual([
      { from: 0, to: 10, count: 1 },
      { from: 10, to: 20, count: 2 },
      { from: 20, to: 50, count: 2 },
      { from: 50, to: 100, count: 2 },
      { from: 100, to: 200, count: 1 },
      { from: 200, to: 500, count: 0 },
      { from: 500, to: 1000, count: 1 },
    ]);
  });

  it('puts exactly 2.0x into the 2x–5x bin and drops leading empty bins', () => {
    // 20 tenths: edges 0, 10, 20, 50; bins [0,10) and [10,20) are empty and lead → dropped.
    expect(factorHistogram([20])).toEqual([{ from: 20, to: 50, count: 1 }]);
    // 1000 tenths (100x) is the lower edge of [1000,2000), not the top of [500,1000).
    expect(factorHistogram([1000, 500])).toEqual([
      { from: 500, to: 1000, count: 1 },
      { from: 1000, to: 2000, count: 1 },
    ]);
  });

  it('keeps the sub-1x bin, labelled "under 1x"', () => {
    // 0.0x (a 0h estimate) and 0.9x → [0,10); 1.0x → [10,20)
    const bins = factorHistogram([0, 9, 10]);
    expect(bins).toEqual([
      { from: 0, to: 10, count: 2 },
      { from: 10, to: 20, count: 1 },
    ]);
    expect(bins.map(binLabel)).toEqual(['under 1x', '1x to 2x']);
  });

  it('bins factors above 1,000x (10,000 tenths) as exactly as small ones', () => {
    // max 25000 → edges 0, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000.
    // 15 → [10,20); 9999 → [5000,10000); 10000 and 10001 → [10000,20000) (10000 is its lower edge);
    // 20000 → [20000,50000), as is 25000.
    expect(factorHistogram([15, 9999, 10_000, 10_001, 20_000, 25_000])).toEqual([
      { from: 10, to: 20, count: 1 },
      { from: 20, to: 50, count: 0 },
      { from: 50, to: 100, count: 0 },
      { from: 100, to: 200, count: 0 },
      { from: 200, to: 500, count: 0 },
      { from: 500, to: 1000, count: 0 },
      { from: 1000, to: 2000, count: 0 },
      { from: 2000, to: 5000, count: 0 },
      { from: 5000, to: 10_000, count: 1 },
      { from: 10_000, to: 20_000, count: 2 },
      { from: 20_000, to: 50_000, count: 2 },
    ]);
  });

  it('labels bins at their edges and is empty for no tasks', () => {
    expect(binLabel({ from: 20, to: 50, count: 1 })).toBe('2x to 5x');
    expect(binLabel({ from: 500, to: 1000, count: 1 })).toBe('50x to 100x');
    expect(factorHistogram([])).toEqual([]);
  });

  it('bins the sample day 2026-04-22 (26 tasks)', () => {
    // Its factors in tenths, from the task log (human ÷ ai, half up):
    // 988 194 176 166 164 162 150 150 150 145 142 138 137 131 130 128 125 125 121 121 107 104 88 82 75 40
    // [0,10): 0; [10,20): 0; [20,50): 4.0x → 1; [50,100): 8.8, 8.2, 7.5 → 3;
    // [100,200): 194 … 104 → 21; [200,500): 0; [500,1000): 98.8x → 1. Leading empties dropped.
    const factors = [
      988, 194, 176, 166, 164, 162, 150, 150, 150, 145, 142, 138, 137, 131, 130, 128, 125, 125, 121, 121, 107, 104, 88, 82, 75, 40,
    ];
    expect(factorHistogram(factors)).toEqual([
      { from: 20, to: 50, count: 1 },
      { from: 50, to: 100, count: 3 },
      { from: 100, to: 200, count: 21 },
      { from: 200, to: 500, count: 0 },
      { from: 500, to: 1000, count: 1 },
    ]);
  });
});
