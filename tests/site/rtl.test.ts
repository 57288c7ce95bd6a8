/**
 * A site in Arabic (tests/support/arabic-site.ts) read in a real browser: the
 * page runs right to left, with the tables' columns, the navigation and the
 * links between days mirrored, while numbers, the "x" of a factor and the
 * charts keep reading left to right.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchBrowser, openPage } from '../support/browser.ts';
import { arabicBuild } from '../support/extra-builds.ts';
import { readAtom, readJsonFeed, readRss } from '../support/feeds.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const SCREENSHOTS = resolve('screenshots');
/** The second of the two days: three tasks, a previous day and no next one. */
const POST = '2026/03/03/';
const FIRST_POST = '2026/03/02/';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(arabicBuild());
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (path: string, width: number) => openPage(browser, `${server.origin}/${path}`, { width });

/** The edges of each element matching `selector`, in document order. */
const edges = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const { left, right, top } = element.getBoundingClientRect();
      return { left: Math.round(left), right: Math.round(right), top: Math.round(top) };
    }),
  );

/** Each box left of the one before it on the same line: the order runs right to left (a wrapped line starts again at the right). */
const rightToLeft = (boxes: { left: number; right: number; top: number }[]) =>
  boxes.every((box, index) => {
    const before = boxes[index - 1];
    return !before || (box.top === before.top ? box.right <= before.left : box.top > before.top && box.right >= before.right);
  });

describe.each([375, 1280])('the Arabic post at %i px', (width) => {
  test('runs right to left: <html dir>, the Task Log’s columns and the site navigation start at the right', async () => {
    const page = await open(POST, width);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    // '#', 'Task', 'Human Est.', 'Claude', 'Sup.', 'Factor', 'Sup. Factor': each column left of the one before.
    const columns = await edges(page, 'table.task-log thead th');
    expect(columns).toHaveLength(7);
    expect(rightToLeft(columns), JSON.stringify(columns)).toBe(true);
    const links = await edges(page, '.site-header nav a');
    expect(links).toHaveLength(6);
    expect(rightToLeft(links), JSON.stringify(links)).toBe(true);
    // The site's name sits at the right, where the page starts.
    const [title] = await edges(page, '.site-title');
    expect(title?.right).toBeGreaterThan(width / 2);
  });

  test('keeps every figure left to right: the "x" of a factor to the right of its digits', async () => {
    const page = await open(POST, width);
    const figures = await page.locator('table.task-log td.num, table.aggregate td.num').evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const text = cell.firstChild?.nodeType === Node.TEXT_NODE ? (cell.firstChild as Text) : null;
        if (!text || !/^\d[\d.,]*x$/.test(text.data)) return [];
        const rectOf = (start: number) => {
          const range = document.createRange();
          range.setStart(text, start);
          range.setEnd(text, start + 1);
          return range.getBoundingClientRect();
        };
        return [{ figure: text.data, digitsThenX: rectOf(0).right <= rectOf(text.data.length - 1).left + 0.5 }];
      }),
    );
    // Six factors in the Task Log, two leverages in the Aggregate Statistics.
    expect(figures.map(({ figure }) => figure)).toEqual(['18.0x', '90.0x', '15.0x', '60.0x', '5.0x', '45.0x', '14.3x', '73.1x']);
    expect(figures.filter(({ digitsThenX }) => !digitsThenX)).toEqual([]);
  });

  test('never scrolls sideways', async () => {
    const page = await open(POST, width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });

  test('is saved as full-page screenshots of the post and the dashboard', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [name, path] of [
      ['rtl-post', POST],
      ['rtl-stats', 'stats/'],
    ] as const) {
      const page = await open(path, width);
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png`, fullPage: true });
    }
  });
});

test('the previous day is linked at the right and the next at the left, each arrow pointing outwards', async () => {
  const arrow = async (path: string, rel: 'prev' | 'next') => {
    const page = await open(path, 1280);
    const link = page.locator(`.day-navigation a[rel="${rel}"]`);
    const [box] = await edges(page, `.day-navigation a[rel="${rel}"]`);
    const transform = await link.locator('.arrow').evaluate((element) => getComputedStyle(element).transform);
    return { side: (box?.left ?? 0) + (box?.right ?? 0) > 1280 ? 'right' : 'left', mirrored: transform === 'matrix(-1, 0, 0, 1, 0, 0)' };
  };
  // "←" mirrored points right, away from the text, as "→" mirrored points left.
  expect(await arrow(POST, 'prev')).toEqual({ side: 'right', mirrored: true });
  expect(await arrow(FIRST_POST, 'next')).toEqual({ side: 'left', mirrored: true });
});

test('the dashboard’s charts read left to right: axis labels left of the plot, time running rightwards', async () => {
  const page = await open('stats/', 1280);
  // The first chart: human-equivalent hours per day, a bar a day.
  const chart = page.locator('svg.chart-wide').first();
  expect(await chart.evaluate((svg) => getComputedStyle(svg).direction)).toBe('ltr');
  const yLabels = await chart
    .locator('.chart-axis[text-anchor="end"] text')
    .evaluateAll((texts) => texts.map((text) => text.getBoundingClientRect().right));
  const [firstBar, secondBar] = await chart
    .locator('.chart-bars rect')
    .evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().left));
  expect(Math.max(...yLabels)).toBeLessThan(firstBar ?? 0);
  expect(firstBar).toBeLessThan(secondBar ?? 0);
});

test('the Arabic tag page runs right to left: its columns start at the right, its rows keep the day’s Task Log order, and axe finds no problem', async () => {
  const page = await open(`tags/${encodeURIComponent('فوترة')}/`, 1280);
  // 'Day', 'Rank', 'Task', 'Human Est.', 'Claude', 'Sup.', 'Factor', 'Sup. Factor': each column left of the one before.
  const columns = await edges(page, 'table.task-log thead th');
  expect(columns).toHaveLength(8);
  expect(rightToLeft(columns), JSON.stringify(columns)).toBe(true);
  // Its three tasks of 2026-03-03, in that day's Task Log order: 18.0x, 15.0x, 5.0x.
  expect(await page.locator('table.task-log tbody td:nth-child(7)').allTextContents()).toEqual(['18.0x', '15.0x', '5.0x']);
  expect(await axeViolations(page)).toEqual([]);
});

test('axe finds no accessibility problem on the Arabic post', async () => {
  expect(await axeViolations(await open(POST, 1280))).toEqual([]);
});

test.each([
  ['RSS', readRss],
  ['Atom', readAtom],
  ['JSON Feed', readJsonFeed],
])('every %s item carries the direction, which a feed reader cannot take from the page', (_format, read) => {
  const items = read(arabicBuild()).items;
  expect(items).toHaveLength(2);
  for (const item of items) expect(item.content.startsWith('<div dir="rtl">'), item.content.slice(0, 40)).toBe(true);
});
