/**
 * Addresses in a built site of four days at one post a page: index pages
 * under page/N/, numbered from the oldest, a tag page per distinct tag in any script (c, c++ and c#
 * apart), every internal link leading to a built file; and a first
 * paragraph of 200 KB that the page carries once while its <head> and the
 * feeds carry 160 characters of it.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFolder, SITE_YAML } from '../support/content-folder.ts';
import { contentBuild } from '../support/extra-builds.ts';
import { readAtom, readJsonFeed, readRss } from '../support/feeds.ts';
import { readHead } from '../support/head.ts';
import { attrsOf, elements, textOf } from '../support/html.ts';
import { checkLinks } from '../support/links.ts';

const SITE = 'https://notes.example.com/';
const SENTENCE = 'The migration ran through the night and the checks stayed green. ';
/** About 200 KB of one paragraph. */
const LONG_PARAGRAPH = SENTENCE.repeat(3000).trim();

const day = (date: string, tags: string, prose = 'What happened.') =>
  `---\ndate: ${date}\ntags: ${tags}\ntasks:\n  - title: Work on ${date}\n    human: 1h\n    ai: 10m\n    supervision: 1m\n---\n${prose}\n`;

let content: string;
let out: string;
const read = (path: string) => readFileSync(join(out, path), 'utf8');

beforeAll(() => {
  content = contentFolder({
    'site.yaml': `${SITE_YAML}postsPerPage: 1\n`,
    'days/2026-04-21.md': day('2026-04-21', '[инфраструктура, c]', LONG_PARAGRAPH),
    'days/2026-04-22.md': day('2026-04-22', '[インフラ, c++]'),
    'days/2026-04-23.md': day('2026-04-23', '[υποδομή, c#]'),
    'days/2026-04-24.md': day('2026-04-24', '[c]'),
  });
  out = contentBuild('addresses', content);
});
afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('index pages', () => {
  it('are / and page/1/ to page/4/, never a bare number', () => {
    for (const path of ['index.html', 'page/1/index.html', 'page/2/index.html', 'page/3/index.html', 'page/4/index.html'])
      expect(existsSync(join(out, path)), path).toBe(true);
    for (const path of ['2/index.html', 'page/0/index.html', 'page/5/index.html']) expect(existsSync(join(out, path)), path).toBe(false);
  });

  it('link to their neighbours under page/: the newer day on page 4, the older on page 2', () => {
    const links = elements(read('page/3/index.html'), 'nav.pagination a').map(attrsOf);
    expect(links).toEqual([
      { href: '/page/4/', rel: 'prev' },
      { href: '/page/2/', rel: 'next' },
    ]);
  });
});

describe('tags', () => {
  const TAGS = [
    ['c', 'c'],
    ['c++', 'c-plus-plus'],
    ['c#', 'c-sharp'],
    ['υποδομή', 'υποδομή'],
    ['инфраструктура', 'инфраструктура'],
    ['インフラ', 'インフラ'],
  ];

  it('each have their own page, named as written', () => {
    for (const [name, slug] of TAGS) {
      const html = read(`tags/${slug}/index.html`);
      expect(html, slug).toContain(`<h1 class="page-title" dir="auto">Tag: <bdi>${name}</bdi></h1>`);
    }
  });

  it('are listed on /tags/ with a link to each page, and c has both of its days', () => {
    const links = elements(read('tags/index.html'), 'th[scope="row"] > a').map((link) => [
      textOf(link),
      decodeURI(attrsOf(link).href ?? ''),
    ]);
    expect(links).toEqual(TAGS.map(([name, slug]) => [name, `/tags/${slug}/`]));
    expect(read('tags/c/index.html')).toContain('2 tasks');
  });
});

describe('every internal link, in pages, feeds and the sitemap', () => {
  it('leads to a built file', () => {
    const report = checkLinks(out, SITE);
    expect(report.problems).toEqual([]);
    expect(report.checked).toBeGreaterThan(100);
  });

  it('never leads to the 404 page', () => {
    for (const file of ['index.html', 'page/1/index.html', 'page/2/index.html', 'page/3/index.html', 'page/4/index.html'])
      expect(read(file), file).not.toMatch(/href="[^"]*404/);
  });
});

describe('a 200 KB first paragraph', () => {
  const cut = `${SENTENCE.repeat(2)}The migration ran through the…`;

  it('is cut to 160 characters in the <head> and the structured data', () => {
    // Two sentences with their spaces are 130 characters; the space after "the" at index 159 is the last that leaves room for "…".
    expect([...cut].length).toBe(160);
    const head = readHead(read('2026/04/21/index.html'));
    expect(head.meta.get('description')).toBe(cut);
    expect(head.meta.get('og:description')).toBe(cut);
    expect(head.meta.get('twitter:description')).toBe(cut);
    expect(head.jsonLd[0]?.description).toBe(cut);
  });

  it('is shown once on its page', () => {
    const html = read('2026/04/21/index.html');
    // 3,000 in the paragraph, and two in each of the four cut copies (three metas and the JSON-LD).
    expect(html.split(SENTENCE.trim()).length - 1).toBe(3000 + 2 * 4);
    expect(html.length).toBeLessThan(LONG_PARAGRAPH.length + 100_000);
  });

  it('is cut to the same 160 characters in all three feeds', () => {
    for (const feed of [readRss(out), readAtom(out), readJsonFeed(out)]) {
      expect(feed.items.find((item) => item.link === `${SITE}2026/04/21/`)?.summary).toBe(cut);
    }
  });
});
