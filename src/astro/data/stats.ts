/**
 * Cross-day figures for the dashboard, archive and tag pages, computed once
 * per build from the published days by the library.
 */
import { factorHistogram, type Bin } from '../../lib/metrics/histogram.ts';
import type { RankedTask } from '../../lib/metrics/day-metrics.ts';
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
} from '../../lib/metrics/series.ts';
import { sumTotals } from '../../lib/metrics/group-totals.ts';
import type { DayTotals } from '../../lib/metrics/day-metrics.ts';
import { groupByTag, newestDayFirst, type TagGroup } from '../../lib/metrics/tag-groups.ts';
import { paginate, type ListPage } from '../../lib/post/pagination.ts';
import { getPublishedDays, getSite, type LoggedTask, type PublishedDay } from './published.ts';

/** A task with the day it belongs to, for lists that span days. */
export interface TaskOfDay {
  day: PublishedDay;
  ranked: RankedTask<LoggedTask>;
  human: number;
  ai: number;
  /** Absent on a day that logged no supervision. */
  supervision?: number | undefined;
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

/** Every task of `days`, in their order, each day's in rank order; plain loops by index, far faster than flatMap or for…of over a large site's days (bench/README.md). */
function tasksOf(days: readonly PublishedDay[]): TaskOfDay[] {
  const tasks: TaskOfDay[] = [];
  for (let at = 0; at < days.length; at++) {
    const day = days[at] as PublishedDay;
    for (const ranked of day.metrics.ranked) {
      const { human, ai, supervision, tags } = ranked.task;
      tasks.push({ day, ranked, human, ai, supervision, tags });
    }
  }
  return tasks;
}

function factorsOf(tasks: readonly TaskOfDay[]): number[] {
  const factors: number[] = [];
  for (let at = 0; at < tasks.length; at++) factors.push((tasks[at] as TaskOfDay).ranked.factor);
  return factors;
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
    histogram: factorHistogram(factorsOf(tasks)),
    tags: groupByTag(tasks),
  };
  cache = { days, stats };
  return stats;
}

/** One page of a tag's tasks, with the tag and its totals over all its pages. */
export interface TagPage {
  tag: TagGroup<TaskOfDay>;
  page: ListPage<TaskOfDay>;
}

/** Every tag's pages: its tasks newest day first, `tasksPerTagPage` (site.yaml) a page, at tags/<tag>/, tags/<tag>/page/2/ … */
export async function getTagPages(): Promise<TagPage[]> {
  const [{ tags }, site] = await Promise.all([getSiteStats(), getSite()]);
  return tags.flatMap((tag) => {
    const ordered = newestDayFirst(
      tag.items,
      (item) => item.day.date,
      (item) => item.ranked.rank,
    );
    return paginate(ordered, site.tasksPerTagPage, `tags/${tag.slug}/`).map((page) => ({ tag, page }));
  });
}
