/**
 * Metrics across days, each in one pass over the days in date order (linear
 * in the number of days: no day ever scans all the others).
 */
import { dayNumber } from '../dates.ts';
import type { Centiseconds } from '../duration.ts';
import { ratioInUnits } from '../exact.ts';
import type { DayTotals } from './day-metrics.ts';
import { compareFactorsDescending, type TaskTimes } from './task.ts';
import { sumTotals } from './group-totals.ts';

export interface DayPoint {
  /** YYYY-MM-DD */
  date: string;
  totals: DayTotals;
}

/**
 * Weighted leverage over a trailing window of calendar days (the day and the
 * `windowDays - 1` before it): Σ human ÷ Σ agent over the window, in tenths.
 * `points` must be in ascending date order.
 */
export function rollingLeverage(points: readonly DayPoint[], windowDays = 7): number[] {
  const result: number[] = [];
  // Each date read once: the window's start is compared with it again as the window moves.
  const days: number[] = [];
  let start = 0;
  let human = 0;
  let ai = 0;
  for (let index = 0; index < points.length; index++) {
    const point = points[index] as DayPoint;
    human += point.totals.human;
    ai += point.totals.ai;
    const today = dayNumber(point.date);
    days.push(today);
    while ((days[start] as number) <= today - windowDays) {
      human -= (points[start] as DayPoint).totals.human;
      ai -= (points[start] as DayPoint).totals.ai;
      start += 1;
    }
    result.push(ratioInUnits(human, ai, 1));
  }
  return result;
}

/** The most human-equivalent time any one day logged (0 for no days). */
export function largestHuman(points: readonly DayPoint[]): Centiseconds {
  let largest = 0;
  for (const point of points) if (point.totals.human > largest) largest = point.totals.human;
  return largest;
}

/** Running total of human-equivalent time, day by day (ascending order). */
export function cumulativeHuman(points: readonly DayPoint[]): Centiseconds[] {
  let sum = 0;
  return points.map((point) => (sum += point.totals.human));
}

export interface Group<K> {
  key: K;
  dates: string[];
  totals: DayTotals;
}

/** Days grouped by a key of their date (month "2026-04", year "2026"), in first-seen order. */
export function groupDays(points: readonly DayPoint[], keyOf: (date: string) => string): Group<string>[] {
  const groups = new Map<string, { dates: string[]; totals: DayTotals[] }>();
  for (const point of points) {
    const key = keyOf(point.date);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { dates: [], totals: [] }));
    group.dates.push(point.date);
    group.totals.push(point.totals);
  }
  return [...groups].map(([key, group]) => ({ key, dates: group.dates, totals: sumTotals(group.totals) }));
}

export const monthOf = (date: string): string => date.slice(0, 7);
export const yearOf = (date: string): string => date.slice(0, 4);

/** The days with the highest and the lowest weighted leverage (exact ratios; ties go to the earlier day). */
export function extremeDays(points: readonly DayPoint[]): { best: DayPoint; worst: DayPoint } | undefined {
  const [first] = points;
  if (!first) return undefined;
  let best = first;
  let worst = first;
  for (const point of points) {
    if (compareFactorsDescending(point.totals, best.totals) < 0) best = point;
    if (compareFactorsDescending(point.totals, worst.totals) > 0) worst = point;
  }
  return { best, worst };
}

/**
 * The `count` highest-factor items, highest first, in one pass that keeps
 * only `count` candidates (ties keep the earlier item).
 */
export function topByFactor<T extends TaskTimes>(items: readonly T[], count: number): T[] {
  const top: T[] = [];
  // By index: for…of over every task of a large site is far slower (bench/README.md).
  for (let at = 0; at < items.length; at++) {
    const item = items[at] as T;
    if (top.length === count && compareFactorsDescending(item, top[count - 1] as T) >= 0) continue;
    let index = top.length;
    while (index > 0 && compareFactorsDescending(item, top[index - 1] as T) < 0) index -= 1;
    top.splice(index, 0, item);
    if (top.length > count) top.pop();
  }
  return top;
}
