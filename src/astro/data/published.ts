/**
 * What the pages read: the site settings and the published days, made once
 * per build by the library (src/lib/published/) from what the loaders loaded
 * in this process (src/lib/project/handoff.ts), and shared by every page and
 * feed. Drafts appear only in `npm run dev`.
 */
import { smartPunctuation } from '../../lib/markdown/remark-smart-punctuation.ts';
import { loadedDays, loadedSite, type LoadedSite } from '../../lib/project/handoff.ts';
import { publishDays, type PublishedDay, type RenderedDay } from '../../lib/published/publish.ts';

export type { LoggedTask } from '../../lib/published/context.ts';
export type { DayLink, PublishedDay } from '../../lib/published/publish.ts';

export type SiteData = LoadedSite;

/** The loaders run in this process before any page, under astro build and astro dev alike. */
const NOT_LOADED = 'was not loaded: the pages run in the process where the loaders (src/loaders/) ran';

/**
 * Each loaded site's settings as the pages show them: the site's title and
 * description with typographic punctuation (’ “ ” – …), as the Markdown
 * pipeline gives day prose. Made once per loaded site, so pages and feeds
 * share one object and what is made from it is made once.
 */
const shown = new WeakMap<LoadedSite, SiteData>();

/** The site settings, as the site loader loaded them, with the title and description typeset. */
export async function getSite(): Promise<SiteData> {
  const site = loadedSite();
  if (!site) throw new Error(`content/site.yaml ${NOT_LOADED}`);
  let typeset = shown.get(site);
  if (!typeset) {
    typeset = { ...site, title: smartPunctuation(site.title), description: smartPunctuation(site.description) };
    shown.set(site, typeset);
  }
  return typeset;
}

/**
 * Drafts show only under `astro dev`. MODE is set by the command (development
 * for dev, production for build); DEV is not: it follows NODE_ENV, so a build
 * run with NODE_ENV=development or test (a shell profile, a test runner)
 * would publish drafts.
 */
const showDrafts = import.meta.env.MODE === 'development';

/**
 * Published days, newest first, each knowing its neighbours. A build makes
 * them once for all its pages: making them again on every page would make a
 * build quadratic in the number of days. Under `npm run dev` the loaders
 * hand over new days or settings when a file changes, and they are made again.
 */
let built: { days: readonly RenderedDay[]; site: SiteData; published: PublishedDay[]; byDate: Map<string, PublishedDay> } | undefined;

export async function getPublishedDays(): Promise<PublishedDay[]> {
  const site = await getSite();
  const days = loadedDays();
  if (!days) throw new Error(`content/days/ ${NOT_LOADED}`);
  if (built?.days === days && built.site === site) return built.published;
  const published = publishDays(showDrafts ? days : days.filter((day) => !day.frontmatter.draft), site).reverse();
  built = { days, site, published, byDate: new Map(published.map((day) => [day.date, day])) };
  return published;
}

/**
 * One published day, by its date. The pages of a day look their day up
 * rather than take it from getStaticPaths, whose results the dev server
 * keeps until the content store is next written: so a saved day shows at once.
 */
export async function getPublishedDay(date: string): Promise<PublishedDay | undefined> {
  await getPublishedDays();
  return built?.byDate.get(date);
}
