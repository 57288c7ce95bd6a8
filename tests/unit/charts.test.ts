/**
 * Chart geometry computed from the data: bars, dots, lines, axes and labels.
 * Positions are worked out by hand in the comments from the frame:
 * WIDE is 880 × 300 at 12 px, so the plot's right edge is 880 − 12 = 868,
 * its top 12 and its bottom 300 − 2.5 × 12 = 270; the left edge is
 * ceil(longest y label × 0.6 × 12 + 12). NARROW is 340 × 220 at 11 px:
 * right 329, top 11, bottom 192.5. A day's slot centre is
 * left + (days since the first + 0.5) × slot, slot = (right − left) ÷ days.
 */
import { describe, expect, it } from 'vitest';
import { cumulativeChart, histogramChart, hoursPerDayChart, leverageChart, type ChartGeometry } from '../../src/lib/charts/charts.ts';
import { frame, NARROW, thinLabels, WIDE } from '../../src/lib/charts/frame.ts';
import { niceStep, valueTicks } from '../../src/lib/charts/scale.ts';
import { timeScale, timeTicks } from '../../src/lib/charts/time-axis.ts';
import type { DayTotals } from '../../src/lib/metrics/day-metrics.ts';
import type { DayPoint } from '../../src/lib/metrics/series.ts';

const H = 360_000;
const M = 6_000;
const label = (date: string) => `day ${date}`;

function day(date: string, human: number, leverage: number): DayPoint {
  const totals: DayTotals = {
    tasks: 1,
    human,
    ai: 10 * M,
    supervision: M,
    supervisedHuman: human,
    unsupervisedDays: 0,
    tokens: null,
    leverage,
    supervisionLeverage: null,
  };
  return { date, totals };
}

/** Three days with a two-day gap: April 1, 2 and 5. */
const gapped = [day('2026-04-01', 10 * H, 60), day('2026-04-02', 20 * H, 120), day('2026-04-05', 40 * H, 30)];

/** n consecutive days from `first`, 8 h each (test scaffolding only). */
function consecutive(first: string, n: number): DayPoint[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: n }, (_, index) => day(new Date(start + index * 86_400_000).toISOString().slice(0, 10), 8 * H, 80));
}

function linePoints(line: string): [number, number][] {
  return line.split(' ').map((pair) => pair.split(',').map(Number) as [number, number]);
}

describe('niceStep and valueTicks', () => {
  it.each([
    [40, 10], //    40 / 4 = 10 → 1 × 10
    [12, 5], //     12 / 4 = 3 → 1, 2, 2.5 are too small → 5
    [9, 2.5], //    9 / 4 = 2.25 → 2.5
    [7, 2], //      7 / 4 = 1.75 → 2
    [189.08, 50], // 189.08 / 4 = 47.27 → 50
    [1000, 250], // 1000 / 4 = 250 → 2.5 × 100
    [4, 1], //      4 / 4 = 1 → 1
  ])('max %d in 4 parts → step %d', (max, step) => {
    expect(niceStep(max, 4)).toBe(step);
  });

  it('steps by 1 when there is nothing to show', () => {
    expect(niceStep(0, 4)).toBe(1);
  });

  it('ticks from 0 to the first step at or above the maximum', () => {
    // 189.08 → step 50, domain 0..200, mapped onto 100 (bottom) .. 0 (top): 25 units per step.
    const { ticks, domainMax } = valueTicks(189.08, 4, 100, 0);
    expect(domainMax).toBe(200);
    expect(ticks).toEqual([
      { value: 0, at: 100 },
      { value: 50, at: 75 },
      { value: 100, at: 50 },
      { value: 150, at: 25 },
      { value: 200, at: 0 },
    ]);
    // Exactly on a step: 40 → 0, 10, 20, 30, 40 (no extra step above).
    expect(valueTicks(40, 4, 40, 0).ticks.map((tick) => tick.value)).toEqual([0, 10, 20, 30, 40]);
  });
});

describe('frame', () => {
  it('leaves room for the y labels and the x labels', () => {
    // 2 chars × 0.6 × 12 + 12 = 26.4 → 27; bottom 300 − 30 = 270; y labels end at 27 − 6 = 21; x labels at 300 − 12 = 288
    expect(frame(WIDE, 2)).toEqual({
      width: 880,
      height: 300,
      fontSize: 12,
      left: 27,
      right: 868,
      top: 12,
      bottom: 270,
      yLabelX: 21,
      xLabelY: 288,
    });
    // 4 chars × 0.6 × 11 + 11 = 37.4 → 38; bottom 220 − 27.5 = 192.5; y labels end at 38 − 5.5 = 32.5; x labels at 220 − 11 = 209
    expect(frame(NARROW, 4)).toEqual({
      width: 340,
      height: 220,
      fontSize: 11,
      left: 38,
      right: 329,
      top: 11,
      bottom: 192.5,
      yLabelX: 32.5,
      xLabelY: 209,
    });
  });
});

describe('hours per day: bars from the data', () => {
  // Values 10, 20, 40 h → step 10, axis 0..40, labels "0h".."40h" (3 chars, the unit on every tick) → left ceil(3 × 7.2 + 12) = 34.
  // y(v) = 270 − 258 × v / 40. Slots: April 1..5 is 5 days, slot (868 − 34) / 5 = 166.8.
  // Centres: Apr 1 → 34 + 0.5 × 166.8 = 117.4; Apr 2 → 34 + 1.5 × 166.8 = 284.2; Apr 5 → 34 + 4.5 × 166.8 = 784.6.
  // Bar width 0.7 × 166.8 = 116.76, so each bar starts 58.38 left of its centre.
  const chart = hoursPerDayChart(gapped, WIDE, 'en', label);

  it('has the y axis of the nice maximum, in hours', () => {
    expect(chart.frame).toMatchObject({ left: 34, right: 868, top: 12, bottom: 270 });
    // Each label's baseline sits a third of the font size (12 / 3 = 4) below its grid line.
    expect(chart.yTicks).toEqual([
      { y: 270, textY: 274, label: '0h' },
      { y: 205.5, textY: 209.5, label: '10h' }, // 270 − 64.5
      { y: 141, textY: 145, label: '20h' }, //   270 − 129
      { y: 76.5, textY: 80.5, label: '30h' }, //  270 − 193.5
      { y: 12, textY: 16, label: '40h' },
    ]);
  });

  it('draws each bar in its calendar slot with a height proportional to its value', () => {
    const expected = [
      { x: 59.02, y: 205.5, height: 64.5, title: 'day 2026-04-01: 10.0 h' }, //  117.4 − 58.38; 258 × 10/40
      { x: 225.82, y: 141, height: 129, title: 'day 2026-04-02: 20.0 h' }, //   284.2 − 58.38; 258 × 20/40
      { x: 726.22, y: 12, height: 258, title: 'day 2026-04-05: 40.0 h' }, //    784.6 − 58.38; 258 × 40/40
    ];
    expect(chart.bars).toHaveLength(3);
    chart.bars.forEach((bar, index) => {
      const want = expected[index]!;
      expect(bar.x).toBeCloseTo(want.x, 2);
      expect(bar.y).toBeCloseTo(want.y, 2);
      expect(bar.width).toBeCloseTo(116.76, 2);
      expect(bar.height).toBeCloseTo(want.height, 2);
      expect(bar.y + bar.height).toBeCloseTo(270, 2); // every bar stands on the axis
      expect(bar.title).toBe(want.title);
    });
  });

  it('leaves the missing days (April 3 and 4) as an empty gap', () => {
    const [, second, third] = chart.bars;
    // Apr 2 → Apr 5 is three slots: 3 × 166.8 = 500.4 between bar starts, two empty slots between them.
    expect(third!.x - second!.x).toBeCloseTo(500.4, 2);
    expect(third!.x - (second!.x + second!.width)).toBeGreaterThan(2 * 166.8);
  });

  it("titles a bar with the day's exact hours, as its post shows them", () => {
    // 6.08 h = 2 188 800 cs; 189.08 h = 68 068 800 cs: never 6.1 and 189.1.
    const bars = hoursPerDayChart([day('2026-04-16', 2_188_800, 89), day('2026-04-17', 68_068_800, 161)], WIDE, 'en', label).bars;
    expect(bars.map((bar) => bar.title)).toEqual(['day 2026-04-16: 6.08 h', 'day 2026-04-17: 189.08 h']);
  });

  it('scales the narrow drawing the same way', () => {
    // NARROW: labels "0h".."40h" → left ceil(3 × 6.6 + 11) = 31; bottom 192.5, top 11 → 181.5 tall.
    const narrow = hoursPerDayChart(gapped, NARROW, 'en', label);
    // Tops are drawn to 0.01 and bars reach down from them to the axis: Apr 1's top is
    // 192.5 − 181.5 × ¼ = 147.125 → 147.13, so its height is 192.5 − 147.13 = 45.37; then 181.5 × ½, 181.5 × 1.
    expect(narrow.bars.map((bar) => bar.height)).toEqual([45.37, 90.75, 181.5]);
    // slot (329 − 31) / 5 = 59.6; Apr 1 centre 31 + 29.8 = 60.8; width 0.7 × 59.6 = 41.72 → x 60.8 − 20.86 = 39.94
    expect(narrow.bars[0]!.x).toBeCloseTo(39.94, 2);
    expect(narrow.bars[0]!.width).toBeCloseTo(41.72, 2);
    expect(narrow.yTicks.map((tick) => tick.label)).toEqual(['0h', '10h', '20h', '30h', '40h']);
  });
});

describe('leverage: dots and the rolling line', () => {
  // Daily 6.0x, 12.0x, 3.0x; rolling (given) 6.0x, 9.0x, 7.0x. Highest 12 → step 5, axis 0..15,
  // labels "0x" … "15x" (3 chars) → left ceil(3 × 7.2 + 12) = 34; slot (868 − 34) / 5 = 166.8.
  // Centres 34 + 83.4 = 117.4, 34 + 250.2 = 284.2, 34 + 750.6 = 784.6; y(v) = 270 − 258 × v / 15 = 270 − 17.2 v.
  const chart = leverageChart(gapped, [60, 90, 70], WIDE, 'en', label);

  it('places a dot per day', () => {
    const expected = [
      [117.4, 166.8], // 270 − 17.2 × 6
      [284.2, 63.6], //  270 − 17.2 × 12
      [784.6, 218.4], // 270 − 17.2 × 3
    ];
    expect(chart.dots.map((dot) => [dot.cx, dot.cy])).toEqual(expected.map(([x, y]) => [expect.closeTo(x!, 2), expect.closeTo(y!, 2)]));
    // r = min(12 / 4, max(0.8, 0.35 × 166.8)) = 3
    expect(chart.dots.every((dot) => dot.r === 3)).toBe(true);
    expect(chart.dots[1]!.title).toBe('day 2026-04-02: 12.0x, 7-day 9.0x');
  });

  it('draws the rolling line through the same slots', () => {
    const points = linePoints(chart.line);
    // 270 − 17.2 × 6 = 166.8; × 9 → 115.2; × 7 → 149.6
    expect(points).toEqual([
      [expect.closeTo(117.4, 2), expect.closeTo(166.8, 2)],
      [expect.closeTo(284.2, 2), expect.closeTo(115.2, 2)],
      [expect.closeTo(784.6, 2), expect.closeTo(149.6, 2)],
    ]);
    expect(chart.yTicks.map((tick) => [tick.y, tick.label])).toEqual([
      [270, '0x'],
      [184, '5x'], // 270 − 86
      [98, '10x'],
      [12, '15x'],
    ]);
  });

  it('shrinks dots when days are dense', () => {
    // 1,000 days on NARROW: slot ≈ 0.31, 0.35 × slot < 0.8 → r = 0.8
    const dense = consecutive('2024-01-01', 1000);
    const chart = leverageChart(
      dense,
      dense.map(() => 80),
      NARROW,
      'en',
      label,
    );
    expect(chart.dots[0]!.r).toBe(0.8);
  });
});

describe('cumulative hours: the running total as a line', () => {
  it('rises through the calendar slots', () => {
    // Running totals 10, 30, 70 h (given) → step 20, axis 0..80, labels "0h".."80h" (3 chars) → left 34, slot 166.8.
    // y(v) = 270 − 258 × v / 80 = 270 − 3.225 v: 10 → 237.75, 30 → 173.25, 70 → 44.25
    const chart = cumulativeChart(gapped, [10 * H, 30 * H, 70 * H], WIDE, 'en');
    expect(linePoints(chart.line)).toEqual([
      [expect.closeTo(117.4, 2), expect.closeTo(237.75, 2)],
      [expect.closeTo(284.2, 2), expect.closeTo(173.25, 2)],
      [expect.closeTo(784.6, 2), expect.closeTo(44.25, 2)],
    ]);
    expect(chart.yTicks.map((tick) => tick.label)).toEqual(['0h', '20h', '40h', '60h', '80h']);
  });
});

describe('factor histogram: bars per bin', () => {
  // Counts 1, 4, 2 → step 1, axis 0..4, labels 1 char → left ceil(7.2 + 12) = 20; 3 slots of 848 / 3 = 282.67.
  // Bar i at 20 + i × 282.67 + 28.27 (a tenth of a slot), 226.13 wide (0.8 of a slot); y(v) = 270 − 64.5 v.
  const chart = histogramChart(
    [
      { from: 0, to: 10, count: 1 },
      { from: 10, to: 20, count: 4 },
      { from: 20, to: 50, count: 2 },
    ],
    WIDE,
  );

  it('draws bars of equal width with heights from the counts', () => {
    expect(chart.bars.map((bar) => ({ ...bar }))).toEqual([
      { x: expect.closeTo(48.27, 2), y: 205.5, width: expect.closeTo(226.13, 2), height: 64.5, title: 'under 1x: 1 task' },
      { x: expect.closeTo(330.93, 2), y: 12, width: expect.closeTo(226.13, 2), height: 258, title: '1x to 2x: 4 tasks' },
      { x: expect.closeTo(613.6, 2), y: 141, width: expect.closeTo(226.13, 2), height: 129, title: '2x to 5x: 2 tasks' },
    ]);
  });

  it('labels the inner bin edges', () => {
    // "1x" at the start of the second slot (20 + 282.67), "2x" at the third (20 + 565.33)
    expect(chart.xTicks).toEqual([
      { x: expect.closeTo(302.67, 2), label: '1x' },
      { x: expect.closeTo(585.33, 2), label: '2x' },
    ]);
  });
});

describe('time axis', () => {
  it('gives each day a slot, so gaps stay visible', () => {
    // April 1..5 over 0..500: 5 slots of 100; Apr 3 (a missing day) still has its centre at 250.
    const scale = timeScale('2026-04-01', '2026-04-05', 0, 500);
    expect(scale.slot).toBe(100);
    expect(['2026-04-01', '2026-04-03', '2026-04-05'].map(scale.x)).toEqual([50, 250, 450]);
  });

  it('labels a single day with its date', () => {
    const scale = timeScale('2026-04-22', '2026-04-22', 0, 300);
    expect(timeTicks(['2026-04-22'], scale, 12, 'en', 300)).toEqual([{ x: 150, label: 'Apr 22' }]);
  });

  it('labels every day when there is room', () => {
    // 3 days over 600 units: 200 apart; "Apr 22" needs 6 × 7.2 + 12 = 55.2
    const scale = timeScale('2026-04-22', '2026-04-24', 0, 600);
    expect(timeTicks(['2026-04-22', '2026-04-23', '2026-04-24'], scale, 12, 'en', 600)).toEqual([
      { x: 100, label: 'Apr 22' },
      { x: 300, label: 'Apr 23' },
      { x: 500, label: 'Apr 24' },
    ]);
  });

  it('labels the first and last day, and from the left each day that fits between', () => {
    // April 1..10 over 0..300 at 10 px: slot 30, day i at 15 + 30i. "Apr 1" is 5 × 6 = 30 wide
    // (box 40), "Apr 10" 36 (box 46), kept inside the drawing: Apr 10 at 300 − 18 = 282, not 285.
    // Apr 3 (75), 5 (135) and 7 (195) are 60 from the label before; Apr 9 (255) is 27 from Apr 10.
    const dates = Array.from({ length: 10 }, (_, index) => `2026-04-${String(index + 1).padStart(2, '0')}`);
    const scale = timeScale('2026-04-01', '2026-04-10', 0, 300);
    expect(timeTicks(dates, scale, 10, 'en', 300)).toEqual([
      { x: 15, label: 'Apr 1' },
      { x: 75, label: 'Apr 3' },
      { x: 135, label: 'Apr 5' },
      { x: 195, label: 'Apr 7' },
      { x: 282, label: 'Apr 10' },
    ]);
  });

  it('never labels a day without a post', () => {
    // The same axis with posts on April 1, 2, 6 and 10 only: Apr 2 (45) is 30 from Apr 1, too close.
    const scale = timeScale('2026-04-01', '2026-04-10', 0, 300);
    expect(timeTicks(['2026-04-01', '2026-04-02', '2026-04-06', '2026-04-10'], scale, 10, 'en', 300)).toEqual([
      { x: 15, label: 'Apr 1' },
      { x: 165, label: 'Apr 6' },
      { x: 282, label: 'Apr 10' },
    ]);
  });

  it('gives the year when the days cross a year, or span more than 90 days', () => {
    const crossing = timeScale('2025-12-30', '2026-01-02', 0, 800);
    expect(timeTicks(['2025-12-30', '2026-01-02'], crossing, 12, 'en', 800).map((tick) => tick.label)).toEqual([
      'Dec 30, 2025',
      'Jan 2, 2026',
    ]);
    // January 1 to April 1, 2026 is 90 days: no year; to April 2, 91 days: the year.
    const quarter = timeScale('2026-01-01', '2026-04-01', 0, 800);
    expect(timeTicks(['2026-01-01', '2026-04-01'], quarter, 12, 'en', 800).map((tick) => tick.label)).toEqual(['Jan 1', 'Apr 1']);
    const longer = timeScale('2026-01-01', '2026-04-02', 0, 800);
    expect(timeTicks(['2026-01-01', '2026-04-02'], longer, 12, 'en', 800).map((tick) => tick.label)).toEqual([
      'Jan 1, 2026',
      'Apr 2, 2026',
    ]);
  });
});

describe('the narrow charts on a phone', () => {
  // 8 h a day: y labels "0h".."8h", so left = ceil(2 × 6.6 + 11) = 25; NARROW's plot is 25..329.
  it('label the first and last posts, and posts between, not a day without one', () => {
    // Posts April 14–17 and 21–24, 2026: 11 days, slot 304 ÷ 11 = 27.64, day i at 25 + (i + 0.5) × 27.64.
    // "Apr 14" is 39.6 wide, box 50.6: Apr 14 (38.82), Apr 16 (94.09, 55.3 on), Apr 21 (232.27),
    // Apr 24 (315.18); Apr 23 (287.55) is only 27.64 from Apr 24. (Before: one label, "Apr 20", no post.)
    const posts = ['14', '15', '16', '17', '21', '22', '23', '24'].map((date) => day(`2026-04-${date}`, 8 * H, 80));
    const chart = hoursPerDayChart(posts, NARROW, 'en', label);
    expect(chart.xTicks).toEqual([
      { x: 38.82, label: 'Apr 14' },
      { x: 94.09, label: 'Apr 16' },
      { x: 232.27, label: 'Apr 21' },
      { x: 315.18, label: 'Apr 24' },
    ]);
  });

  it('give the year over a long span, and keep the first and last labels inside the drawing', () => {
    // 2024-03-15 to 2025-07-27 is 500 days: slot 304 ÷ 500 = 0.608. "Mar 15, 2024" is 12 × 6.6 = 79.2
    // wide: centred on its slot (25.3) it would hang past the edge, so it sits at 39.6, and
    // "Jul 27, 2025" at 340 − 39.6 = 300.4. Oct 1, 2024 (day 200) is at 25 + 200.5 × 0.608 = 146.9,
    // 107.3 from the first label (boxes 90.2 and 83.6 need 86.9); Mar 20, 2024 (28.3) and
    // Jul 20, 2025 (324.4) are too close to the ends. (Before: one label, "2025", on no post.)
    const dates = ['2024-03-15', '2024-03-20', '2024-10-01', '2025-07-20', '2025-07-27'];
    const chart = hoursPerDayChart(
      dates.map((date) => day(date, 8 * H, 80)),
      NARROW,
      'en',
      label,
    );
    expect(chart.xTicks).toEqual([
      { x: 39.6, label: 'Mar 15, 2024' },
      { x: 146.9, label: 'Oct 1, 2024' },
      { x: 300.4, label: 'Jul 27, 2025' },
    ]);
  });
});

describe('thinLabels', () => {
  it('keeps every k-th label for the smallest k without overlaps', () => {
    // "1x" at 10 px: 2 × 6 + 10 = 22 wide. Every label: 10 apart < 22. Every 2nd: 20 < 22. Every 3rd: 30 ≥ 22.
    const ticks = [0, 10, 20, 30, 40].map((x) => ({ x, label: '1x' }));
    expect(thinLabels(ticks, 10).map((tick) => tick.x)).toEqual([0, 30]);
  });

  it('keeps all labels that already fit, and nothing is lost from an empty list', () => {
    const ticks = [0, 22, 44].map((x) => ({ x, label: '1x' }));
    expect(thinLabels(ticks, 10)).toEqual(ticks);
    expect(thinLabels([], 10)).toEqual([]);
  });
});

describe('no overlapping or clipped x labels', () => {
  /** A label's box as the code estimates it: chars × 0.6 × size plus a gap of one size. */
  const box = (text: string, fontSize: number) => text.length * 0.6 * fontSize + fontSize;

  function expectReadable(chart: ChartGeometry): void {
    const { xTicks, frame: f } = chart;
    expect(xTicks.length).toBeGreaterThan(0);
    for (let index = 1; index < xTicks.length; index++) {
      const before = xTicks[index - 1]!;
      const tick = xTicks[index]!;
      expect(tick.x).toBeGreaterThan(before.x);
      // Centred labels: the gap between centres must hold half of each box.
      expect(tick.x - before.x).toBeGreaterThanOrEqual((box(before.label, f.fontSize) + box(tick.label, f.fontSize)) / 2);
    }
    for (const tick of xTicks) {
      // The text itself (without the gap) stays inside the drawing.
      const half = (tick.label.length * 0.6 * f.fontSize) / 2;
      expect(tick.x - half).toBeGreaterThanOrEqual(0);
      expect(tick.x + half).toBeLessThanOrEqual(f.width);
    }
  }

  describe.each([
    ['1 day', consecutive('2026-04-22', 1)],
    ['30 days', consecutive('2026-04-01', 30)],
    ['1,000 days', consecutive('2024-01-01', 1000)],
    ['10,000 days', consecutive('2000-01-01', 10_000)],
  ])('%s', (_name, points) => {
    it.each([
      ['NARROW', NARROW],
      ['WIDE', WIDE],
    ])('%s', (_size, size) => {
      expectReadable(hoursPerDayChart(points, size, 'en', label));
      expectReadable(
        leverageChart(
          points,
          points.map(() => 80),
          size,
          'en',
          label,
        ),
      );
      expectReadable(
        cumulativeChart(
          points,
          points.map((_, index) => (index + 1) * 8 * H),
          size,
          'en',
        ),
      );
    });
  });

  it.each([
    ['NARROW', NARROW],
    ['WIDE', WIDE],
  ])('histogram with many bins, %s', (_size, size) => {
    // Factors from 0.5x to 100,000x: 17 bins, inner edges "1x" … "100,000x" — too many for one row.
    const froms = [0, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000];
    const bins = froms.map((from, index) => ({ from, to: froms[index + 1] ?? 2_000_000, count: index + 1 }));
    expectReadable(histogramChart(bins, size));
  });
});
