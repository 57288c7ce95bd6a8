/**
 * A tag's pages in a built site: 51 tasks tagged billing on three days make,
 * at `tasksPerTagPage: 40`, the tag's own page with the 40 newest and its
 * totals, and two pages numbered from the oldest, of 40 and 11 (each newest
 * day first and each day in its Task Log order), with newer/older links
 * between them, and the tag index linking the tag with its totals.
 *
 * Every task takes 10 min of agent time, and task k of a day k hours of
 * human time: its factor is 6k x, so in a day of n tasks task k has rank
 * n + 1 − k. The days (worked out by hand):
 *
 * - 2026-05-01: 20 tasks tagged billing by the day, 1 min of supervision each.
 * - 2026-05-02: 25 tasks tagged billing by the day, 2 min of supervision each.
 * - 2026-05-03: 3 tasks tagged فوترة (2h in 20m, no supervision).
 * - 2026-05-04: 12 tasks, the even ones (k = 2, 4 … 12) tagged billing, no supervision.
 *
 * billing: 20 + 25 + 6 = 51 tasks; 210 + 325 + 42 = 577 h in 510 min →
 * 34,620 / 510 = 67.88… → 67.9x; supervision 20 + 50 = 70 min → 34,620 / 70 =
 * 494.57… → 494.6x. The tag's own page: 2026-05-04's six (ranks 1, 3 … 11),
 * 2026-05-02's 25, 2026-05-01's ranks 1 to 9 (k = 20 … 12). Counted from the
 * oldest task (2026-05-01's rank 20), page 1 holds tasks 1–40: 2026-05-02's
 * k = 20 … 1 (ranks 6 to 25), then all 20 of 2026-05-01; page 2 tasks 41–51:
 * 2026-05-04's six, then 2026-05-02's k = 25 … 21 (ranks 1 to 5).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFolder, SITE_YAML } from '../support/content-folder.ts';
import { contentBuild } from '../support/extra-builds.ts';
import { readHead } from '../support/head.ts';
import { attrsOf, element, elements, rowTexts, tableByClass, textOf } from '../support/html.ts';
import { checkLinks } from '../support/links.ts';

const SITE = 'https://notes.example.com/';
const MONTH_DAY: Record<string, string> = { '2026-05-01': 'May 1', '2026-05-02': 'May 2', '2026-05-04': 'May 4' };

function dayFile(
  date: string,
  count: number,
  options: { dayTags?: string; supervision: string; taskTag?: (k: number) => string | undefined },
): string {
  const tasks = Array.from({ length: count }, (_, index) => {
    const k = index + 1;
    const tag = options.taskTag?.(k);
    return `  - title: Billing task ${k} of ${MONTH_DAY[date]}\n    human: ${k}h\n    ai: 10m\n    supervision: ${options.supervision}\n${tag ? `    tags: [${tag}]\n` : ''}`;
  });
  return `---\ndate: ${date}\n${options.dayTags ? `tags: ${options.dayTags}\n` : ''}tasks:\n${tasks.join('')}---\nA day of billing work.\n`;
}

const ARABIC_DAY = `---
date: 2026-05-03
tags: [فوترة]
tasks:
  - title: Invoice layout
    human: 2h
    ai: 20m
    supervision: 0m
  - title: Invoice numbering
    human: 2h
    ai: 20m
    supervision: 0m
  - title: Invoice archive
    human: 2h
    ai: 20m
    supervision: 0m
---
A day of invoices.
`;

let content: string;
let out: string;
const read = (path: string) => readFileSync(join(out, path), 'utf8');

beforeAll(() => {
  content = contentFolder({
    'site.yaml': `${SITE_YAML}tasksPerTagPage: 40\n`,
    'days/2026-05-01.md': dayFile('2026-05-01', 20, { dayTags: '[billing]', supervision: '1m' }),
    'days/2026-05-02.md': dayFile('2026-05-02', 25, { dayTags: '[billing]', supervision: '2m' }),
    'days/2026-05-03.md': ARABIC_DAY,
    'days/2026-05-04.md': dayFile('2026-05-04', 12, { supervision: '0m', taskTag: (k) => (k % 2 === 0 ? 'billing' : undefined) }),
  });
  out = contentBuild('tag-pages', content);
});
afterAll(() => rmSync(content, { recursive: true, force: true }));

/** How a day's cell shows its date. */
const SHORT_DATE: Record<string, string> = { '2026-05-01': 'May 1, 2026', '2026-05-02': 'May 2, 2026', '2026-05-04': 'May 4, 2026' };

/** [day, rank, title] of the rows a day of n tasks gives, for the tasks k in `ks`, highest k (rank 1) first. */
const rowsOf = (date: string, n: number, ks: number[]) =>
  [...ks].sort((a, b) => b - a).map((k) => [SHORT_DATE[date], String(n + 1 - k), `Billing task ${k} of ${MONTH_DAY[date]}`]);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

const LEDE = '51 tasks, 577.0 human-equivalent hours in 510 Claude minutes: weighted leverage 67.9x, supervisory leverage 494.6x.';

describe('the billing tag, 51 tasks', () => {
  it('has its own page, /tags/billing/, and two numbered ones, /tags/billing/page/1/ and /tags/billing/page/2/, and no other', () => {
    for (const path of ['tags/billing/index.html', 'tags/billing/page/1/index.html', 'tags/billing/page/2/index.html'])
      expect(existsSync(join(out, path)), path).toBe(true);
    for (const path of ['tags/billing/page/0/index.html', 'tags/billing/page/3/index.html', 'tags/billing/2/index.html'])
      expect(existsSync(join(out, path)), path).toBe(false);
  });

  it('lists the 40 newest tasks on its own page: 2026-05-04, then 2026-05-02, then 2026-05-01 down to rank 9', () => {
    const table = tableByClass(read('tags/billing/index.html'), 'task-log');
    const expected = [
      ...rowsOf('2026-05-04', 12, [2, 4, 6, 8, 10, 12]),
      ...rowsOf('2026-05-02', 25, range(1, 25)),
      ...rowsOf('2026-05-01', 20, range(12, 20)),
    ];
    expect(expected).toHaveLength(40);
    expect(rowTexts(table).map((row) => row.slice(0, 3))).toEqual(expected);
    // The first row in full: 12h in 10m = 72.0x, no supervision.
    expect(rowTexts(table)[0]).toEqual(['May 4, 2026', '1', 'Billing task 12 of May 4', '12h', '10m', '0m', '72.0x', '—']);
  });

  it('lists the first 40 tasks ever on page 1: 2026-05-02 from rank 6, then all of 2026-05-01', () => {
    const table = tableByClass(read('tags/billing/page/1/index.html'), 'task-log');
    expect(rowTexts(table).map((row) => row.slice(0, 3))).toEqual([
      ...rowsOf('2026-05-02', 25, range(1, 20)),
      ...rowsOf('2026-05-01', 20, range(1, 20)),
    ]);
    // The last row in full: 1h in 10m = 6.0x; 1h / 1m = 60.0x.
    expect(rowTexts(table).at(-1)).toEqual(['May 1, 2026', '20', 'Billing task 1 of May 1', '1h', '10m', '1m', '6.0x', '60.0x']);
  });

  it('lists the eleven newest on page 2: 2026-05-04, then 2026-05-02 down to rank 5', () => {
    const table = tableByClass(read('tags/billing/page/2/index.html'), 'task-log');
    expect(rowTexts(table).map((row) => row.slice(0, 3))).toEqual([
      ...rowsOf('2026-05-04', 12, [2, 4, 6, 8, 10, 12]),
      ...rowsOf('2026-05-02', 25, range(21, 25)),
    ]);
  });

  it("carries the tag's totals over all its tasks on its own page, with its own title", () => {
    const html = read('tags/billing/index.html');
    expect(textOf(element(html, 'p.lede'))).toBe(LEDE);
    expect(textOf(element(html, 'h1'))).toBe('Tag: billing');
    expect(tableByClass(html, 'task-log').caption).toBe('Tasks tagged billing, newest first');
    expect(readHead(html).title).toBe('Tag: billing · Test Notes');
  });

  it.each([
    ['tags/billing/page/1/index.html', 'Tag: billing, page 1', 'Tasks tagged billing, newest first (tasks 1–40 counted from the first)'],
    ['tags/billing/page/2/index.html', 'Tag: billing, page 2', 'Tasks tagged billing, newest first (tasks 41–51 counted from the first)'],
  ])(
    '%s says where its tasks stand, counted from the first, and nothing a task added would change: no totals, no count of pages',
    (file, heading, caption) => {
      const html = read(file);
      expect(elements(html, 'p.lede')).toEqual([]);
      expect(textOf(element(html, 'h1'))).toBe(heading);
      expect(tableByClass(html, 'task-log').caption).toBe(caption);
      expect(readHead(html).title).toBe(`${heading} · Test Notes`);
    },
  );

  it('links its own page to page 1 (page 2 holds only tasks it shows), page 1 to page 2, page 2 to both, each page its own canonical address', () => {
    const own = read('tags/billing/index.html');
    const first = read('tags/billing/page/1/index.html');
    const second = read('tags/billing/page/2/index.html');
    const nav = (html: string) => elements(html, 'nav.pagination li').map((item) => textOf(item));
    const links = (html: string) => elements(html, 'nav.pagination a').map(attrsOf);
    expect(nav(own)).toEqual(['Older tasks →']);
    expect(links(own)).toEqual([{ href: '/tags/billing/page/1/', rel: 'next' }]);
    expect(nav(first)).toEqual(['← Newer tasks', 'Page 1']);
    expect(links(first)).toEqual([{ href: '/tags/billing/page/2/', rel: 'prev' }]);
    expect(nav(second)).toEqual(['← Newer tasks', 'Page 2', 'Older tasks →']);
    expect(links(second)).toEqual([
      { href: '/tags/billing/', rel: 'prev' },
      { href: '/tags/billing/page/1/', rel: 'next' },
    ]);
    expect(
      readHead(own)
        .links.find((link) => link.get('rel') === 'canonical')
        ?.get('href'),
    ).toBe(`${SITE}tags/billing/`);
    expect(
      readHead(second)
        .links.find((link) => link.get('rel') === 'canonical')
        ?.get('href'),
    ).toBe(`${SITE}tags/billing/page/2/`);
  });

  it('is linked from /tags/ with its totals', () => {
    const table = tableByClass(read('tags/index.html'), 'data');
    const billing = table.body.find((row) => row[0]?.text === 'billing');
    expect(billing?.map((cell) => cell.text)).toEqual(['billing', '51', '577.0', '510', '70', '67.9x', '494.6x']);
    const link = elements(read('tags/index.html'), 'th[scope="row"] > a').find((anchor) => textOf(anchor) === 'billing');
    expect(link && attrsOf(link).href).toBe('/tags/billing/');
  });
});

describe('a tag of one page in a right-to-left script', () => {
  const html = () => read('tags/فوترة/index.html');

  it('isolates the tag in the heading and the caption, which take their direction from their text', () => {
    // Three tasks of 2h in 20m: 6 h in 60 min = 6.0x; no supervision → —.
    expect(html()).toContain('<h1 class="page-title" dir="auto">Tag: <bdi>فوترة</bdi></h1>');
    expect(html()).toContain('<caption id="tag-tasks-caption" dir="auto">Tasks tagged <bdi>فوترة</bdi>, newest first</caption>');
    expect(textOf(element(html(), 'p.lede'))).toBe(
      '3 tasks, 6.0 human-equivalent hours in 60 Claude minutes: weighted leverage 6.0x, supervisory leverage —.',
    );
    expect(attrsOf(element(html(), 'p.lede')).dir).toBe('auto');
    expect(elements(html(), 'nav.pagination')).toEqual([]);
  });
});

it('every internal link of the site, page 2 of the tag included, leads to a built file', () => {
  const report = checkLinks(out, SITE);
  expect(report.problems).toEqual([]);
  expect(report.files).toContain('tags/billing/page/2/index.html');
});
