/**
 * What the pages read: the site settings and the published days with their
 * metrics, computed once per build by the library and shared by every page
 * and feed. Drafts appear only in `npm run dev`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { dayPath } from '../lib/dates.ts';
import { firstParagraphText } from '../lib/html-text.ts';
import { compareDays, type ComparedMetric, type Comparison } from '../lib/metrics/compare.ts';
import { dayMetrics, type DayMetrics } from '../lib/metrics/day.ts';
import { NO_VALUE } from '../lib/format.ts';
import { fillPlaceholders, hasSummaryMarker } from '../lib/placeholders.ts';
import { resolveReference, type ReferenceContext } from '../lib/prose/references.ts';
import type { Task } from '../lib/schema/day.ts';
import { asSentenceStart, fillTemplate } from '../lib/summary.ts';
import { effectiveTags } from '../lib/tags.ts';
import { defaultDayTitle } from '../lib/titles.ts';

export type SiteData = CollectionEntry<'site'>['data'];

export interface LoggedTask extends Task {
  /** The title's inline Markdown as HTML. */
  titleHtml: string;
  /** The day's tags and the task's own. */
  tags: string[];
}

export interface DayLink {
  date: string;
  title: string;
  path: string;
}

export interface PublishedDay extends DayLink {
  description: string;
  /** Date of the last change worth telling subscribers about (the date itself unless set). */
  updated: string;
  draft: boolean;
  tags: string[];
  /** Prose with metric references filled in. */
  html: { intro: string; rest: string };
  /** The generated data summary, unless turned off for the day or the site. */
  summaryHtml: string | null;
  /** The author placed the summary in the prose with `::summary`. */
  summaryPlaced: boolean;
  metrics: DayMetrics<LoggedTask>;
  previous?: DayLink;
  next?: DayLink;
  /** Against the previous published day. */
  comparison?: Record<ComparedMetric, Comparison>;
}

/** The site settings: the one entry of the site collection. */
export async function getSite(): Promise<SiteData> {
  const [entry] = await getCollection('site');
  if (!entry) throw new Error('content/site.yaml was not loaded');
  return entry.data;
}

type DayEntry = CollectionEntry<'days'>;

function link(entry: DayEntry, language: string): DayLink {
  const { date, title } = entry.data;
  return { date, title: title ?? defaultDayTitle(date, language), path: dayPath(date) };
}

/** A day's tasks with their rendered titles and tags, and the metrics the library computes from them. */
function measure(entry: DayEntry): DayMetrics<LoggedTask> {
  const { data } = entry;
  const tasks = data.tasks.map((task, index) => ({
    ...task,
    titleHtml: data.html.titles[index] ?? '',
    tags: effectiveTags(data.tags, task.tags),
  }));
  return dayMetrics(tasks, data.tokens ?? null);
}

interface Neighbour {
  entry: DayEntry;
  metrics: DayMetrics<LoggedTask>;
}

function publish(
  entry: DayEntry,
  metrics: DayMetrics<LoggedTask>,
  site: SiteData,
  before: Neighbour | undefined,
  after: DayEntry | undefined,
): PublishedDay {
  const { data } = entry;
  const context: ReferenceContext = {
    date: data.date,
    language: site.language,
    aiName: site.aiName,
    metrics,
    ...(before ? { previous: { date: before.entry.data.date, totals: before.metrics.totals } } : {}),
  };
  const resolve = (name: string) => {
    const resolution = resolveReference(name, context);
    if (!resolution.ok) throw new Error(`${entry.filePath ?? data.date}: :metric[${name}]: ${resolution.problem}`);
    return resolution.html;
  };
  // One template serves every day: a name a day has no value for (previous.* on the first day,
  // task.5 on a day of four tasks) shows the no-value dash instead of stopping the build.
  const resolveOrDash = (name: string) => {
    const resolution = resolveReference(name, context);
    return resolution.ok ? resolution.html : NO_VALUE;
  };
  const showSummary = site.summary.enabled && data.summary !== false;
  const summaryHtml = showSummary ? fillTemplate(site.summary.template, resolveOrDash) : null;
  const summaryParagraph = summaryHtml === null ? '' : `<p class="data-summary" dir="auto">${summaryHtml}</p>`;
  const intro = fillPlaceholders(data.html.intro, resolve, asSentenceStart, summaryParagraph);
  return {
    ...link(entry, site.language),
    // Taken from the filled-in intro, so a metric reference reads as its value, not its name.
    description: data.description ?? firstParagraphText(intro),
    // An updated before the date is a check warning; the feeds never date a change before the post.
    updated: data.updated !== undefined && data.updated > data.date ? data.updated : data.date,
    draft: data.draft,
    tags: data.tags ?? [],
    html: {
      intro,
      rest: fillPlaceholders(data.html.rest, resolve, asSentenceStart, summaryParagraph),
    },
    summaryHtml,
    summaryPlaced: hasSummaryMarker(data.html.intro) || hasSummaryMarker(data.html.rest),
    metrics,
    ...(before ? { previous: link(before.entry, site.language) } : {}),
    ...(after ? { next: link(after, site.language) } : {}),
    ...(before ? { comparison: compareDays(metrics.totals, before.metrics.totals) } : {}),
  };
}

/**
 * Drafts show only under `astro dev`. MODE is set by the command (development
 * for dev, production for build); DEV is not: it follows NODE_ENV, so a build
 * run with NODE_ENV=development or test (a shell profile, a test runner)
 * would publish drafts.
 */
const showDrafts = import.meta.env.MODE === 'development';

/**
 * Published days, newest first, each knowing its neighbours. A build reads
 * them once for all its pages: asking the collection again on every page
 * would make a build quadratic in the number of days. The dev server asks
 * every time, because files change while it runs.
 */
let built: Promise<PublishedDay[]> | undefined;

export function getPublishedDays(): Promise<PublishedDay[]> {
  if (showDrafts) return readPublishedDays();
  built ??= readPublishedDays();
  return built;
}

async function readPublishedDays(): Promise<PublishedDay[]> {
  const [site, entries] = await Promise.all([
    getSite(),
    getCollection('days', ({ data }) => showDrafts || !data.draft),
  ]);
  const ascending = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const measured = ascending.map((entry) => ({ entry, metrics: measure(entry) }));
  const days = measured.map(({ entry, metrics }, index) =>
    publish(entry, metrics, site, measured[index - 1], ascending[index + 1]),
  );
  return days.reverse();
}
