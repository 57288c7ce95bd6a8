/** The page-weight budget, measured on dist/ the way `npm run size` reports it. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fontFiles, listFiles, measurePage, scriptFiles } from '../../scripts/lib/page-weight.ts';
import { scanTags } from '../../scripts/lib/html-tags.ts';
import { fileOf, LONG_POST, PAGE_TYPES } from '../support/page-types.ts';

const DIST = resolve('dist');
const KB = 1024;

describe(`the post of 26 tasks (${LONG_POST})`, () => {
  const weight = measurePage(DIST, fileOf(LONG_POST));

  test('is at most 40 KB of HTML + CSS, 12 KB gzipped', () => {
    expect(weight.htmlAndCss.raw).toBeLessThanOrEqual(40 * KB);
    expect(weight.htmlAndCss.gzip).toBeLessThanOrEqual(12 * KB);
  });

  test('carries no JavaScript', () => {
    expect(weight.scriptTags).toBe(0);
    expect(weight.js.raw).toBe(0);
  });
});

// Search is the one page that runs JavaScript (Pagefind's interface); it says what to do without it.
test.each(PAGE_TYPES.filter(({ path }) => path !== 'search/'))('$name has no <script>', ({ path }) => {
  expect(measurePage(DIST, fileOf(path)).scriptTags).toBe(0);
});

test('the only JavaScript in dist/ is the search index under pagefind/', () => {
  expect(scriptFiles(DIST).filter((file) => !file.startsWith('pagefind/'))).toEqual([]);
});

// System fonts cost nothing and read well. A web font would have to earn its
// bytes: if one is ever added, give it a budget here instead of this rule.
test('dist/ holds no web fonts and no stylesheet declares one', () => {
  expect(fontFiles(DIST)).toEqual([]);
  const fontFaces = listFiles(DIST)
    .filter((file) => file.endsWith('.html') || file.endsWith('.css'))
    .flatMap((file) => {
      const text = readFileSync(resolve(DIST, file), 'utf8');
      const css = file.endsWith('.css') ? text : scanTags(text).styles.join('\n');
      return [...css.matchAll(/@font-face\s*\{[^}]*\}/g)].map(([rule]) => `${file}: ${rule}`);
    });
  expect(fontFaces).toEqual([]);
});

test('`npm run size` reports the post with the same figures', () => {
  const output = execFileSync(process.execPath, ['scripts/size.ts'], { encoding: 'utf8' });
  const { htmlAndCss, html, css } = measurePage(DIST, fileOf(LONG_POST));
  const figures = [html.raw, html.gzip, css.raw, css.gzip, htmlAndCss.raw, htmlAndCss.gzip, 0].map((bytes) => bytes.toLocaleString('en'));
  const row = output.split('\n').find((line) => line.startsWith('post '));
  expect(row?.split(/\s{2,}/)).toEqual(['post', '8', fileOf(LONG_POST), ...figures]);
});
