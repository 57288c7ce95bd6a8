/**
 * Checked days in their place among the published days: each day's metrics,
 * the published days around it (see sequence.ts for drafts) and every
 * published day's metrics, for figures the prose gives as another day's.
 * The check and --fix read days this way, and so do the pages and feeds
 * (publish.ts), so all of them agree on what a day's figures are.
 */
import type { ElementContent } from 'hast';
import { dayMetrics, type DayMetrics, type DayTotals } from '../metrics/day-metrics.ts';
import type { DayFrontmatter, Task } from '../schema/day-schema.ts';
import { effectiveTags } from '../schema/tags.ts';
import { inSequence } from './sequence.ts';

/** What a published day is made from: the check's DaySource and the pages' collection entries both have it. */
export interface CheckedDay {
  date: string;
  frontmatter: DayFrontmatter;
}

export interface LoggedTask extends Task {
  /** The title's inline Markdown as hast (as typed, in text, where nothing is rendered: the check). */
  titleNodes: ElementContent[];
  /** The day's tags and the task's own. */
  tags: string[];
}

/** A published day next to another, with what its comparison and `previous.*` references need. */
export interface Neighbour<D> {
  day: D;
  date: string;
  totals: DayTotals;
}

export interface DayInContext<D extends CheckedDay = CheckedDay> {
  day: D;
  metrics: DayMetrics<LoggedTask>;
  previous?: Neighbour<D>;
  next?: Neighbour<D>;
  /** Every published day's metrics by date (one map shared by all days). */
  published: ReadonlyMap<string, DayMetrics<LoggedTask>>;
}

/** Titles as typed, as text: what the check resolves `task.N.title` to, where nothing is rendered. */
function plainTitles(day: CheckedDay): ElementContent[][] {
  return day.frontmatter.tasks.map((task) => [{ type: 'text', value: task.title }]);
}

/**
 * Every day given, oldest first, in context. Drafts among them are placed
 * too (the check reads them; `npm run dev` shows them), but they are
 * nobody's neighbour and not among the published days.
 */
export function inContext<D extends CheckedDay>(
  days: readonly D[],
  titles: (day: D) => readonly ElementContent[][] = plainTitles,
): DayInContext<D>[] {
  const metricsOf = new Map<D, DayMetrics<LoggedTask>>();
  const published = new Map<string, DayMetrics<LoggedTask>>();
  for (const day of days) {
    const { frontmatter } = day;
    const rendered = titles(day);
    const tasks = frontmatter.tasks.map((task, index) => ({
      ...task,
      titleNodes: rendered[index] ?? [],
      tags: effectiveTags(frontmatter.tags, task.tags),
    }));
    const metrics = dayMetrics(tasks, frontmatter.tokens ?? null);
    metricsOf.set(day, metrics);
    if (!frontmatter.draft) published.set(day.date, metrics);
  }
  const neighbour = (day: D): Neighbour<D> => ({ day, date: day.date, totals: (metricsOf.get(day) as DayMetrics<LoggedTask>).totals });
  return inSequence(days).map(({ day, previous, next }) => ({
    day,
    metrics: metricsOf.get(day) as DayMetrics<LoggedTask>,
    ...(previous ? { previous: neighbour(previous) } : {}),
    ...(next ? { next: neighbour(next) } : {}),
    published,
  }));
}
