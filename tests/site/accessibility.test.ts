/** axe-core inside Chromium on every page type, in both colour schemes and at phone and desktop widths. */
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchBrowser, openPage } from '../support/browser.ts';
import { PAGE_TYPES } from '../support/page-types.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(resolve('dist'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const VIEWS = [
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 1280 },
  { colorScheme: 'light', width: 375 },
  { colorScheme: 'dark', width: 375 },
] as const;

describe.each(PAGE_TYPES)('$name', ({ path }) => {
  test.each(VIEWS)('has no axe violations in $colorScheme at $width px', async (view) => {
    const page = await openPage(browser, `${server.origin}/${path}`, view);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
