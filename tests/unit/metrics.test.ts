import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatExactHours, formatExactMinutes, formatFactor, formatSupervisionTotal } from '../../src/lib/format.ts';
import { dayMetrics, dayTotals, rankTasks, totalsOfSums, totalTimes } from '../../src/lib/metrics/day-metrics.ts';
import { sumTotals } from '../../src/lib/metrics/group-totals.ts';
import { compareFactorsDescending, factorTenths, type TaskTimes } from '../../src/lib/metrics/task.ts';
import { parseDayFile } from '../../src/lib/schema/day-file.ts';
import { sampleFile } from '../support/npm-run.ts';

// Literal centiseconds: 1 h = 360 000 cs, 1 min = 6 000 cs.
const M = 6_000;

function task(human: number, ai: number, supervision: number): TaskTimes {
  return { human, ai, supervision };
}

describe('one task: factor and supervisory factor (vectors from a published day)', () => {
  it('28h / 17m / 2m → 98.8x and 840.0x', () => {
    // 1680 / 17 = 98.82… → 988 tenths; 1680 / 2 = 840 → 8400 tenths
    const [row] = rankTasks([task(10_080_000, 17 * M, 2 * M)]);
    expect(row).toMatchObject({ rank: 1, factor: 988, supervisionFactor: 8400 });
    expect([formatFactor(row!.factor), formatFactor(row!.supervisionFactor)]).toEqual(['98.8x', '840.0x']);
  });

  it('0.33h / 5m / 1m → 4.0x and 19.8x', () => {
    // 0.33 h = 19.8 min; 19.8 / 5 = 3.96 → 40 tenths; 19.8 / 1 → 198 tenths
    const [row] = rankTasks([task(118_800, 5 * M, 1 * M)]);
    expect(row).toMatchObject({ factor: 40, supervisionFactor: 198 });
    expect([formatFactor(row!.factor), formatFactor(row!.supervisionFactor)]).toEqual(['4.0x', '19.8x']);
  });

  it('1.25h / 5m / 1m → 15.0x and 75.0x', () => {
    // 75 min / 5 = 15; 75 / 1 = 75
    const [row] = rankTasks([task(450_000, 5 * M, 1 * M)]);
    expect(row).toMatchObject({ factor: 150, supervisionFactor: 750 });
    expect([formatFactor(row!.factor), formatFactor(row!.supervisionFactor)]).toEqual(['15.0x', '75.0x']);
  });

  it('3h / 13m → 13.8x, not the 13.9x a double rounding printed', () => {
    // 180 / 13 = 13.846…: one rounding to tenths gives 13.8; rounding to
    // hundredths first (13.85) and then to tenths gives 13.9.
    expect(factorTenths(1_080_000, 13 * M)).toBe(138);
    expect(formatFactor(factorTenths(1_080_000, 13 * M))).toBe('13.8x');
  });

  it('has no supervisory factor when supervision is 0m', () => {
    const [row] = rankTasks([task(360_000, 5 * M, 0)]);
    expect(row).toMatchObject({ factor: 120, supervisionFactor: null });
    expect(formatFactor(row!.supervisionFactor)).toBe('—');
    expect(factorTenths(360_000, 0)).toBeNull();
  });
});

describe('ranking', () => {
  it('puts the highest factor first and numbers the rows from 1', () => {
    const low = task(60 * M, 30 * M, M); // 2.0x
    const high = task(60 * M, 5 * M, M); // 12.0x
    const mid = task(60 * M, 10 * M, M); // 6.0x
    const ranked = rankTasks([low, high, mid]);
    expect(ranked.map((row) => row.task)).toEqual([high, mid, low]);
    expect(ranked.map((row) => row.rank)).toEqual([1, 2, 3]);
    expect(ranked.map((row) => row.factor)).toEqual([120, 60, 20]);
  });

  it('keeps the author order for exactly equal factors', () => {
    // 2h / 10m and 1h / 5m are both exactly 12x.
    const first = task(2 * 360_000, 10 * M, 3 * M);
    const second = task(360_000, 5 * M, 0);
    expect(rankTasks([first, second]).map((row) => row.task)).toEqual([first, second]);
    expect(rankTasks([second, first]).map((row) => row.task)).toEqual([second, first]);
  });

  it.each([14, 70])('ranks a day of %i tasks with many ties in factor order, ties in file order', (count) => {
    // Task i takes (i mod 7) + 1 hours in 1h of agent time: factors cycle 1x … 7x.
    const tasks = Array.from({ length: count }, (_, i) => task(((i % 7) + 1) * 360_000, 360_000, 0));
    const ranked = rankTasks(tasks).map((row) => tasks.indexOf(row.task));
    // 7x first: tasks 6, 13, 20, …; then 6x: 5, 12, 19, …; down to 1x: 0, 7, 14, ….
    const expected = [6, 5, 4, 3, 2, 1, 0].flatMap((first) => Array.from({ length: count / 7 }, (_, k) => first + 7 * k));
    expect(ranked).toEqual(expected);
    expect(rankTasks(tasks).map((row) => row.rank)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  it('does not tie 12.04x and 11.96x although both print as 12.0x', () => {
    // 60.2 min / 5 = 12.04 and 59.8 min / 5 = 11.96: both round to 120 tenths.
    const above = task(361_200, 5 * M, M); // 361 200 cs = 60.2 min
    const below = task(358_800, 5 * M, M); // 358 800 cs = 59.8 min
    // Written in that order, 11.96x first, it must still rank second.
    const ranked = rankTasks([below, above]);
    expect(ranked.map((row) => row.task)).toEqual([above, below]);
    expect(ranked.map((row) => formatFactor(row.factor))).toEqual(['12.0x', '12.0x']);
    expect(compareFactorsDescending(below, above)).toBeGreaterThan(0);
    expect(compareFactorsDescending(above, below)).toBeLessThan(0);
  });

  it.each([10, 70])('orders factors that print alike by their exact values, in a day of %i tasks', (count) => {
    // Task i takes 59.8 min (11.96x), 60.2 min (12.04x) or 60 min (12.0x exactly) in 5 min,
    // written in the order 11.96x, 12.04x, 12.0x, …: all three print as 12.0x (120 tenths).
    const humans = [358_800, 361_200, 360_000];
    const tasks = Array.from({ length: count }, (_, i) => task(humans[i % 3] as number, 5 * M, M));
    const ranked = rankTasks(tasks);
    expect(new Set(ranked.map((row) => row.factor))).toEqual(new Set([120]));
    // 12.04x first (tasks 1, 4, 7, …), then 12.0x (2, 5, 8, …), then 11.96x (0, 3, 6, …), each in file order.
    const expected = [1, 2, 0].flatMap((first) => Array.from({ length: count }, (_, i) => i).filter((i) => i % 3 === first));
    expect(ranked.map((row) => tasks.indexOf(row.task))).toEqual(expected);
    expect(ranked.map((row) => row.rank)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  it('compares exactly when cross products pass 2^53', () => {
    const p = 2 ** 50;
    // (p + 1) / p versus p / (p − 1): the second is larger, because
    // (p + 1)(p − 1) = p² − 1 < p². As doubles both products are 2^100.
    const a = task(p + 1, p, 0);
    const b = task(p, p - 1, 0);
    expect(compareFactorsDescending(a, b)).toBe(1);
    expect(compareFactorsDescending(b, a)).toBe(-1);
    // 3p / p and 6p / 2p are exactly equal (both 3).
    expect(compareFactorsDescending(task(3 * p, p, 0), task(6 * p, 2 * p, 0))).toBe(0);
  });
});

describe('day totals', () => {
  it('weights leverage by time: Σhuman ÷ Σai, not the mean of the factors', () => {
    // A: 600 min / 10 min = 60.0x, supervision 5 min → 120.0x
    // B:  60 min / 60 min =  1.0x, supervision 10 min →  6.0x
    // Mean of factors: (60 + 1) / 2 = 30.5x; weighted: 660 / 70 = 9.428… → 9.4x.
    // Mean of supervisory factors: (120 + 6) / 2 = 63.0x; weighted: 660 / 15 = 44.0x.
    const tasks = [task(600 * M, 10 * M, 5 * M), task(60 * M, 60 * M, 10 * M)];
    const { ranked, totals } = dayMetrics(tasks, null);
    expect(ranked.map((row) => row.factor)).toEqual([600, 10]);
    expect(ranked.map((row) => row.supervisionFactor)).toEqual([1200, 60]);
    expect(totals.leverage).toBe(94);
    expect(totals.leverage).not.toBe(305); // the mean of 600 and 10 tenths
    expect(totals.supervisionLeverage).toBe(440);
    expect(totals.supervisionLeverage).not.toBe(630); // the mean of 1200 and 60 tenths
  });

  it('has no supervisory leverage when no task was supervised', () => {
    const totals = dayTotals([task(360_000, 5 * M, 0), task(720_000, 10 * M, 0)], null);
    expect(totals.supervision).toBe(0);
    expect(totals.supervisionLeverage).toBeNull();
    expect(totals.leverage).toBe(120); // 180 min / 15 min
  });

  it('carries the token count, or null when the author logged none', () => {
    expect(dayTotals([task(M, M, 0)], 3_030_000).tokens).toBe(3_030_000);
    expect(dayTotals([task(M, M, 0)], null).tokens).toBeNull();
  });

  it('sums times exactly', () => {
    // 0.33h + 0.33h + 0.34h = 1h exactly: 118 800 + 118 800 + 122 400 = 360 000
    expect(totalTimes([task(118_800, M, 0), task(118_800, M, M), task(122_400, M, 2 * M)])).toEqual({
      human: 360_000,
      ai: 3 * M,
      supervision: 3 * M,
      supervisedHuman: 360_000, // every task logged supervision, the first 0m of it
    });
  });
});

describe('totals with nothing to divide by (one rule for a day, a tag and a group of days)', () => {
  it('gives a leverage of 0 when there is no agent time: no tasks at all', () => {
    expect(totalsOfSums(0, { human: 0, ai: 0, supervision: null, supervisedHuman: 0 }, null, 0)).toEqual({
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

  it('treats a day without tasks like an empty group of days: no 0 ÷ 0', () => {
    // No task logs supervision, so the day counts as unsupervised: 1.
    expect(dayTotals([], null)).toEqual({
      tasks: 0,
      human: 0,
      ai: 0,
      supervision: null,
      supervisedHuman: 0,
      unsupervisedDays: 1,
      tokens: null,
      leverage: 0,
      supervisionLeverage: null,
    });
    expect(sumTotals([]).leverage).toBe(0);
  });

  it('has no supervisory leverage over 0m of supervision, and one over any supervision', () => {
    // 1h = 60 min; 60 min / 0 min → none; 60 min / 5 min = 12.0x (120); 60 min / 7 min = 8.571… → 8.6x (86).
    const sums = (supervision: number | null) => ({ human: 60 * M, ai: 10 * M, supervision, supervisedHuman: 60 * M });
    expect(totalsOfSums(1, sums(0), null, 0).supervisionLeverage).toBeNull();
    expect(totalsOfSums(1, sums(null), null, 1).supervisionLeverage).toBeNull();
    expect(totalsOfSums(1, sums(5 * M), null, 0).supervisionLeverage).toBe(120);
    expect(totalsOfSums(1, sums(7 * M), null, 0).supervisionLeverage).toBe(86);
    expect(totalsOfSums(1, sums(7 * M), null, 0).leverage).toBe(60); // 60 min / 10 min = 6.0x
  });

  it('gives a group of days the same totals as the one day it holds', () => {
    // 0.33h in 5m, 1m: 19.8 min / 5 min = 3.96 → 4.0x (40); 19.8 min / 1 min = 19.8x (198).
    const day = dayTotals([task(118_800, 5 * M, M)], 42);
    expect(day).toMatchObject({ leverage: 40, supervisionLeverage: 198, unsupervisedDays: 0 });
    expect(sumTotals([day])).toEqual(day);
  });
});

/**
 * The 26 tasks of 2026-04-22 in the author's order, as [human, ai, supervision]
 * in centiseconds (hours × 360 000, minutes × 6 000), typed from the file.
 */
const APRIL_22: [number, number, number][] = [
  [10_080_000, 102_000, 12_000], // 28h / 17m / 2m
  [1_080_000, 78_000, 18_000], // 3h / 13m / 3m
  [4_320_000, 246_000, 24_000], // 12h / 41m / 4m
  [2_160_000, 132_000, 18_000], // 6h / 22m / 3m
  [118_800, 30_000, 6_000], // 0.33h / 5m / 1m
  [1_378_800, 114_000, 12_000], // 3.83h / 19m / 2m
  [5_760_000, 348_000, 36_000], // 16h / 58m / 6m
  [781_200, 54_000, 6_000], // 2.17h / 9m / 1m
  [2_880_000, 210_000, 24_000], // 8h / 35m / 4m
  [3_600_000, 282_000, 30_000], // 10h / 47m / 5m
  [450_000, 30_000, 6_000], // 1.25h / 5m / 1m
  [540_000, 66_000, 6_000], // 1.5h / 11m / 1m
  [1_800_000, 144_000, 18_000], // 5h / 24m / 3m
  [7_200_000, 372_000, 36_000], // 20h / 62m / 6m
  [1_260_000, 96_000, 12_000], // 3.5h / 16m / 2m
  [2_520_000, 168_000, 18_000], // 7h / 28m / 3m
  [270_000, 36_000, 6_000], // 0.75h / 6m / 1m
  [5_040_000, 312_000, 30_000], // 14h / 52m / 5m
  [900_000, 84_000, 12_000], // 2.5h / 14m / 2m
  [3_240_000, 228_000, 24_000], // 9h / 38m / 4m
  [601_200, 48_000, 6_000], // 1.67h / 8m / 1m
  [2_340_000, 180_000, 18_000], // 6.5h / 30m / 3m
  [1_378_800, 114_000, 12_000], // 3.83h / 19m / 2m
  [3_960_000, 264_000, 24_000], // 11h / 44m / 4m
  [810_000, 78_000, 12_000], // 2.25h / 13m / 2m
  [3_600_000, 408_000, 48_000], // 10h / 68m / 8m
];

/**
 * The Task Log order, as 0-based positions in the file, with factor and
 * supervisory factor in tenths (human minutes ÷ minutes, rounded half up once).
 * Exact ties keep file order: positions 10, 15, 23 are all exactly 15x
 * (75/5, 420/28, 660/44) and 5, 22 are the same task sizes (229.8/19).
 */
const APRIL_22_RANKED: [position: number, factor: number, supervisionFactor: number][] = [
  [0, 988, 8400], // 1680/17 = 98.82; 1680/2 = 840
  [13, 194, 2000], // 1200/62 = 19.35; 1200/6 = 200
  [2, 176, 1800], // 720/41 = 17.56; 720/4 = 180
  [6, 166, 1600], // 960/58 = 16.55; 960/6 = 160
  [3, 164, 1200], // 360/22 = 16.36; 360/3 = 120
  [17, 162, 1680], // 840/52 = 16.15; 840/5 = 168
  [10, 150, 750], // 75/5 = 15; 75/1
  [15, 150, 1400], // 420/28 = 15; 420/3
  [23, 150, 1650], // 660/44 = 15; 660/4
  [7, 145, 1302], // 130.2/9 = 14.47; 130.2/1
  [19, 142, 1350], // 540/38 = 14.21; 540/4
  [1, 138, 600], // 180/13 = 13.85 → 13.8; 180/3
  [8, 137, 1200], // 480/35 = 13.71; 480/4
  [14, 131, 1050], // 210/16 = 13.125; 210/2
  [21, 130, 1300], // 390/30 = 13; 390/3
  [9, 128, 1200], // 600/47 = 12.77; 600/5
  [20, 125, 1002], // 100.2/8 = 12.525 → 12.5; 100.2/1
  [12, 125, 1000], // 300/24 = 12.5; 300/3
  [5, 121, 1149], // 229.8/19 = 12.09; 229.8/2 = 114.9
  [22, 121, 1149], // same sizes as position 5
  [18, 107, 750], // 150/14 = 10.71; 150/2
  [24, 104, 675], // 135/13 = 10.38; 135/2 = 67.5
  [25, 88, 750], // 600/68 = 8.82; 600/8
  [11, 82, 900], // 90/11 = 8.18; 90/1
  [16, 75, 450], // 45/6 = 7.5; 45/1
  [4, 40, 198], // 19.8/5 = 3.96; 19.8/1
];

function checkApril22(tasks: readonly TaskTimes[], tokens: number | null): void {
  const { ranked, totals } = dayMetrics(tasks, tokens);
  expect(ranked.map((row) => [tasks.indexOf(row.task), row.factor, row.supervisionFactor])).toEqual(APRIL_22_RANKED);
  expect(ranked.map((row) => row.rank)).toEqual(Array.from({ length: 26 }, (_, index) => index + 1));
  // Σhuman = 189.08 h = 68 068 800 cs; Σai = 704 min; Σsupervision = 79 min.
  // Leverage 11 344.8 / 704 = 16.11… → 161; supervisory 11 344.8 / 79 = 143.60… → 1436.
  expect(totals).toEqual({
    tasks: 26,
    human: 68_068_800,
    ai: 704 * M,
    supervision: 79 * M,
    supervisedHuman: 68_068_800,
    unsupervisedDays: 0,
    tokens: 3_030_000,
    leverage: 161,
    supervisionLeverage: 1436,
  });
  expect(formatExactHours(totals.human)).toBe('189.08');
  expect(formatExactMinutes(totals.ai)).toBe('704');
  expect(formatSupervisionTotal(totals.supervision, totals.unsupervisedDays)).toBe('79');
  expect(formatFactor(totals.leverage)).toBe('16.1x');
  expect(formatFactor(totals.supervisionLeverage)).toBe('143.6x');
}

describe('the 26-task day of 2026-04-22', () => {
  it('from literal centiseconds: ranked rows, 189.08 h, 704 min, 79 min, 16.1x, 143.6x', () => {
    checkApril22(
      APRIL_22.map(([human, ai, supervision]) => task(human, ai, supervision)),
      3_030_000,
    );
  });

  it('from the sample file parsed with parseDayFile: the same numbers', () => {
    const bytes = readFileSync(sampleFile('content/days/2026-04-22.md'));
    const { day, diagnostics } = parseDayFile('content/days/2026-04-22.md', bytes);
    expect(diagnostics).toEqual([]);
    expect(day?.frontmatter.tasks.map((t) => [t.human, t.ai, t.supervision])).toEqual(APRIL_22);
    checkApril22(day!.frontmatter.tasks, day!.frontmatter.tokens ?? null);
  });
});
