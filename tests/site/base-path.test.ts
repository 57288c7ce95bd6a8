/**
 * The site built for https://fulcrum.example.com/blog/: every address it
 * hands out (feeds, sitemap, robots.txt, canonical, Open Graph, JSON-LD,
 * cards) carries /blog/, and every one of them leads to a built file.
 *
 * The base path is set in exactly one place: `url` in content/site.yaml
 * (its path is the base). astro.config.mjs derives Astro's `site` and `base`
 * from it, FULCRUM_URL only overrides that address (the shared /blog/ build
 * uses it; src/lib/schema/site-address.ts reads and checks it), and the templates
 * read the base only through sitePath() in src/data/urls.ts, from the
 * configuration (a BASE_URL in the environment cannot move it: see the
 * determinism test). The last test holds the code to that; the feed-limit
 * test builds a content folder whose site.yaml alone sets a base path.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { BLOG_URL, blogBuild } from '../support/extra-builds.ts';
import { contentUrls, readAtom, readJsonFeed, readRss, type Feed } from '../support/feeds.ts';
import { linkHrefs, pageUrl, readHead } from '../support/head.ts';
import { activeContent } from '../support/html.ts';
import { PROJECT_ROOT } from '../support/npm-run.ts';
import { listFiles } from '../../scripts/lib/page-weight.ts';

const ORIGIN = new URL(BLOG_URL).origin;
let dir: string;
let pages: string[];
beforeAll(() => {
  dir = blogBuild();
  pages = listFiles(dir).filter((file) => file.endsWith('.html'));
});

const read = (file: string) => readFileSync(join(dir, file), 'utf8');

/** The built file an address under BLOG_URL is served from, or a failed expectation. */
function expectServed(url: string): void {
  expect(url.startsWith(BLOG_URL), `${url} is under ${BLOG_URL}`).toBe(true);
  const path = decodeURIComponent(new URL(url).pathname).slice(new URL(BLOG_URL).pathname.length);
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  expect(existsSync(join(dir, file)), `${url} → ${file}`).toBe(true);
}

describe.each([
  { format: 'RSS', read: readRss },
  { format: 'Atom', read: readAtom },
  { format: 'JSON Feed', read: readJsonFeed },
])('the $format feed', ({ read: readFeed }) => {
  it('gives its home, its own address and every item link and id under /blog/', () => {
    const feed: Feed = readFeed(dir);
    expect(feed.home).toBe(BLOG_URL);
    if (feed.self) expectServed(feed.self);
    expect(feed.items).toHaveLength(8);
    for (const item of feed.items) {
      expect(item.id).toBe(item.link);
      expectServed(item.link);
    }
  });

  it('links only to addresses under /blog/ when it links to the site', () => {
    // Posts link the previous day from their comparison table (all but the first day).
    const own = readFeed(dir).items.flatMap((item) => contentUrls(item.content).filter((url) => url.startsWith(ORIGIN)));
    expect(own).toContain(`${BLOG_URL}2026/04/21/`);
    for (const url of own) expectServed(url);
  });
});

it('the sitemap and robots.txt name addresses under /blog/ only', () => {
  const parser = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' });
  const index = parser.parse(read('sitemap-index.xml')) as { sitemapindex: { sitemap: { loc: string }[] } };
  const listed = index.sitemapindex.sitemap.flatMap(({ loc }) => {
    expectServed(loc);
    const sitemap = parser.parse(read(loc.slice(BLOG_URL.length))) as { urlset: { url: { loc: string }[] } };
    return sitemap.urlset.url.map((entry) => entry.loc);
  });
  expect([...listed].sort()).toEqual(
    pages
      .filter((file) => file !== '404.html')
      .map((file) => pageUrl(file, BLOG_URL))
      .sort(),
  );
  expect(read('robots.txt')).toContain(`\nSitemap: ${BLOG_URL}sitemap-index.xml\n`);
});

it('every page names its canonical, shared, feed and card addresses under /blog/', () => {
  expect(pages.length).toBeGreaterThan(10);
  for (const file of pages) {
    const head = readHead(read(file));
    if (file !== '404.html') expect(linkHrefs(head, 'canonical'), file).toEqual([pageUrl(file, BLOG_URL)]);
    const addresses = [
      ...linkHrefs(head, 'alternate'),
      ...['og:url', 'og:image', 'twitter:image'].map((name) => head.meta.get(name) ?? `(${file} has no ${name})`),
      ...head.jsonLd.flatMap((data) => [data['url'], data['image']].filter((value): value is string => typeof value === 'string')),
    ];
    expect(addresses.length, file).toBeGreaterThanOrEqual(6);
    for (const url of addresses) expectServed(url);
  }
  expect(readHead(read('2026/04/22/index.html')).meta.get('og:image')).toBe(`${BLOG_URL}og/2026-04-22.png`);
});

it('its posts run no script (JSON-LD is data)', () => {
  const posts = pages.filter((file) => /^\d{4}\/\d{2}\/\d{2}\/index\.html$/.test(file));
  expect(posts).toHaveLength(8);
  for (const file of posts) expect(activeContent(read(file)), file).toEqual([]);
});

it('the base path is read in one place: sitePath() in src/astro/data/urls.ts, from the configuration the integration derives', () => {
  const sources = ['src', 'scripts', 'bin']
    .flatMap((folder) => walk(join(PROJECT_ROOT, folder)))
    .concat(join(PROJECT_ROOT, 'astro.config.mjs'))
    .map((file) => ({ file: relative(PROJECT_ROOT, file), text: readFileSync(file, 'utf8') }));
  const reading = (pattern: RegExp) => sources.filter(({ text }) => pattern.test(text)).map(({ file }) => file);
  expect(reading(/import\.meta\.env\.BASE_URL/)).toEqual([]);
  expect(reading(/from 'astro:config\/(client|server)'/)).toEqual(['src/astro/data/urls.ts']);
  // npm run build forwards astro build's own --base option to Astro's build(), as Astro's command line would.
  expect(reading(/\bbase:/)).toEqual(['src/astro/integration.ts', 'src/cli/astro-options.ts']);
  expect(reading(/FULCRUM_URL/)).toEqual(['src/astro/integration.ts', 'src/lib/schema/site-address.ts']);
  expect(reading(/['"`]\/blog\/?['"`]/)).toEqual([]);
});

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : /\.(ts|mjs|astro)$/.test(name) ? [path] : [];
  });
}
