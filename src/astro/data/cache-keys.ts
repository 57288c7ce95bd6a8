/**
 * The keys of Astro's incremental build (experimental.incrementalBuild, set
 * by the integration): a page whose key and code are unchanged since the
 * last build is copied from Astro's cache (node_modules/.astro) instead of
 * being rendered. Astro compares the code of each route and everything it
 * imports itself, and starts afresh when the configuration (the site's
 * address and base path among it) or the lock file changes. A key covers the
 * rest, everything the page is made from:
 *
 * - the build: Fulcrum's code (every file below src/, its package.json and
 *   the project's lock file, as the content caches count it), the site's
 *   address and base path;
 * - the site settings, all of them, as the pages read them;
 * - the published day or days it shows, whole: its neighbours' links, its
 *   comparison with the day before and every figure are part of a published
 *   day (src/lib/published/publish.ts);
 * - the page's own place in its list (its number, its neighbours' addresses,
 *   where its items stand in the whole): lists are numbered from the oldest
 *   (src/lib/post/pagination.ts), so a day added changes the keys of the newest
 *   pages only.
 *
 * Under `astro dev` there are no keys: nothing is cached there, and the
 * digests would only slow down each page after a save.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeHash } from '../../lib/storage/content-cache.ts';
import type { CardContent } from '../../lib/cards/render-card.ts';
import type { TagGroup } from '../../lib/metrics/tag-groups.ts';
import { packageRoot } from '../../lib/storage/package-files.ts';
import type { ListPage } from '../../lib/post/pagination.ts';
import { contentPaths } from '../../lib/source/files.ts';
import { digestOf } from './digest.ts';
import { getPublishedDays, getSite, type PublishedDay, type SiteData } from './published.ts';
import { configuredAddress, sitePath } from './urls.ts';

/** The same test as published.ts's for drafts: MODE is what the command sets. */
const keyed = import.meta.env.MODE !== 'development';

let build: string | undefined;

/** Fulcrum's code and where the site is published; a copy of Fulcrum without its sources gets no keys. */
function buildStamp(): string | undefined {
  if (build !== undefined) return build;
  const code = codeHash(packageRoot(), ['src'], process.cwd());
  if (code === undefined) return undefined;
  build = digestOf([code, configuredAddress(), sitePath('')]);
  return build;
}

const digests = new WeakMap<object, string>();

/** An object's digest, made once however many pages show it. */
function remembered(value: object, make: () => string): string {
  let digest = digests.get(value);
  if (digest === undefined) {
    digest = make();
    digests.set(value, digest);
  }
  return digest;
}

let published: { days: readonly PublishedDay[]; known: (value: object) => string | undefined } | undefined;

/**
 * Inside a page's parts, each published day of this build stands for its
 * digest, and each of its ranked tasks for the day's digest and the task's
 * place: a tag page's tasks each hold their day and their ranked task, which
 * would otherwise be written out again for every page and every key.
 */
async function knownDays(): Promise<(value: object) => string | undefined> {
  const days = await getPublishedDays();
  if (published?.days !== days) {
    const owners = new Map<object, { day: PublishedDay; place?: number }>();
    for (const day of days) {
      owners.set(day, { day });
      for (const [place, ranked] of day.metrics.ranked.entries()) owners.set(ranked, { day, place });
    }
    const dayDigest = (day: PublishedDay) => remembered(day, () => digestOf(day));
    published = {
      days,
      known: (value) => {
        const owner = owners.get(value);
        if (!owner) return undefined;
        return owner.place === undefined ? dayDigest(owner.day) : `${dayDigest(owner.day)} ranked ${owner.place}`;
      },
    };
  }
  return published.known;
}

/** The key of a page made from `parts`, the site settings and the build. */
async function pageKey(kind: string, ...parts: unknown[]): Promise<string | undefined> {
  const stamp = keyed ? buildStamp() : undefined;
  if (stamp === undefined) return undefined;
  const site = await getSite();
  return digestOf([kind, stamp, remembered(site, () => digestOf(site)), ...parts], await knownDays());
}

/** A day's post: the day (with its neighbours' links) and the site. */
export function postKey(day: PublishedDay): Promise<string | undefined> {
  return pageKey('post', day);
}

/** A day's open data: the day (whose digest its post's key has made already). */
export function dayDataKey(day: PublishedDay): Promise<string | undefined> {
  return pageKey('day data', day);
}

/** A social card: exactly what it says. */
export function cardKey(card: CardContent): Promise<string | undefined> {
  return pageKey('card', card);
}

/**
 * A page of the index: its days, its number and its neighbours' addresses.
 * The site's home page has none: it shows the newest days, which change
 * with nearly every day added, and it may show figures over all days.
 */
export function indexPageKey(page: ListPage<unknown>): Promise<string | undefined> {
  return page.number === undefined ? Promise.resolve(undefined) : pageKey('index page', page);
}

/**
 * A page of a tag's tasks. The tag's own folder shows its totals over every
 * task, so its key holds the tag with all of them; a numbered page shows
 * only the tag's name, its address and the page's own tasks, so a task
 * added elsewhere in the tag leaves it as it was.
 */
export async function tagPageKey(tag: TagGroup<unknown>, page: ListPage<unknown>): Promise<string | undefined> {
  if (page.number !== undefined) return pageKey('numbered tag page', tag.name, tag.slug, page);
  const known = await knownDays();
  return pageKey(
    'tag page',
    remembered(tag, () => digestOf(tag, known)),
    page,
  );
}

/** An icon file: its format and the author's icon file's bytes, or Fulcrum's own. */
export function iconKey(format: string, site: SiteData): Promise<string | undefined> {
  const bytes = site.icon ? readFileSync(join(contentPaths(process.cwd()).dir, site.icon)).toString('base64') : null;
  return pageKey('icon', format, site.icon ?? null, bytes);
}
