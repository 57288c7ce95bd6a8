/**
 * A published day: what every page, feed and card of a day shows, made once
 * per build from the rendered days. Its metrics and neighbours come from
 * context.ts (the check's own model), its prose has its metric references
 * and summary filled in, and its description is taken from that prose.
 */
import type { Element, ElementContent, Root } from 'hast';
import { dayPath } from '../dates.ts';
import { NO_VALUE } from '../format.ts';
import { compareDays, type ComparedMetric, type Comparison } from '../metrics/compare.ts';
import type { DayMetrics } from '../metrics/day-metrics.ts';
import { referenceContext, resolveReference } from '../prose/references.ts';
import { defaultDayTitle } from './default-title.ts';
import { inContext, type CheckedDay, type DayInContext, type LoggedTask } from './context.ts';
import { firstParagraphText } from './description.ts';
import { fillPlaceholders, hasSummaryMarker } from './fill.ts';
import { fillTemplate, summaryTemplate } from './summary.ts';

/**
 * A day's prose and task titles as hast, rendered by the Markdown pipeline
 * (src/lib/markdown/render-markdown.ts) when the day file is prepared, and
 * stored as they are with the prepared day.
 */
export interface RenderedProse {
  intro: Root;
  rest: Root;
  /** Each task's title, in the order written. */
  titles: readonly ElementContent[][];
}

/** A checked day with its rendered prose, as the days loader holds it. */
export interface RenderedDay extends CheckedDay {
  /** The day file, for messages. */
  file: string;
  rendered: RenderedProse;
}

/** The site settings a published day depends on. */
export interface PublishSettings {
  language: string;
  aiName: string;
  summary: { enabled: boolean; template: string };
}

export interface DayLink {
  date: string;
  title: string;
  /** The post's path below the site's base path: "2026/04/22/". */
  path: string;
}

export interface PublishedDay extends DayLink {
  description: string;
  /** Date of the last change worth telling subscribers about (the date itself unless set). */
  updated: string;
  draft: boolean;
  tags: string[];
  /** Prose with metric references and the summary filled in. */
  prose: { intro: Root; rest: Root };
  /**
   * The generated data summary where the post shows it, after the Aggregate
   * Statistics: null when turned off for the day or the site, or when the
   * author placed it in the prose with `::summary` (the prose holds it then).
   */
  statisticsSummary: ElementContent[] | null;
  metrics: DayMetrics<LoggedTask>;
  previous?: DayLink;
  next?: DayLink;
  /** Against the previous published day. */
  comparison?: Record<ComparedMetric, Comparison>;
}

/** A day's title (its own, or the default one) and where its post is. */
export function dayLink(day: CheckedDay, language: string): DayLink {
  const { date, title } = day.frontmatter;
  return { date, title: title ?? defaultDayTitle(date, language), path: dayPath(date) };
}

/** The summary paragraph where it stands in a post: its own paragraph, read in the page's direction. */
export function summaryParagraph(summary: ElementContent[]): Element {
  return { type: 'element', tagName: 'p', properties: { className: ['data-summary'], dir: 'auto' }, children: summary };
}

function publish(entry: DayInContext<RenderedDay>, settings: PublishSettings): PublishedDay {
  const { day, metrics, previous, next } = entry;
  const { frontmatter } = day;
  const context = referenceContext(entry, settings);
  const metric = (name: string) => {
    const resolution = resolveReference(name, context);
    // The check refuses such a reference first; a build that skipped it stops here.
    if (!resolution.ok) throw new Error(`${day.file}: :metric[${name}]: ${resolution.problem}`);
    return resolution.value;
  };
  // One template serves every day: a name a day has no value for (previous.* on the first day,
  // task.5 on a day of four tasks) shows the no-value dash instead of stopping the build.
  const valueOrDash = (name: string) => {
    const resolution = resolveReference(name, context);
    return resolution.ok ? resolution.value : NO_VALUE;
  };
  const summary =
    settings.summary.enabled && frontmatter.summary !== false
      ? fillTemplate(summaryTemplate(settings.summary.template, metrics.totals), valueOrDash)
      : null;
  const filling = { metric, summary: summary === null ? null : summaryParagraph(summary) };
  const intro = fillPlaceholders(day.rendered.intro, filling);
  return {
    ...dayLink(day, settings.language),
    // Taken from the filled-in intro, so a metric reference reads as its value, not its name.
    description: frontmatter.description ?? firstParagraphText(intro),
    // An updated before the date is a check warning; the feeds never date a change before the post.
    updated: frontmatter.updated !== undefined && frontmatter.updated > day.date ? frontmatter.updated : day.date,
    draft: frontmatter.draft,
    tags: frontmatter.tags ?? [],
    prose: { intro, rest: fillPlaceholders(day.rendered.rest, filling) },
    statisticsSummary: hasSummaryMarker(day.rendered.intro) || hasSummaryMarker(day.rendered.rest) ? null : summary,
    metrics,
    ...(previous ? { previous: dayLink(previous.day, settings.language) } : {}),
    ...(next ? { next: dayLink(next.day, settings.language) } : {}),
    ...(previous ? { comparison: compareDays(metrics.totals, previous.totals) } : {}),
  };
}

/**
 * Every day given, oldest first, as published. Drafts among them (shown by
 * `npm run dev`) are published too, but never as another day's neighbour.
 */
export function publishDays(days: readonly RenderedDay[], settings: PublishSettings): PublishedDay[] {
  return inContext(days, (day) => day.rendered.titles).map((entry) => publish(entry, settings));
}
