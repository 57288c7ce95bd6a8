/** The built site read in a real browser (the Chromium browser-lookup.ts chose), served from dist/ on 127.0.0.1. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserOnDist, openPage, tabThrough } from '../support/browser.ts';
import { chooseBrowser } from '../support/browser-lookup.ts';
import { LONG_POST, PAGE_TYPES } from '../support/page-types.ts';

const SCREENSHOTS = resolve('screenshots');
const PHONE = 375;
const DESKTOP = 1280;

const site = browserOnDist();

const urlOf = (path: string) => `${site.origin()}/${path}`;

test('runs in the Chromium the lookup chose: the npm one when the system browser is ignored', () => {
  const choice = chooseBrowser(process.env, existsSync);
  // @sparticuz/chromium's major version is the Chromium major it ships.
  const packageFile = join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..', 'package.json');
  const npmVersion = (JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string }).version;
  const expected =
    choice.source === 'npm'
      ? npmVersion
      : execFileSync(choice.path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  expect(site.browser().version().split('.')[0]).toBe(/(\d+)\.\d+\.\d+/.exec(expected)?.[1]);
});

describe('a reader on the index', () => {
  test('follows a link to the long post and reads its tables, bio and footer', async () => {
    const page = await openPage(site.browser(), urlOf(''), { width: DESKTOP });
    expect(await page.locator('h1').innerText()).toBe('Latest days');
    await page.getByRole('link', { name: 'Leverage Record: April 22, 2026' }).click();
    await page.waitForURL(urlOf(LONG_POST));
    expect(await page.locator('h1').innerText()).toBe('Leverage Record: April 22, 2026');

    const taskLog = page.getByRole('table', { name: /^Tasks of April 22, 2026/ });
    const cells = (selector: string) =>
      taskLog
        .locator(selector)
        .evaluateAll((rows) => rows.map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.innerText)));
    expect(await cells('thead tr')).toEqual([['#', 'Task', 'Human Est.', 'Claude', 'Sup.', 'Factor', 'Sup. Factor']]);
    const rows = await cells('tbody tr');
    expect(rows).toHaveLength(26);
    // 28 h = 1,680 min over 17 min is 98.8x; over 2 min of supervision, 840x.
    // Each title is followed by the task's own tags, on a line of their own.
    expect(rows[0]).toEqual([
      '1',
      'Course platform: rebuild the lesson editor on top of the new block model, including drafts, autosave and undo history\ncourse-platform',
      '28h',
      '17m',
      '2m',
      '98.8x',
      '840.0x',
    ]);
    expect(rows[25]).toEqual([
      '26',
      'Docs site: fix the typo in the ‘Getting started’ heading that the spell-checker kept flagging\ndocs',
      '0.33h',
      '5m',
      '1m',
      '4.0x',
      '19.8x',
    ]);

    const links = (list: Locator) =>
      list.getByRole('link').evaluateAll((anchors) => anchors.map((anchor) => [anchor.textContent, anchor.getAttribute('href')]));
    // The day's tag under the title; each task's own tags (not the day's again) under its title.
    expect(await links(page.locator('.post-header').getByRole('list', { name: 'Tags' }))).toEqual([['long-day', '/tags/long-day/']]);
    expect(await links(taskLog.locator('tbody tr').first().getByRole('list', { name: 'Tags' }))).toEqual([
      ['course-platform', '/tags/course-platform/'],
    ]);

    const aggregate = page.getByRole('table', { name: 'Totals and weighted averages for April 22, 2026' });
    expect(
      await aggregate
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((cell) => cell.innerText))),
    ).toEqual([
      ['Total tasks', '26'],
      ['Total human-equivalent hours', '189.08'],
      ['Total Claude minutes', '704'],
      ['Total supervisory minutes', '79'],
      ['Total tokens', '3,030,000'],
      ['Weighted average leverage factor', '16.1x'],
      ['Weighted average supervisory leverage factor', '143.6x'],
    ]);

    const bio = page.getByRole('complementary', { name: 'About the author' });
    expect(await bio.locator('.author-name').innerText()).toBe('By Mara Lindqvist');
    expect(await bio.getByRole('link').innerText()).toBe('More about her work');
    const callToAction = page.getByRole('complementary', { name: 'Want this kind of leverage on your team?' });
    expect(await callToAction.getByRole('link').innerText()).toBe('Book an introductory call');
    expect(await page.getByRole('contentinfo').innerText()).toBe('Fulcrum Field Notes · by Mara Lindqvist · built with Fulcrum');
    await page.close();
  });
});

/** Where the screenshots are taken: the smallest phone, a common phone, a tablet and a desktop. */
const SCREENSHOT_WIDTHS = [320, PHONE, 768, DESKTOP];

describe.each(PAGE_TYPES)('$name', ({ name, path }) => {
  test.each([320, PHONE])('has no horizontal scroll at %i×812', async (width) => {
    const page = await openPage(site.browser(), urlOf(path), { width });
    const { scrollWidth, clientWidth } = await page.evaluate(() => {
      const { scrollWidth, clientWidth } = document.documentElement;
      return { scrollWidth, clientWidth };
    });
    expect(scrollWidth - clientWidth).toBe(0);
    await page.close();
  });

  test('shows keyboard focus on every link and focusable region', async () => {
    const page = await openPage(site.browser(), urlOf(path), { width: DESKTOP });
    const { stops, focusable } = await tabThrough(page);
    expect(stops.map(({ element }) => element).sort()).toEqual([...focusable].sort());
    for (const stop of stops) {
      expect(stop, `focus ring of ${stop.element}`).toMatchObject({ outlineStyle: 'solid', outlineWidth: 3 });
    }
    await page.close();
  });

  test.each(['light', 'dark'] as const)('renders in the %s colour scheme', async (colorScheme) => {
    const page = await openPage(site.browser(), urlOf(path), { width: DESKTOP, colorScheme });
    const colours = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      return {
        background: body.backgroundColor,
        text: body.color,
        link: getComputedStyle(document.querySelector('nav a') ?? document.body).color,
      };
    });
    expect(colours).toEqual(
      colorScheme === 'light'
        ? { background: 'rgb(253, 252, 250)', text: 'rgb(29, 31, 35)', link: 'rgb(11, 92, 173)' }
        : { background: 'rgb(22, 24, 28)', text: 'rgb(232, 230, 225)', link: 'rgb(140, 194, 255)' },
    );
    await page.close();
  });

  test('is saved as full-page screenshots at phone, tablet and desktop widths', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const width of SCREENSHOT_WIDTHS) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await openPage(site.browser(), urlOf(path), { width, colorScheme });
        const file = `${SCREENSHOTS}/${name.replaceAll(' ', '-')}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
        await page.close();
      }
    }
  });
});

test('search with results is saved as full-page screenshots at phone, tablet and desktop widths', async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of SCREENSHOT_WIDTHS) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openPage(site.browser(), urlOf('search/'), { width, colorScheme });
      await page.getByRole('textbox', { name: 'Search the site' }).fill('billing');
      await page.locator('.pagefind-ui__message').filter({ hasText: '8 results for billing' }).waitFor();
      const file = `${SCREENSHOTS}/search-with-results-${width}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
      await page.close();
    }
  }
});

/** Where each cell of a table's first body row is drawn, and the label a stacked card shows above its value. */
async function firstRowCells(page: Page, table: string) {
  return page
    .locator(`${table} tbody tr`)
    .first()
    .evaluate((row) =>
      [...(row as HTMLTableRowElement).cells].map((cell) => {
        const { top, bottom, left, right } = cell.getBoundingClientRect();
        const label = getComputedStyle(cell, '::before');
        return {
          text: cell.innerText,
          top: Math.round(top),
          bottom: Math.round(bottom),
          left: Math.round(left),
          right: Math.round(right),
          label: label.display === 'block' ? label.content : 'none',
        };
      }),
    );
}

describe(`the Task Log at ${PHONE}px`, () => {
  test('stacks each task as a card: rank and factor on one line, then the title, then the other figures, each named', async () => {
    const page = await openPage(site.browser(), urlOf(LONG_POST), { width: PHONE });
    const box = await page.locator('.table-scroll:has(table.task-log)').evaluate((element) => ({
      scrolls: element.scrollWidth > element.clientWidth,
      right: Math.round(element.getBoundingClientRect().right),
    }));
    expect(box).toEqual({ scrolls: false, right: PHONE - 16 });
    const [rank, title, human, agent, supervision, factor, supervisionFactor] = await firstRowCells(page, 'table.task-log');
    expect([rank?.text, title?.text, human?.text, agent?.text, supervision?.text, factor?.text, supervisionFactor?.text]).toEqual([
      '1',
      'Course platform: rebuild the lesson editor on top of the new block model, including drafts, autosave and undo history\ncourse-platform',
      '28h',
      '17m',
      '2m',
      '98.8x',
      '840.0x',
    ]);
    // Rank at the start and factor at the end of the card's first line.
    expect(factor!.top).toBe(rank!.top);
    expect(factor!.left).toBeGreaterThan(rank!.right);
    expect(title!.top).toBeGreaterThanOrEqual(Math.max(rank!.bottom, factor!.bottom));
    // The four other figures side by side below the title, each under its column's name.
    const figures = [human!, agent!, supervision!, supervisionFactor!];
    expect(figures.map((cell) => cell.top)).toEqual(Array(4).fill(human!.top));
    expect(human!.top).toBeGreaterThanOrEqual(title!.bottom);
    expect(figures.map((cell) => cell.label)).toEqual(['"Human Est." / ""', '"Claude" / ""', '"Sup." / ""', '"Sup. Factor" / ""']);
    for (const cell of [rank!, title!, ...figures, factor!]) expect(cell.right).toBeLessThanOrEqual(box.right);
    await page.close();
  });

  test('is still one table to a screen reader, every task a row of a header and cells', async () => {
    const page = await openPage(site.browser(), urlOf(LONG_POST), { width: PHONE });
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const table = nodes.find((node) => node.role?.value === 'table' && node.name?.value.startsWith('Tasks of April 22, 2026'));
    const rows = (table?.childIds ?? []).flatMap((id) => descendantsWithRole(byId, id, 'row'));
    expect(rows).toHaveLength(27);
    const roles = (row: AxNode) => (row.childIds ?? []).map((id) => byId.get(id)?.role?.value);
    expect(roles(rows[0]!)).toEqual(Array(7).fill('columnheader'));
    expect(roles(rows[1]!)).toEqual(['cell', 'rowheader', 'cell', 'cell', 'cell', 'cell', 'cell']);
    await page.close();
  });
});

describe.each([
  { name: 'a post with a comparison with the previous day', path: '2026/04/17/', tables: ['task-log', 'comparison'] },
  { name: 'a tag page', path: 'tags/billing/', tables: ['tag-tasks'] },
  { name: 'the tags index', path: 'tags/', tables: ['day-tags', 'task-tags'] },
  { name: "the dashboard's top ten, months and days", path: 'stats/', tables: ['top-tasks', 'monthly', 'daily'] },
])('$name', ({ path, tables }) => {
  const layout = (page: Page) =>
    page.locator('table:is(.task-log, .comparison, .stacked)').evaluateAll((found) =>
      found.map((table) => ({
        table: table.querySelector('caption')?.id.replace(/-caption$/, ''),
        scrolls: (table.parentElement?.scrollWidth ?? 0) > (table.parentElement?.clientWidth ?? 0),
        rows: getComputedStyle(table.querySelector('tbody tr') ?? table).display,
      })),
    );

  test(`stacks into cards at ${PHONE}px, nothing to scroll sideways`, async () => {
    const page = await openPage(site.browser(), urlOf(path), { width: PHONE });
    expect(await layout(page)).toEqual(tables.map((table) => ({ table, scrolls: false, rows: 'flex' })));
    await page.close();
  });

  test(`stays a table of rows at ${DESKTOP}px`, async () => {
    const page = await openPage(site.browser(), urlOf(path), { width: DESKTOP });
    expect(await layout(page)).toEqual(tables.map((table) => ({ table, scrolls: false, rows: 'table-row' })));
    await page.close();
  });
});

describe(`the dashboard at ${PHONE}px`, () => {
  test("puts each chart's title above its drawing", async () => {
    const page = await openPage(site.browser(), urlOf('stats/'), { width: PHONE });
    const charts = await page.locator('figure.chart-figure').evaluateAll((figures) =>
      figures.map((figure) => {
        const title = figure.querySelector('.chart-title')!.getBoundingClientRect();
        const drawing = figure.querySelector('svg.chart-narrow')!.getBoundingClientRect();
        return { title: figure.querySelector('.chart-title')!.textContent, above: title.bottom <= drawing.top };
      }),
    );
    expect(charts).toEqual([
      { title: 'Human-equivalent hours per day', above: true },
      { title: 'Daily weighted leverage and 7-day rolling average', above: true },
      { title: 'Distribution of task factors', above: true },
      { title: 'Cumulative human-equivalent hours', above: true },
    ]);
    await page.close();
  });

  test('gives the hours axes their unit', async () => {
    const page = await openPage(site.browser(), urlOf('stats/'), { width: PHONE });
    const topLabel = (id: string) => page.locator(`#${id} svg.chart-narrow .chart-axis[text-anchor="end"] text`).last().textContent();
    // The sample's busiest day is 189.1 h (2026-04-22), its running total 269.2 h: axes to 200 h and 300 h.
    expect([await topLabel('chart-hours'), await topLabel('chart-cumulative')]).toEqual(['200h', '300h']);
    await page.close();
  });

  test.each(['stats/', 'tags/billing/'])('keeps each date in %s tables on one line', async (path) => {
    const page = await openPage(site.browser(), urlOf(path), { width: PHONE });
    const dates = await page
      .locator('table time')
      .evaluateAll((times) => times.map((time) => [time.textContent, time.getClientRects().length]));
    expect(dates.length).toBeGreaterThan(0);
    for (const [text, lines] of dates) expect(lines, String(text)).toBe(1);
    expect(dates.every(([text]) => /^[A-Z][a-z]{2} \d{1,2}, 2026$/.test(String(text)))).toBe(true);
    await page.close();
  });
});

test.each([
  { path: LONG_POST, table: 'table.aggregate' },
  { path: 'stats/', table: 'table.aggregate' },
  { path: 'stats/', table: 'table.histogram' },
  { path: '2026/04/17/', table: 'table.comparison' },
])(`$path: $table keeps to the width of the prose at ${DESKTOP}px, its labels near their values`, async ({ path, table }) => {
  const page = await openPage(site.browser(), urlOf(path), { width: DESKTOP });
  // --measure is 42rem: 672 px at the default 16 px.
  expect(await page.locator(table).evaluate((element) => Math.round(element.getBoundingClientRect().width))).toBe(672);
  await page.close();
});

test('the navigation shows which page is current, by more than colour', async () => {
  const page = await openPage(site.browser(), urlOf('stats/'), { width: DESKTOP });
  const look = (name: string) =>
    page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name, exact: true })
      .evaluate((link) => {
        const style = getComputedStyle(link);
        return { weight: style.fontWeight, line: style.textDecorationLine, border: style.borderBottomStyle };
      });
  expect(await look('Stats')).toEqual({ weight: '700', line: 'none', border: 'solid' });
  expect(await look('Tags')).toEqual({ weight: '400', line: 'underline', border: 'none' });
  await page.close();
});

test.each([
  ['light', 'rgb(11, 92, 173)'],
  ['dark', 'rgb(140, 194, 255)'],
] as const)(
  'draws the keyboard focus ring in the accent colour in %s, not in a colour that reads as an error',
  async (colorScheme, accent) => {
    const page = await openPage(site.browser(), urlOf(''), { width: DESKTOP, colorScheme });
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement ?? document.body);
      return { style: style.outlineStyle, colour: style.outlineColor };
    });
    expect(ring).toEqual({ style: 'solid', colour: accent });
    await page.close();
  },
);

test.each([
  // The previous and the next day's links; the index's first numbered page (its oldest days) links only to newer days.
  ['2026/04/22/', '.day-navigation', 2],
  ['page/1/', '.pagination', 1],
])('%s: no lone underlined space beside an arrow: the space is inside the arrow, which the underline skips', async (path, nav, links) => {
  const page = await openPage(site.browser(), urlOf(path), { width: DESKTOP });
  const arrows = await page.locator(`${nav} .arrow`).evaluateAll((found) =>
    found.map((arrow) => {
      const after = arrow.nextSibling?.textContent ?? '';
      const before = arrow.previousSibling?.textContent ?? '';
      return {
        spaceBesideInLink: /^\s/.test(after) || /\s$/.test(before),
        spaceInArrow: /\u00a0/.test(arrow.textContent ?? ''),
        inlineBlock: getComputedStyle(arrow).display === 'inline-block',
      };
    }),
  );
  expect(arrows).toEqual(Array(links).fill({ spaceBesideInLink: false, spaceInArrow: true, inlineBlock: true }));
  await page.close();
});

interface AxNode {
  nodeId: string;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

/** The nodes with `role` at or below `id`, not looking inside them. */
function descendantsWithRole(byId: Map<string, AxNode>, id: string, role: string): AxNode[] {
  const node = byId.get(id);
  if (!node) return [];
  if (node.role?.value === role) return [node];
  return (node.childIds ?? []).flatMap((child) => descendantsWithRole(byId, child, role));
}

test('the archive lines up each day’s figures: none is pushed down by the spacing between days', async () => {
  const page = await openPage(site.browser(), urlOf('archive/'), { width: 320 });
  const margins = await page
    .locator('.archive-days .day-figures li')
    .evaluateAll((items) => items.map((li) => getComputedStyle(li).marginTop));
  // 8 sample days, 3 figures each.
  expect(margins).toEqual(Array(24).fill('0px'));
  await page.close();
});
