/** RSS 2.0 with the full post, tables included, newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getFeedChannel } from '../data/feed.ts';
import { getSite } from '../data/published.ts';
import { escapeXml } from '../lib/feeds/xml.ts';

export async function GET(context: APIContext) {
  const site = await getSite();
  const channel = await getFeedChannel(context.site ?? new URL(site.url));
  return rss({
    title: channel.title,
    description: channel.description,
    site: channel.home,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    items: channel.entries.map((entry) => ({
      title: entry.title,
      link: entry.url,
      pubDate: entry.published,
      description: entry.summary,
      content: entry.html,
      // RSS 2.0's <author> must be an e-mail address; Dublin Core names the author instead.
      customData: `<dc:creator>${escapeXml(channel.author)}</dc:creator>`,
      categories: [...entry.tags],
    })),
    customData: `<language>${escapeXml(channel.language)}</language>`,
  });
}
