/**
 * What RSS 2.0's channel says beyond what @astrojs/rss writes: its language,
 * its own address (`atom:link rel="self"`, which the RSS Best Practices
 * Profile asks for, so a reader that was given a copy knows where the feed
 * lives) and `lastBuildDate`, the newest update (never the clock, so an
 * unchanged site builds the same feed). The `atom` prefix must be declared
 * on the document.
 */
import { lastUpdated, type FeedChannel } from './entries.ts';
import { escapeXml } from './xml.ts';

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

export function rssChannelData(channel: FeedChannel, selfUrl: string): string {
  const language = `<language>${escapeXml(channel.language)}</language>`;
  const self = `<atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`;
  // A feed with no items has nothing built yet to date.
  const built = channel.entries.length > 0 ? `<lastBuildDate>${lastUpdated(channel).toUTCString()}</lastBuildDate>` : '';
  return language + self + built;
}
