/**
 * Micro-benchmark of the metrics library at 10,000 days × 30 tasks: every
 * day's metrics and the cross-day figures the dashboard, archive and tag
 * pages need (what src/data/stats.ts asks for), timed in this process.
 */
import { performance } from 'node:perf_hooks';
import { CS_PER_MINUTE } from '../../src/lib/duration.ts';
import { dayMetrics, type DayMetrics } from '../../src/lib/metrics/day-metrics.ts';
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
import { groupByTag } from '../../src/lib/metrics/tag-groups.ts';
import { median } from './stats.ts';
import { seededRandom } from './synthetic.ts';

interface BenchTask extends TaskTimes {
  tags: string[];
}

interface BenchDay {
  date: string;
  tokens: number;
  tasks: BenchTask[];
}

const TAGS = ['course-platform', 'billing-service', 'docs-site', 'cli-tool', 'search-service', 'mobile-app'];

/** Task times as the generator draws them, in centiseconds. */
function syntheticDays(days: number, tasksPerDay: number, seed: number): BenchDay[] {
  const random = seededRandom(seed);
  const first = Date.UTC(2000, 0, 1);
  return Array.from({ length: days }, (_, index) => ({
    date: new Date(first + index * 86_400_000).toISOString().slice(0, 10),
    tokens: Math.floor(random() * 4_000_000),
    tasks: Array.from({ length: tasksPerDay }, () => {
      const ai = (2 + Math.floor(random() * 60)) * CS_PER_MINUTE;
      return {
        human: Math.max(15 * CS_PER_MINUTE, Math.round(ai * (2 + random() * 30))),
        ai,
        supervision: Math.floor(random() * 8) * CS_PER_MINUTE,
        tags: [TAGS[Math.floor(random() * TAGS.length)] as string],
      };
    }),
  }));
}

type Step = [name: string, run: () => unknown];

/**
 * The steps of one pass, in the order the build needs them; later steps read
 * what earlier ones made. Lists across days are gathered with plain loops by
 * index, as src/data/stats.ts gathers them (flatMap and for…of took several
 * times as long).
 */
function steps(days: readonly BenchDay[]): Step[] {
  let metrics: DayMetrics<BenchTask>[] = [];
  let points: DayPoint[] = [];
  let tasks: BenchTask[] = [];
  return [
    ['dayMetrics (every day)', () => (metrics = days.map((day) => dayMetrics(day.tasks, day.tokens)))],
    [
      'points and task list',
      () => {
        points = days.map((day, index) => ({ date: day.date, totals: (metrics[index] as DayMetrics<BenchTask>).totals }));
        tasks = [];
        for (let at = 0; at < metrics.length; at++)
          for (const ranked of (metrics[at] as DayMetrics<BenchTask>).ranked) tasks.push(ranked.task);
      },
    ],
    ['sumTotals (all time)', () => sumTotals(points.map((point) => point.totals))],
    ['rollingLeverage', () => rollingLeverage(points)],
    ['cumulativeHuman', () => cumulativeHuman(points)],
    ['groupDays (months, years)', () => [groupDays(points, monthOf), groupDays(points, yearOf)]],
    ['extremeDays', () => extremeDays(points)],
    ['topByFactor (10)', () => topByFactor(tasks, 10)],
    [
      'factorHistogram',
      () => {
        const factors: number[] = [];
        for (let at = 0; at < metrics.length; at++)
          for (const ranked of (metrics[at] as DayMetrics<BenchTask>).ranked) factors.push(ranked.factor);
        return factorHistogram(factors);
      },
    ],
    ['groupByTag', () => groupByTag(tasks)],
  ];
}

export interface MetricsBenchmark {
  days: number;
  tasksPerDay: number;
  iterations: number;
  /** Median of the whole pass, in milliseconds. */
  medianMs: number;
  steps: { name: string; medianMs: number }[];
}

export function benchmarkMetrics(days = 10_000, tasksPerDay = 30, iterations = 15): MetricsBenchmark {
  const input = syntheticDays(days, tasksPerDay, 7);
  const totals: number[] = [];
  const byStep = new Map<string, number[]>();
  // Three untimed passes first, so the figures are of optimised code, as in a long build.
  for (let pass = 0; pass < iterations + 3; pass++) {
    let total = 0;
    for (const [name, run] of steps(input)) {
      const started = performance.now();
      run();
      const elapsed = performance.now() - started;
      total += elapsed;
      if (pass >= 3) byStep.set(name, [...(byStep.get(name) ?? []), elapsed]);
    }
    if (pass >= 3) totals.push(total);
  }
  return {
    days,
    tasksPerDay,
    iterations,
    medianMs: median(totals),
    steps: [...byStep].map(([name, times]) => ({ name, medianMs: median(times) })),
  };
}
