/**
 * What search engines and link previews read from dist/: feed autodiscovery,
 * canonical URLs, Open Graph and Twitter tags, JSON-LD, the sitemap,
 * robots.txt and the 404 page.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DIST, distFiles, distHas, readDist } from '../support/dist.ts';
import { PUBLISHED } from '../support/expected-days.ts';
import { readRss } from '../support/feeds.ts';
import { linkHrefs, pageUrl, readHead } from '../support/head.ts';
import { attrsOf, elements } from '../support/html.ts';

/** content/site.yaml's url; the global setup builds with FULCRUM_URL unset. */
const SITE = 'https://fulcrum.example.com/';
const SITE_TITLE = 'Fulcrum Field Notes';
/** site.yaml's description, with the typographic apostrophe the pages give it. */
const SITE_DESCRIPTION = 'One engineer’s daily record of work done with an AI coding agent, measured task by task.';

const pages = distFiles().filter((file) => file.endsWith('.html'));
const posts = PUBLISHED.map((day) => ({ day, file: `${day.path}index.html`, url: `${SITE}${day.path}` }));
const isPost = (file: string) => posts.some((post) => post.file === file);

describe.each(pages)('%s', (file) => {
  const head = readHead(readDist(file));

  it('announces the RSS, Atom and JSON feeds with absolute addresses', () => {
    const alternates = head.links
      .filter((link) => link.get('rel') === 'alternate')
      .map((link) => ({ type: link.get('type'), href: link.get('href'), title: link.get('title') }));
    expect(alternates).toEqual([
      { type: 'application/rss+xml', href: `${SITE}rss.xml`, title: `${SITE_TITLE} (RSS)` },
      { type: 'application/atom+xml', href: `${SITE}atom.xml`, title: `${SITE_TITLE} (Atom)` },
      { type: 'application/feed+json', href: `${SITE}feed.json`, title: `${SITE_TITLE} (JSON Feed)` },
    ]);
  });

  it('previews as a large card 1200×630 with alt text, for Open Graph and Twitter alike', () => {
    const title = head.title.endsWith(` · ${SITE_TITLE}`) ? head.title.slice(0, -` · ${SITE_TITLE}`.length) : head.title;
    expect(head.meta.get('og:title')).toBe(title);
    expect(head.meta.get('twitter:title')).toBe(title);
    expect(head.meta.get('og:description')).toBe(head.meta.get('description'));
    expect(head.meta.get('twitter:description')).toBe(head.meta.get('description'));
    expect(head.meta.get('og:site_name')).toBe(SITE_TITLE);
    expect(head.meta.get('og:type')).toBe(isPost(file) ? 'article' : 'website');
    expect(head.meta.get('og:image:width')).toBe('1200');
    expect(head.meta.get('og:image:height')).toBe('630');
    expect(head.meta.get('og:image:alt')).toMatch(/^Fulcrum Field Notes[:,] ./);
    expect(head.meta.get('twitter:card')).toBe('summary_large_image');
    expect(head.meta.get('twitter:image')).toBe(head.meta.get('og:image'));
    expect(head.meta.get('twitter:image:alt')).toBe(head.meta.get('og:image:alt'));
    if (!isPost(file)) {
      expect(head.meta.get('og:image')).toBe(`${SITE}og/site.png`);
      expect(head.meta.get('og:image:alt')).toBe(`${SITE_TITLE}: ${SITE_DESCRIPTION}`);
    }
  });
});

it.each(pages.filter((file) => file !== '404.html'))('%s names its own address as canonical, and shares that address', (file) => {
  const head = readHead(readDist(file));
  expect(linkHrefs(head, 'canonical')).toEqual([pageUrl(file, SITE)]);
  expect(head.meta.get('og:url')).toBe(pageUrl(file, SITE));
  expect(head.meta.has('robots')).toBe(false);
});

describe.each(posts)('the post of $day.date', ({ day, file, url }) => {
  const head = readHead(readDist(file));
  const rssItem = readRss(DIST).items.find((item) => item.link === url);

  it('is shared with its own title, description and publication time', () => {
    expect(head.meta.get('og:title')).toBe(day.title);
    expect(head.meta.get('og:description')).toBe(day.summary);
    expect(head.meta.get('description')).toBe(day.summary);
    expect(head.meta.get('article:published_time')).toBe(`${day.date}T12:00:00+02:00`);
  });

  it('describes itself as a BlogPosting in JSON-LD', () => {
    expect(head.jsonLd).toEqual([
      expect.objectContaining({
        '@context': 'https://schema.org',
        '@type': 'BlogPosting',
        headline: day.title,
        description: day.summary,
        url,
        // Noon in the site's zone, as the feeds stamp it: the same date for readers anywhere.
        datePublished: `${day.date}T12:00:00+02:00`,
        dateModified: `${day.date}T12:00:00+02:00`,
        author: { '@type': 'Person', name: 'Mara Lindqvist' },
        image: `${SITE}og/${day.date}.png`,
        // The same tags as the post's feed categories (every sample day has some).
        keywords: rssItem?.tags.join(', '),
      }),
    ]);
  });
});

it("the keywords of 2026-04-22 are its own tag, then its tasks' tags in rank order", () => {
  const [data] = readHead(readDist('2026/04/22/index.html')).jsonLd;
  expect(data?.['keywords']).toBe('long-day, course-platform, billing, docs, cli');
});

it('the index describes the site as a Blog in JSON-LD', () => {
  expect(readHead(readDist('index.html')).jsonLd).toEqual([
    {
      '@context': 'https://schema.org',
      '@type': 'Blog',
      name: SITE_TITLE,
      description: SITE_DESCRIPTION,
      url: SITE,
      author: { '@type': 'Person', name: 'Mara Lindqvist' },
    },
  ]);
});

describe('the sitemap', () => {
  const parser = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' });
  const index = parser.parse(readDist('sitemap-index.xml')) as { sitemapindex: { sitemap: { loc: string }[] } };
  const sitemaps = index.sitemapindex.sitemap.map(({ loc }) => loc);
  const listed = sitemaps.flatMap((loc) => {
    expect(loc.startsWith(SITE), loc).toBe(true);
    const sitemap = parser.parse(readDist(loc.slice(SITE.length))) as { urlset: { url: { loc: string }[] } };
    return sitemap.urlset.url.map((entry) => entry.loc);
  });

  it('lists every page but the 404 page, posts included', () => {
    expect([...listed].sort()).toEqual(
      pages
        .filter((file) => file !== '404.html')
        .map((file) => pageUrl(file, SITE))
        .sort(),
    );
    expect(listed).toEqual(expect.arrayContaining(posts.map(({ url }) => url)));
    expect(listed).not.toContain(`${SITE}404/`);
  });

  it('is named by robots.txt, which lets crawlers in', () => {
    const robots = readDist('robots.txt').split('\n');
    expect(robots).toContain('User-agent: *');
    expect(robots).not.toContain('Disallow: /');
    expect(robots.filter((line) => line.startsWith('Sitemap:'))).toEqual([`Sitemap: ${SITE}sitemap-index.xml`]);
    expect(distHas('sitemap-index.xml')).toBe(true);
  });
});

describe('the 404 page', () => {
  const html = readDist('404.html');
  const head = readHead(html);

  it('asks not to be indexed and names no canonical address', () => {
    expect(head.meta.get('robots')).toBe('noindex');
    expect(linkHrefs(head, 'canonical')).toEqual([]);
  });

  it('says what happened and links to the home page, the newest post, the archive and search', () => {
    expect(head.title).toBe(`Page not found · ${SITE_TITLE}`);
    expect(elements(html, 'main a').map((link) => attrsOf(link).href)).toEqual(['/', `/${PUBLISHED[0]?.path}`, '/archive/', '/search/']);
  });
});
