/**
 * The search page under `npm run dev`, where Pagefind's index does not exist
 * (it is made by `npm run build`): the page says so instead of staying blank.
 * The dev server runs on a content folder and an Astro cache of its own.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contentFolder, markdownDay } from '../support/content-folder.ts';
import { type DevServer, startDevServer } from '../support/dev-server.ts';
import { element, textOf } from '../support/html.ts';

let content: string;
let dev: DevServer;

beforeAll(async () => {
  content = contentFolder({ 'days/2026-04-22.md': markdownDay('2026-04-22') });
  dev = await startDevServer(content);
});

afterAll(async () => {
  await dev?.stop();
  rmSync(content, { recursive: true, force: true });
});

test('the search page under npm run dev says that search needs a build, and loads no Pagefind', async () => {
  const html = await dev.pageWhen('/search/');
  expect(textOf(element(html, 'main p.search-in-dev'))).toBe(
    'Search is not available under npm run dev: Pagefind makes its index when the site is built. ' +
      'Run npm run build, then npm run preview, to try it.',
  );
  expect(html).not.toContain('pagefind-ui.js');
});
