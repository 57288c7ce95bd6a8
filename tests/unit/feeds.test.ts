/** The Atom and JSON Feed writers and RSS's channel data on plain channels: every entry given, in order, escaped, timed in the site's zone. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/lib/feeds/atom.ts';
import type { FeedChannel, FeedEntry } from '../../src/lib/feeds/entries.ts';
import { jsonFeed } from '../../src/lib/feeds/json-feed.ts';
import { rssChannelData } from '../../src/lib/feeds/rss.ts';

const HOME = 'https://notes.example.com/';

/** Entry n: published at midnight UTC on day n of January 2026, updated on day n + 1. */
function entry(n: number, overrides: Partial<FeedEntry> = {}): FeedEntry {
  const day = String(n).padStart(2, '0');
  return {
    url: `${HOME}2026/01/${day}/`,
    title: `Day ${n}`,
    summary: `Summary ${n}`,
    html: `<p>Post ${n}</p>`,
    published: new Date(`2026-01-${day}T00:00:00Z`),
    updated: new Date(`2026-01-${String(n + 1).padStart(2, '0')}T00:00:00Z`),
    image: `${HOME}og/2026-01-${day}.png`,
    tags: [],
    ...overrides,
  };
}

function channel(entries: FeedEntry[]): FeedChannel {
  return {
    title: 'Notes',
    description: 'Days',
    language: 'en',
    home: HOME,
    author: 'Ada Example',
    timeZone: 'Europe/Berlin',
    icon: `${HOME}apple-touch-icon.png`,
    favicon: `${HOME}favicon.ico`,
    logo: `${HOME}og/site.png`,
    entries,
  };
}

interface AtomEntry {
  id: string;
  title: string;
  published: string;
  updated: string;
  content: { '#text': string };
  category?: { '@_term': string }[];
}

function parseAtom(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    isArray: (name) => name === 'entry' || name === 'category',
  });
  return (parser.parse(xml) as { feed: { id: string; title: string; updated: string; icon: string; logo: string; entry?: AtomEntry[] } })
    .feed;
}

interface JsonItem {
  id: string;
  title: string;
  image: string;
  content_html: string;
  date_published: string;
  date_modified: string;
  tags?: string[];
}

const parseJson = (text: string) => JSON.parse(text) as { version: string; icon: string; favicon: string; items: JsonItem[] };

describe.each([3, 1, 0])('a channel of %i entries', (count) => {
  const entries = Array.from({ length: count }, (_, index) => entry(count - index));

  it('becomes an Atom feed with every entry, in the given order', () => {
    expect((parseAtom(atomFeed(channel(entries), `${HOME}atom.xml`)).entry ?? []).map(({ id }) => id)).toEqual(
      entries.map(({ url }) => url),
    );
  });

  it('becomes a JSON Feed with every item, in the given order', () => {
    expect(parseJson(jsonFeed(channel(entries), `${HOME}feed.json`)).items.map(({ id }) => id)).toEqual(entries.map(({ url }) => url));
  });
});

describe('atomFeed', () => {
  it('writes times in the site zone (CET in January), and the newest update as the feed time', () => {
    // The middle entry was updated last: the feed's time is its update, not the first entry's.
    const feed = parseAtom(
      atomFeed(channel([entry(3), entry(2, { updated: new Date('2026-01-20T12:30:00Z') }), entry(1)]), `${HOME}atom.xml`),
    );
    expect(feed.updated).toBe('2026-01-20T13:30:00+01:00');
    expect(feed.entry?.map(({ published, updated }) => [published, updated])).toEqual([
      ['2026-01-03T01:00:00+01:00', '2026-01-04T01:00:00+01:00'],
      ['2026-01-02T01:00:00+01:00', '2026-01-20T13:30:00+01:00'],
      ['2026-01-01T01:00:00+01:00', '2026-01-02T01:00:00+01:00'],
    ]);
  });

  it("names the site's square icon and its wide logo", () => {
    const feed = parseAtom(atomFeed(channel([entry(1)]), `${HOME}atom.xml`));
    expect([feed.icon, feed.logo]).toEqual(['https://notes.example.com/apple-touch-icon.png', 'https://notes.example.com/og/site.png']);
  });

  it('escapes author text and HTML so the feed stays well-formed and says exactly what was written', () => {
    const hostile = entry(1, {
      title: `Fix <b> & "quotes" 'too'\u0007`,
      html: '<p>a &amp; b</p><script>x()</script>',
      tags: ['a&b', '"c"'],
    });
    const [parsed] = parseAtom(atomFeed(channel([hostile]), `${HOME}atom.xml`)).entry ?? [];
    expect(parsed?.title).toBe(`Fix <b> & "quotes" 'too'`);
    expect(parsed?.content['#text']).toBe('<p>a &amp; b</p><script>x()</script>');
    expect(parsed?.category?.map((category) => category['@_term'])).toEqual(['a&b', '"c"']);
  });
});

describe('jsonFeed', () => {
  it('is JSON Feed 1.1 with times in the site zone and tags only where there are some', () => {
    const feed = parseJson(jsonFeed(channel([entry(2, { tags: ['billing'] }), entry(1)]), `${HOME}feed.json`));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map(({ date_published, date_modified, tags }) => [date_published, date_modified, tags])).toEqual([
      ['2026-01-02T01:00:00+01:00', '2026-01-03T01:00:00+01:00', ['billing']],
      ['2026-01-01T01:00:00+01:00', '2026-01-02T01:00:00+01:00', undefined],
    ]);
  });

  it("gives each item its card as its image, and the feed the site's icon", () => {
    const feed = parseJson(jsonFeed(channel([entry(2), entry(1)]), `${HOME}feed.json`));
    expect(feed.items.map(({ image }) => image)).toEqual([
      'https://notes.example.com/og/2026-01-02.png',
      'https://notes.example.com/og/2026-01-01.png',
    ]);
    expect([feed.icon, feed.favicon]).toEqual(['https://notes.example.com/apple-touch-icon.png', 'https://notes.example.com/favicon.ico']);
  });
});

describe('rssChannelData', () => {
  it('gives the language, the address of the feed itself and the newest update in RFC 822 (GMT)', () => {
    // The middle entry was updated last, at 12:30 UTC on January 20.
    const newest = channel([entry(3), entry(2, { updated: new Date('2026-01-20T12:30:00Z') }), entry(1)]);
    expect(rssChannelData(newest, `${HOME}rss.xml`)).toBe(
      '<language>en</language>' +
        '<atom:link href="https://notes.example.com/rss.xml" rel="self" type="application/rss+xml"/>' +
        '<lastBuildDate>Tue, 20 Jan 2026 12:30:00 GMT</lastBuildDate>',
    );
  });

  it('escapes what it writes, and leaves out the build date of a feed with no items', () => {
    expect(rssChannelData({ ...channel([]), language: 'en"&' }, `${HOME}rss.xml?a=1&b=2`)).toBe(
      '<language>en&quot;&amp;</language><atom:link href="https://notes.example.com/rss.xml?a=1&amp;b=2" rel="self" type="application/rss+xml"/>',
    );
  });
});

describe('a zone whose offset had seconds', () => {
  // Liberia kept UTC−0:44:30 until 1972: midnight on 1 January 1970 there was 00:44:30 UTC.
  // RFC 3339 offsets are whole minutes, so both feeds write −00:44 and the 30 seconds in the time.
  const monrovia = (entries: FeedEntry[]): FeedChannel => ({ ...channel(entries), timeZone: 'Africa/Monrovia' });
  const midnight = entry(1, { published: new Date('1970-01-01T00:44:30Z'), updated: new Date('1970-01-01T00:44:30Z') });

  it('gets whole-minute offsets in Atom', () => {
    const [parsed] = parseAtom(atomFeed(monrovia([midnight]), `${HOME}atom.xml`)).entry ?? [];
    expect([parsed?.published, parsed?.updated]).toEqual(['1970-01-01T00:00:30-00:44', '1970-01-01T00:00:30-00:44']);
  });

  it('gets whole-minute offsets in JSON Feed', () => {
    const [item] = parseJson(jsonFeed(monrovia([midnight]), `${HOME}feed.json`)).items;
    expect([item?.date_published, item?.date_modified]).toEqual(['1970-01-01T00:00:30-00:44', '1970-01-01T00:00:30-00:44']);
  });
});
