/**
 * The feeds' shared content: the newest posts as the same tree as their pages
 * (src/lib/post/, tables included), links made absolute and tables readable
 * without the site's CSS, serialized once.
 */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { textDirection } from './text-direction.ts';
import { excerpt } from './excerpt.ts';
import { absoluteUrls } from '../../lib/feeds/absolute-urls.ts';
import type { FeedChannel, FeedEntry } from '../../lib/feeds/entries.ts';
import { plainTables } from '../../lib/feeds/plain-tables.ts';
import { dayStamp } from '../../lib/feeds/stamp.ts';
import { effectiveTags } from '../../lib/schema/tags.ts';
import { postTree } from '../../lib/post/post-tree.ts';
import { dayCardPath, SITE_CARD_PATH } from './cards.ts';
import { FAVICON_ICO, TOUCH_ICON } from './favicon.ts';
import { getPublishedDays, getSite, type PublishedDay } from './published.ts';
import { sitePath, siteUrl } from './urls.ts';

let cache: { days: PublishedDay[]; origin: string; channel: FeedChannel } | undefined;

/** A post's tags: the day's own, then its tasks' in rank order, each once (feed categories, JSON-LD keywords). */
export function postTags(day: PublishedDay): string[] {
  return effectiveTags(
    day.tags,
    day.metrics.ranked.flatMap(({ task }) => task.tags),
  );
}

export async function getFeedChannel(origin: URL): Promise<FeedChannel> {
  const [site, days] = await Promise.all([getSite(), getPublishedDays()]);
  if (cache?.days === days && cache.origin === origin.href) return cache.channel;
  const newest = days.slice(0, site.feedItems);
  const direction = textDirection(site.language);
  const entries: FeedEntry[] = newest.map((day) => {
    const url = siteUrl(day.path, origin);
    const post = plainTables(postTree(day, site, sitePath), direction);
    // A page gets its direction from <html dir>; a feed reader only from the content itself.
    const body: Root = direction === 'rtl' ? { type: 'root', children: [h('div', { dir: 'rtl' }, post.children)] } : post;
    return {
      url,
      title: day.title,
      summary: excerpt(day.description, site.language),
      html: toHtml(absoluteUrls(body, url)),
      published: dayStamp(day.date, site.timeZone),
      updated: dayStamp(day.updated, site.timeZone),
      image: siteUrl(dayCardPath(day), origin),
      tags: postTags(day),
    };
  });
  const channel: FeedChannel = {
    title: site.title,
    description: site.description,
    language: site.language,
    home: siteUrl('', origin),
    author: site.author.name,
    timeZone: site.timeZone,
    icon: siteUrl(TOUCH_ICON, origin),
    favicon: siteUrl(FAVICON_ICO, origin),
    logo: siteUrl(SITE_CARD_PATH, origin),
    entries,
  };
  cache = { days, origin: origin.href, channel };
  return channel;
}
