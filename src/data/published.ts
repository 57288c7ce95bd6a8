/**
 * What the pages read: the site settings and the published days, made once
 * per build by the library (src/lib/published/) from the content collections
 * and shared by every page and feed. Drafts appear only in `npm run dev`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { publishDays, type PublishedDay } from '../lib/published/publish.ts';

export type { LoggedTask } from '../lib/published/context.ts';
export type { DayLink, PublishedDay } from '../lib/published/publish.ts';

export type SiteData = CollectionEntry<'site'>['data'];

/** The site settings: the one entry of the site collection. */
export async function getSite(): Promise<SiteData> {
  const [entry] = await getCollection('site');
  if (!entry) throw new Error('content/site.yaml was not loaded');
  return entry.data;
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
  const [site, entries] = await Promise.all([getSite(), getCollection('days', ({ data }) => showDrafts || !data.draft)]);
  const days = entries.map(({ data, filePath }) => ({
    date: data.date,
    file: filePath ?? data.date,
    frontmatter: data,
    prose: { intro: data.hast.intro, rest: data.hast.rest },
    titles: data.hast.titles,
  }));
  return publishDays(days, site).reverse();
}
