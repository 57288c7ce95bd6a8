/**
 * Cross-day figures for the dashboard, archive and tag pages, computed once
 * per build from the published days by the library.
 */
import { factorHistogram, type Bin } from '../lib/metrics/histogram.ts';
import type { RankedTask } from '../lib/metrics/day.ts';
import {
  cumulativeHuman,
  extremeDays,
  groupDays,
  largestHuman,
  monthOf,
  rollingLeverage,
  topByFactor,
  yearOf,
  type DayPoint,
  type Group,
} from '../lib/metrics/series.ts';
import { sumTotals } from '../lib/metrics/totals.ts';
import type { DayTotals } from '../lib/metrics/day.ts';
import { groupByTag, type TagGroup } from '../lib/metrics/tags.ts';
import { getPublishedDays, type LoggedTask, type PublishedDay } from './published.ts';

/** A task with the day it belongs to, for lists that span days. */
export interface TaskOfDay {
  day: PublishedDay;
  ranked: RankedTask<LoggedTask>;
  human: number;
  ai: number;
  supervision: number;
  tags: string[];
}

export interface SiteStats {
  /** Oldest first, as charts read. */
  ascending: PublishedDay[];
  points: DayPoint[];
  allTime: DayTotals;
  rolling: number[];
  cumulative: number[];
  /** The most human-equivalent time of any one day. */
  peakHuman: number;
  months: Group<string>[];
  years: Group<string>[];
  extremes: { best: DayPoint; worst: DayPoint } | undefined;
  topTasks: TaskOfDay[];
  histogram: Bin[];
  tags: TagGroup<TaskOfDay>[];
}

function tasksOf(days: readonly PublishedDay[]): TaskOfDay[] {
  return days.flatMap((day) =>
    day.metrics.ranked.map((ranked) => ({
      day,
      ranked,
      human: ranked.task.human,
      ai: ranked.task.ai,
      supervision: ranked.task.supervision,
      tags: ranked.task.tags,
    })),
  );
}

let cache: { days: PublishedDay[]; stats: SiteStats } | undefined;

export async function getSiteStats(): Promise<SiteStats> {
  const days = await getPublishedDays();
  if (cache?.days === days) return cache.stats;
  const ascending = [...days].reverse();
  const points = ascending.map((day) => ({ date: day.date, totals: day.metrics.totals }));
  const tasks = tasksOf(ascending);
  const stats: SiteStats = {
    ascending,
    points,
    allTime: sumTotals(points.map((point) => point.totals)),
    rolling: rollingLeverage(points),
    cumulative: cumulativeHuman(points),
    peakHuman: largestHuman(points),
    months: groupDays(points, monthOf),
    years: groupDays(points, yearOf),
    extremes: extremeDays(points),
    topTasks: topByFactor(tasks, 10),
    histogram: factorHistogram(tasks.map((task) => task.ranked.factor)),
    tags: groupByTag(tasks),
  };
  cache = { days, stats };
  return stats;
}
