/** Atom 1.0 (RFC 4287). */
import { formatInZone } from '../dates.ts';
import { lastUpdated, type FeedChannel } from './entries.ts';
import { escapeXml } from './xml.ts';

export function atomFeed(channel: FeedChannel, selfUrl: string): string {
  const time = (instant: Date) => formatInZone(instant, channel.timeZone);
  const entries = channel.entries.map(
    (entry) => `  <entry>
    <title>${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>
    <id>${escapeXml(entry.url)}</id>
    <published>${time(entry.published)}</published>
    <updated>${time(entry.updated)}</updated>
    <author><name>${escapeXml(channel.author)}</name></author>
${entry.tags.map((tag) => `    <category term="${escapeXml(tag)}"/>\n`).join('')}    <summary>${escapeXml(entry.summary)}</summary>
    <content type="html">${escapeXml(entry.html)}</content>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(channel.language)}">
  <title>${escapeXml(channel.title)}</title>
  <subtitle>${escapeXml(channel.description)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(channel.home)}"/>
  <id>${escapeXml(channel.home)}</id>
  <updated>${time(lastUpdated(channel))}</updated>
  <author><name>${escapeXml(channel.author)}</name></author>
  <icon>${escapeXml(channel.icon)}</icon>
  <logo>${escapeXml(channel.logo)}</logo>
  <generator>Fulcrum</generator>
${entries.join('')}</feed>
`;
}
