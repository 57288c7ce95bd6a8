/**
 * Atom (atom.xml) and JSON Feed (feed.json) of dist/, parsed as a feed reader
 * parses them and checked against the published sample days worked out in
 * tests/support/expected-days.ts; then all three feeds against each other.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist.ts';
import { PUBLISHED, TOTAL_LABELS } from '../support/expected-days.ts';
import { contentUrls, readAtom, readJsonFeed, readRss, type Feed } from '../support/feeds.ts';
import { rowTexts, tableByClass } from '../support/html.ts';

/** content/site.yaml's url; the global setup builds with FULCRUM_URL unset. */
const SITE = 'https://fulcrum.example.com/';
const AUTHOR = 'Mara Lindqvist';
const dir = resolve('dist');

describe.each([
  { format: 'Atom', read: readAtom, self: `${SITE}atom.xml` },
  { format: 'JSON Feed', read: readJsonFeed, self: `${SITE}feed.json` },
])('the $format feed', ({ read, self }) => {
  const feed: Feed = read(dir);

  it('names the site, its home page and its own address', () => {
    expect(feed).toMatchObject({ title: 'Fulcrum Field Notes', home: SITE, self });
  });

  it('lists the 8 published days newest first (not the draft of 2026-04-20), each with its page URL as link and id', () => {
    expect(feed.items.map(({ id, link, title, summary, author }) => ({ id, link, title, summary, author }))).toEqual(
      PUBLISHED.map((day) => ({
        id: `${SITE}${day.path}`,
        link: `${SITE}${day.path}`,
        title: day.title,
        summary: day.summary,
        author: AUTHOR,
      })),
    );
  });

  it('dates every item at noon of its day in Europe/Berlin (UTC+2 in April), published and updated', () => {
    expect(feed.items.map(({ published, updated }) => [published, updated])).toEqual(
      PUBLISHED.map((day) => [`${day.date}T12:00:00+02:00`, `${day.date}T12:00:00+02:00`]),
    );
    expect(feed.items[2]?.published).toBe('2026-04-22T12:00:00+02:00');
  });

  it.each(PUBLISHED.map((day, index) => [day.date, index, day] as const))(
    'carries the full post of %s with both tables',
    (_, index, day) => {
      const content = feed.items[index]?.content ?? '';
      expect(rowTexts(tableByClass(content, 'task-log'))).toEqual(day.rows);
      expect(rowTexts(tableByClass(content, 'aggregate'))).toEqual(TOTAL_LABELS.map((label, row) => [label, day.totals[row]]));
    },
  );

  it('shows the figures of 2026-04-22 in its aggregate table: 16.1x, 143.6x and 189.08 hours', () => {
    const aggregate = rowTexts(tableByClass(feed.items[2]?.content ?? '', 'aggregate'));
    expect(aggregate).toContainEqual(['Weighted average leverage factor', '16.1x']);
    expect(aggregate).toContainEqual(['Weighted average supervisory leverage factor', '143.6x']);
    expect(aggregate).toContainEqual(['Total human-equivalent hours', '189.08']);
  });

  it('keeps its tables readable without CSS: task titles and labels as plain cells, numbers aligned right', () => {
    for (const item of feed.items) {
      for (const className of ['task-log', 'aggregate']) {
        const table = tableByClass(item.content, className);
        // HTML's defaults would centre and embolden a whole task title as a row header.
        expect(
          table.body.flat().filter((cell) => cell.tag === 'th'),
          `${item.link} ${className}`,
        ).toEqual([]);
        for (const cell of [...table.head.flat(), ...table.body.flat()]) {
          const numeric = (cell.attrs.class ?? '').split(' ').includes('num');
          expect(cell.attrs.align, `${item.link} ${className}: ${cell.text}`).toBe(
            numeric ? 'right' : cell.tag === 'th' ? 'left' : undefined,
          );
        }
      }
    }
    const aggregate = tableByClass(feed.items[2]?.content ?? '', 'aggregate');
    expect(aggregate.body[0]?.map(({ tag, attrs, text }) => [tag, attrs.align, text])).toEqual([
      ['td', undefined, 'Total tasks'],
      ['td', 'right', '26'],
    ]);
  });

  it('uses only absolute URLs in content, and those on the site lead to built files', () => {
    for (const item of feed.items) {
      const urls = contentUrls(item.content);
      expect(urls.length, item.link).toBeGreaterThan(0);
      expect(
        urls.filter((url) => !/^(https?:\/\/|mailto:)/.test(url)),
        item.link,
      ).toEqual([]);
      for (const url of urls.filter((candidate) => candidate.startsWith(SITE))) {
        const path = decodeURIComponent(new URL(url).pathname).slice(1);
        expect(existsSync(join(DIST, path.endsWith('/') || path === '' ? `${path}index.html` : path)), url).toBe(true);
      }
    }
  });
});

it("gives Atom's feed its id and the newest entry's time as its updated time", () => {
  expect(readAtom(dir)).toMatchObject({ id: SITE, updated: '2026-04-24T12:00:00+02:00' });
});

describe('the pictures of the feeds', () => {
  /** A file of the built site, from its absolute address. */
  const built = (url: string) => existsSync(join(DIST, decodeURIComponent(new URL(url).pathname)));

  it("give Atom the site's square icon and its wide card as logo, both built", () => {
    const atom = readFileSync(join(dir, 'atom.xml'), 'utf8');
    const [icon, logo] = [/<icon>([^<]*)<\/icon>/.exec(atom)?.[1], /<logo>([^<]*)<\/logo>/.exec(atom)?.[1]];
    expect([icon, logo]).toEqual([`${SITE}apple-touch-icon.png`, `${SITE}og/site.png`]);
    for (const url of [icon, logo]) expect(built(url ?? ''), url).toBe(true);
  });

  it("give each JSON Feed item its day's social card as image, and the feed the site's icons, all built", () => {
    const json = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')) as { icon: string; favicon: string; items: { image: string }[] };
    expect(json.items.map(({ image }) => image)).toEqual(PUBLISHED.map((day) => `${SITE}og/${day.date}.png`));
    expect([json.icon, json.favicon]).toEqual([`${SITE}apple-touch-icon.png`, `${SITE}favicon.ico`]);
    for (const url of [json.icon, json.favicon, ...json.items.map(({ image }) => image)]) expect(built(url), url).toBe(true);
  });
});

describe('RSS, Atom and JSON Feed', () => {
  const [rss, atom, json] = [readRss(dir), readAtom(dir), readJsonFeed(dir)];
  const shared = (feed: Feed) =>
    feed.items.map(({ id, link, title, summary, content, author, tags }) => ({ id, link, title, summary, content, author, tags }));

  it('carry the same items in the same order: ids, links, titles, summaries, full content, author and tags', () => {
    expect(shared(atom)).toEqual(shared(rss));
    expect(shared(json)).toEqual(shared(rss));
    // Tags come from the day and its tasks: the long day is tagged long-day; every item has some.
    expect(rss.items[2]?.tags).toContain('long-day');
    for (const item of rss.items) expect(item.tags, item.link).not.toEqual([]);
  });

  it('give the same publication instant (RSS in GMT, the others in the site time zone)', () => {
    expect(rss.items.map(({ published }) => published)).toEqual(atom.items.map(({ published }) => new Date(published).toUTCString()));
    expect(json.items.map(({ published }) => published)).toEqual(atom.items.map(({ published }) => published));
  });
});
