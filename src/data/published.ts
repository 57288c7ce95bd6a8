/**
 * What the pages read: the site settings and the published days with their
 * metrics, computed once per build by the library and shared by every page
 * and feed. Drafts appear only in `npm run dev`.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { dayPath } from '../lib/dates.ts';
import { dayMetrics, type DayMetrics } from '../lib/metrics/day.ts';
import type { Task } from '../lib/schema/day.ts';
import { defaultDayTitle } from '../lib/titles.ts';
import { SITE_ID } from '../loaders/site.ts';

export type SiteData = CollectionEntry<'site'>['data'];

export interface LoggedTask extends Task {
  /** The title's inline Markdown as HTML. */
  titleHtml: string;
}

export interface PublishedDay {
  date: string;
  title: string;
  description: string;
  draft: boolean;
  /** Path below the base, e.g. "2026/04/22/". */
  path: string;
  html: { intro: string; rest: string };
  metrics: DayMetrics<LoggedTask>;
}

export async function getSite(): Promise<SiteData> {
  const entry = await getEntry('site', SITE_ID);
  if (!entry) throw new Error('content/site.yaml was not loaded');
  return entry.data;
}

function toPublished(entry: CollectionEntry<'days'>, language: string): PublishedDay {
  const { data } = entry;
  const tasks = data.tasks.map((task, index) => ({ ...task, titleHtml: data.html.titles[index] ?? '' }));
  return {
    date: data.date,
    title: data.title ?? defaultDayTitle(data.date, language),
    description: data.description,
    draft: data.draft,
    path: dayPath(data.date),
    html: { intro: data.html.intro, rest: data.html.rest },
    metrics: dayMetrics(tasks, data.tokens ?? null),
  };
}

let cache: { key: string; days: PublishedDay[] } | undefined;

/**
 * Drafts show only under `astro dev`. MODE is set by the command (development
 * for dev, production for build); DEV is not: it follows NODE_ENV, so a build
 * run with NODE_ENV=development or test (a shell profile, a test runner)
 * would publish drafts.
 */
const showDrafts = import.meta.env.MODE === 'development';

/** Published days, newest first. */
export async function getPublishedDays(): Promise<PublishedDay[]> {
  const [site, entries] = await Promise.all([
    getSite(),
    getCollection('days', ({ data }) => showDrafts || !data.draft),
  ]);
  const key = site.language + entries.map((entry) => `${entry.id}:${entry.digest ?? ''}`).join();
  if (cache?.key !== key) {
    const days = entries.map((entry) => toPublished(entry, site.language));
    days.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    cache = { key, days };
  }
  return cache.days;
}
