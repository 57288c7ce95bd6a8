/**
 * Search in a real browser: Pagefind's index (built by `npm run build` after
 * the site) finds a task by a word of its title, at the root and under a base
 * path, and the page says what to do when JavaScript is off.
 */
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchBrowser, openPage } from '../support/browser.ts';
import { blogBuild } from '../support/extra-builds.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const DESKTOP = 1280;
/** Only in the title of task 3 of 2026-04-22: "Billing service: split the monolithic InvoiceService into …". */
const WORD = 'InvoiceService';
/** Only in the prose of 2026-04-22: "it finished in less time than my coffee break". */
const PROSE_WORD = 'coffee';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  { name: 'dist/ served at /', dir: () => resolve('dist'), base: '/' },
  { name: 'the /blog/ build served under /blog/', dir: blogBuild, base: '/blog/' },
])('search on $name', ({ dir, base }) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(dir(), base);
  });
  afterAll(async () => {
    await server?.close();
  });

  test(`finds the post of 2026-04-22 by "${WORD}", a word of one of its task titles, and the result leads there`, async () => {
    const page = await openPage(browser, `${server.origin}${base}search/`, { width: DESKTOP });
    await page.getByRole('textbox', { name: 'Search the site' }).fill(WORD);
    const links = page.locator('a.pagefind-ui__result-link');
    await links.first().waitFor();
    // Sub-results link to headings of the same page; without their #fragment every link is the post.
    const targets = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')?.replace(/#.*$/, '')));
    expect([...new Set(targets)]).toEqual([`${base}2026/04/22/`]);
    await links.first().click();
    await page.waitForURL(`${server.origin}${base}2026/04/22/**`);
    expect(await page.locator('h1').innerText()).toBe('Leverage Record: April 22, 2026');
    await page.close();
  });

  test(`finds the post of 2026-04-22 by "${PROSE_WORD}", a word of its prose, and shows its title and the words around it`, async () => {
    const page = await openPage(browser, `${server.origin}${base}search/`, { width: DESKTOP });
    await page.getByRole('textbox', { name: 'Search the site' }).fill(PROSE_WORD);
    const result = page.locator('.pagefind-ui__result');
    await result.first().waitFor();
    expect(await result.count()).toBe(1);
    expect(await result.locator('.pagefind-ui__result-title').innerText()).toBe('Leverage Record: April 22, 2026');
    expect(await result.locator('.pagefind-ui__result-link').getAttribute('href')).toBe(`${base}2026/04/22/`);
    const excerpt = await result.locator('.pagefind-ui__result-excerpt').innerText();
    expect(excerpt).toContain('in less time than my coffee break.');
    expect(await result.locator('.pagefind-ui__result-excerpt mark').allInnerTexts()).toEqual(['coffee']);
    await page.close();
  });

  test('lists results newest day first, each excerpt starting with what was found, not the date', async () => {
    const page = await openPage(browser, `${server.origin}${base}search/`, { width: DESKTOP });
    await page.getByRole('textbox', { name: 'Search the site' }).fill('billing');
    await page.locator('.pagefind-ui__message').filter({ hasText: '8 results for billing' }).waitFor();
    // "Load more results" twice shows all 8 (Pagefind shows 5 at first).
    const more = page.getByRole('button', { name: 'Load more results' });
    while (await more.count()) await more.click();
    const titles = await page.locator('.pagefind-ui__result-title').allInnerTexts();
    // Every published day of the sample has a billing task (April 20 is a draft); April 16 has a title of its own.
    const record = (day: number) => `Leverage Record: April ${day}, 2026`;
    expect(titles).toEqual([
      record(24),
      record(23),
      record(22),
      record(21),
      record(17),
      'Small cuts, many of them',
      record(15),
      record(14),
    ]);
    const excerpts = await page.locator('.pagefind-ui__result-excerpt').allInnerTexts();
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/April \d+, 2026/);
    await page.close();
  });

  test('tells a reader without JavaScript where to look instead', async () => {
    const page = await openPage(browser, `${server.origin}${base}search/`, { width: DESKTOP, javaScriptEnabled: false });
    const guidance = page.locator('main p');
    expect(await guidance.innerText()).toBe(
      'Search runs in your browser and needs JavaScript, which is turned off. Without it, browse every day by month ' +
        'or the tasks by tag, or use your search engine with site: and this site’s address.',
    );
    expect(await guidance.getByRole('link').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual([
      `${base}archive/`,
      `${base}tags/`,
    ]);
    expect(await page.locator('.pagefind-ui').count()).toBe(0);
    await page.close();
  });
});

describe('search with results, read in either colour scheme', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(resolve('dist'));
  });
  afterAll(async () => {
    await server?.close();
  });

  test.each([
    { colorScheme: 'light', width: 1280 },
    { colorScheme: 'dark', width: 1280 },
    { colorScheme: 'light', width: 375 },
    { colorScheme: 'dark', width: 375 },
  ] as const)('has no axe violations in $colorScheme at $width px with a query typed', async (view) => {
    const page = await openPage(browser, `${server.origin}/search/`, view);
    await page.getByRole('textbox', { name: 'Search the site' }).fill('billing');
    await page.locator('.pagefind-ui__result').first().waitFor();
    await page.locator('.pagefind-ui__message').filter({ hasText: 'billing' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test.each([
    ['light', { text: 'rgb(29, 31, 35)', background: 'rgb(253, 252, 250)', border: 'rgb(220, 216, 208)' }],
    ['dark', { text: 'rgb(232, 230, 225)', background: 'rgb(22, 24, 28)', border: 'rgb(58, 62, 70)' }],
  ] as const)("draws results, field and separators in the site's %s colours and font", async (colorScheme, colours) => {
    const page = await openPage(browser, `${server.origin}/search/`, { width: 1280, colorScheme });
    const input = page.getByRole('textbox', { name: 'Search the site' });
    await input.fill('billing');
    await page.locator('.pagefind-ui__result').first().waitFor();
    const style = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => {
          const computed = getComputedStyle(element);
          return {
            color: computed.color,
            background: computed.backgroundColor,
            borderTop: computed.borderTopColor,
            font: computed.fontFamily,
          };
        });
    const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    const field = await style('.pagefind-ui__search-input');
    expect(field).toEqual({ color: colours.text, background: colours.background, borderTop: colours.border, font: bodyFont });
    const result = await style('.pagefind-ui__result');
    expect(result.borderTop).toBe(colours.border);
    expect((await style('.pagefind-ui__result-excerpt')).color).toBe(colours.text);
    await page.close();
  });
});
