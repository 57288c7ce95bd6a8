/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
import { formatInZone } from '../dates.ts';
import type { FeedChannel } from './entries.ts';

export function jsonFeed(channel: FeedChannel, selfUrl: string): string {
  const author = { name: channel.author };
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: channel.title,
      home_page_url: channel.home,
      feed_url: selfUrl,
      description: channel.description,
      icon: channel.icon,
      favicon: channel.favicon,
      language: channel.language,
      authors: [author],
      items: channel.entries.map((entry) => ({
        id: entry.url,
        url: entry.url,
        title: entry.title,
        summary: entry.summary,
        content_html: entry.html,
        image: entry.image,
        date_published: formatInZone(entry.published, channel.timeZone),
        date_modified: formatInZone(entry.updated, channel.timeZone),
        authors: [author],
        ...(entry.tags.length > 0 ? { tags: [...entry.tags] } : {}),
      })),
    },
    null,
    1,
  );
}
