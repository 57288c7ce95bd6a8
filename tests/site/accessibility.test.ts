/** axe-core inside Chromium on every page type, in both colour schemes and at phone and desktop widths. */
import { describe, expect, test } from 'vitest';
import { axeViolations, browserOnDist, openPage } from '../support/browser.ts';
import { PAGE_TYPES } from '../support/page-types.ts';

const site = browserOnDist();

const VIEWS = [
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 1280 },
  { colorScheme: 'light', width: 375 },
  { colorScheme: 'dark', width: 375 },
] as const;

describe.each(PAGE_TYPES)('$name', ({ path }) => {
  test.each(VIEWS)('has no axe violations in $colorScheme at $width px', async (view) => {
    const page = await openPage(site.browser(), `${site.origin()}/${path}`, view);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
