/** The RSS feed, read by a real XML parser as a feed reader would. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { BLOG_URL, blogBuild } from '../support/extra-builds.ts';
import { contentUrls } from '../support/feeds.ts';
import { FEED } from '../support/page-types.ts';

interface FeedItem {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
  'content:encoded': string;
}

interface RssChannel {
  link: string;
  'atom:link': { '@_href': string; '@_rel': string; '@_type': string };
  lastBuildDate: string;
  item: FeedItem[];
}

function readFeed(dir: string) {
  const xml = readFileSync(join(dir, FEED), 'utf8');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${FEED} is not well-formed XML: ${valid.err.msg} at ${valid.err.line}:${valid.err.col}`);
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'item' });
  const channel = (parser.parse(xml) as { rss: { channel: RssChannel } }).rss.channel;
  return { channel, items: channel.item };
}

describe.each([
  { name: 'dist/', dir: () => resolve('dist'), site: 'https://fulcrum.example.com/' },
  { name: `the ${BLOG_URL} build`, dir: blogBuild, site: BLOG_URL },
])('the feed of $name', ({ dir, site }) => {
  test('lists every published day, newest first, with its link, guid and date from the content', () => {
    const { channel, items } = readFeed(dir());
    expect(channel.link).toBe(site);
    // Noon in the site's time zone (Europe/Berlin, UTC+2 in April); the draft of April 20 is not published.
    expect(items.map(({ link, guid, pubDate }) => [link, guid, pubDate])).toEqual(
      [
        ['2026/04/24/', 'Fri, 24 Apr 2026 10:00:00 GMT'],
        ['2026/04/23/', 'Thu, 23 Apr 2026 10:00:00 GMT'],
        ['2026/04/22/', 'Wed, 22 Apr 2026 10:00:00 GMT'],
        ['2026/04/21/', 'Tue, 21 Apr 2026 10:00:00 GMT'],
        ['2026/04/17/', 'Fri, 17 Apr 2026 10:00:00 GMT'],
        ['2026/04/16/', 'Thu, 16 Apr 2026 10:00:00 GMT'],
        ['2026/04/15/', 'Wed, 15 Apr 2026 10:00:00 GMT'],
        ['2026/04/14/', 'Tue, 14 Apr 2026 10:00:00 GMT'],
      ].map(([path, date]) => [`${site}${path}`, { '#text': `${site}${path}`, '@_isPermaLink': 'true' }, date]),
    );
  });

  test('gives its own address and, as the date it was last built, the newest update (noon of April 24 in Berlin)', () => {
    const { channel } = readFeed(dir());
    expect(channel['atom:link']).toEqual({ '@_href': `${site}rss.xml`, '@_rel': 'self', '@_type': 'application/rss+xml' });
    expect(channel.lastBuildDate).toBe('Fri, 24 Apr 2026 10:00:00 GMT');
  });

  test('dates each item so that a reader west of the site sees the day of the post', () => {
    const { items } = readFeed(dir());
    const seenInNewYork = items.map(({ pubDate }) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date(pubDate)),
    );
    expect(seenInNewYork).toEqual([
      '2026-04-24',
      '2026-04-23',
      '2026-04-22',
      '2026-04-21',
      '2026-04-17',
      '2026-04-16',
      '2026-04-15',
      '2026-04-14',
    ]);
  });

  test('gives every item its full content, with only absolute links and images', () => {
    const { items } = readFeed(dir());
    for (const item of items) {
      expect(item.title, item.link).not.toBe('');
      expect(item['content:encoded'], item.link).toContain('<table class="data task-log">');
      const relative = contentUrls(item['content:encoded']).filter((url) => !/^(https?:\/\/|mailto:)/.test(url));
      expect(relative, item.link).toEqual([]);
    }
    const longDay = items.find(({ link }) => link === `${site}2026/04/22/`);
    // The comparison links the previous day; the call to action links the author's page.
    expect(contentUrls(longDay?.['content:encoded'] ?? '')).toEqual([`${site}2026/04/21/`, 'https://lindqvist.example.com/consulting/']);
  });
});
