/**
 * RSS 2.0 with the full post, tables included, newest first. Readers show
 * titles and descriptions as HTML, so the author's plain text goes in as
 * text escaped for HTML (and then for XML, by @astrojs/rss).
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getFeedChannel } from '../data/feed.ts';
import { getSite } from '../data/published.ts';
import { siteUrl } from '../data/urls.ts';
import { ATOM_NAMESPACE, rssChannelData } from '../../lib/feeds/rss.ts';
import { escapeXml, textAsHtml } from '../../lib/feeds/xml.ts';

export async function GET(context: APIContext) {
  const origin = context.site ?? new URL((await getSite()).url);
  const channel = await getFeedChannel(origin);
  return rss({
    title: textAsHtml(channel.title),
    description: textAsHtml(channel.description),
    site: channel.home,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: ATOM_NAMESPACE },
    items: channel.entries.map((entry) => ({
      title: textAsHtml(entry.title),
      link: entry.url,
      pubDate: entry.published,
      description: textAsHtml(entry.summary),
      content: entry.html,
      // RSS 2.0's <author> must be an e-mail address; Dublin Core names the author instead.
      customData: `<dc:creator>${escapeXml(channel.author)}</dc:creator>`,
      categories: [...entry.tags],
    })),
    customData: rssChannelData(channel, siteUrl('rss.xml', origin)),
  });
}
