/**
 * What the pages read: the site settings and the published days with their
 * metrics, computed once per build by the library and shared by every page
 * and feed. Drafts appear only in `npm run dev`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { dayPath } from '../lib/dates.ts';
import { firstParagraphText } from '../lib/html-text.ts';
import { compareDays, type ComparedMetric, type Comparison } from '../lib/metrics/compare.ts';
import type { DayMetrics } from '../lib/metrics/day.ts';
import { inContext, type DayInContext, type LoggedTask } from '../lib/published/context.ts';
import { NO_VALUE } from '../lib/format.ts';
import { fillPlaceholders, hasSummaryMarker } from '../lib/placeholders.ts';
import { resolveReference, type ReferenceContext } from '../lib/prose/references.ts';
import { asSentenceStart, fillTemplate } from '../lib/summary.ts';
import { defaultDayTitle } from '../lib/titles.ts';

export type SiteData = CollectionEntry<'site'>['data'];

export type { LoggedTask };

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

/** A collection entry as published/ reads it. */
interface DayEntry {
  date: string;
  frontmatter: CollectionEntry<'days'>['data'];
  filePath: string | undefined;
}

function link(day: DayEntry, language: string): DayLink {
  const { date, title } = day.frontmatter;
  return { date, title: title ?? defaultDayTitle(date, language), path: dayPath(date) };
}

function publish(entry: DayInContext<DayEntry>, site: SiteData): PublishedDay {
  const { day, metrics, previous, next } = entry;
  const data = day.frontmatter;
  const context: ReferenceContext = {
    date: data.date,
    language: site.language,
    aiName: site.aiName,
    metrics,
    ...(previous ? { previous: { date: previous.date, totals: previous.totals } } : {}),
  };
  const resolve = (name: string) => {
    const resolution = resolveReference(name, context);
    if (!resolution.ok) throw new Error(`${day.filePath ?? data.date}: :metric[${name}]: ${resolution.problem}`);
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
    ...link(day, site.language),
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
    ...(previous ? { previous: link(previous.day, site.language) } : {}),
    ...(next ? { next: link(next.day, site.language) } : {}),
    ...(previous ? { comparison: compareDays(metrics.totals, previous.totals) } : {}),
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
  const days = entries.map(({ data, filePath }) => ({ date: data.date, frontmatter: data, filePath }));
  return inContext(days, (day) => day.frontmatter.html.titles)
    .map((entry) => publish(entry, site))
    .reverse();
}
