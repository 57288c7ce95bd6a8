/** The built site read in a real browser (the Chromium browser-lookup.ts chose), served from dist/ on 127.0.0.1. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
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
  const expected = choice.source === 'npm' ? npmVersion : execFileSync(choice.path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
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
      taskLog.locator(selector).evaluateAll((rows) => rows.map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.innerText)));
    expect(await cells('thead tr')).toEqual([['#', 'Task', 'Human Est.', 'Claude', 'Sup.', 'Factor', 'Sup. Factor']]);
    const rows = await cells('tbody tr');
    expect(rows).toHaveLength(26);
    // 28 h = 1,680 min over 17 min is 98.8x; over 2 min of supervision, 840x.
    expect(rows[0]).toEqual([
      '1',
      'Course platform: rebuild the lesson editor on top of the new block model, including drafts, autosave and undo history',
      '28h',
      '17m',
      '2m',
      '98.8x',
      '840.0x',
    ]);
    expect(rows[25]).toEqual([
      '26',
      'Docs site: fix the typo in the ‘Getting started’ heading that the spell-checker kept flagging',
      '0.33h',
      '5m',
      '1m',
      '4.0x',
      '19.8x',
    ]);

    const aggregate = page.getByRole('table', { name: 'Totals and weighted averages for April 22, 2026' });
    expect(
      await aggregate.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((cell) => cell.innerText))),
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

describe.each(PAGE_TYPES)('$name', ({ name, path }) => {
  test(`has no horizontal scroll at ${PHONE}×812`, async () => {
    const page = await openPage(site.browser(), urlOf(path), { width: PHONE });
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
      return { background: body.backgroundColor, text: body.color, link: getComputedStyle(document.querySelector('nav a') ?? document.body).color };
    });
    expect(colours).toEqual(
      colorScheme === 'light'
        ? { background: 'rgb(253, 252, 250)', text: 'rgb(29, 31, 35)', link: 'rgb(11, 92, 173)' }
        : { background: 'rgb(22, 24, 28)', text: 'rgb(232, 230, 225)', link: 'rgb(140, 194, 255)' },
    );
    await page.close();
  });

  test('is saved as full-page screenshots at phone and desktop widths', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const width of [PHONE, DESKTOP]) {
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

test(`wide tables scroll inside their own box at ${PHONE}px, not the page`, async () => {
  const page = await openPage(site.browser(), urlOf(LONG_POST), { width: PHONE });
  const boxes = await page.locator('.table-scroll').evaluateAll((elements) =>
    elements.map((element) => ({
      overflowX: getComputedStyle(element).overflowX,
      right: Math.round(element.getBoundingClientRect().right),
      scrolls: element.scrollWidth > element.clientWidth,
    })),
  );
  // The Task Log and the comparison with the previous day are wider than a phone and scroll; the aggregate table fits.
  expect(boxes).toEqual([
    { overflowX: 'auto', right: PHONE - 16, scrolls: true },
    { overflowX: 'auto', right: PHONE - 16, scrolls: false },
    { overflowX: 'auto', right: PHONE - 16, scrolls: true },
  ]);
  // Before scrolling, a reader sees the whole caption and the first column of figures.
  const taskLog = await page.evaluate(() => {
    const right = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().right ?? Infinity;
    const box = right('.table-scroll');
    return { captionFits: right('.task-log caption') <= box, firstFigureFits: right('.task-log tbody td:nth-child(3)') <= box };
  });
  expect(taskLog).toEqual({ captionFits: true, firstFigureFits: true });
  await page.close();
});
