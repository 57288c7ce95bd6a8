/** Every internal link, fragment and asset reference resolves, at the root and under a base path. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BLOG_URL, blogBuild } from '../support/extra-builds.ts';
import { checkLinks } from '../support/links.ts';
import { FEED, fileOf, PAGE_TYPES } from '../support/page-types.ts';

const EVERY_PAGE_TYPE = [...PAGE_TYPES.map(({ path }) => fileOf(path)), FEED];

test('dist/, built for https://fulcrum.example.com/, has no broken internal reference', () => {
  const report = checkLinks(resolve('dist'), 'https://fulcrum.example.com/');
  expect(report.files).toEqual(expect.arrayContaining(EVERY_PAGE_TYPE));
  expect(report.problems).toEqual([]);
});

test(`the site built for ${BLOG_URL} has no broken internal reference`, () => {
  const report = checkLinks(blogBuild(), BLOG_URL);
  expect(report.files).toEqual(expect.arrayContaining(EVERY_PAGE_TYPE));
  expect(report.problems).toEqual([]);
});

describe('the checker', () => {
  const folder = mkdtempSync(join(tmpdir(), 'fulcrum-links-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const write = (file: string, contents: string) => {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), contents);
  };

  test('reports each kind of broken reference once, and nothing else', () => {
    write('a/index.html', '<!doctype html><title>a</title><h1 id="top-of-a">A</h1><img src="pic.png" alt="">');
    write('a/pic.png', '');
    write('style.css', 'body { background: url("gone.png") }');
    write(
      'index.html',
      [
        '<!doctype html><title>home</title>',
        '<link rel="stylesheet" href="/blog/style.css">',
        '<a href="/blog/a/">fine</a> <a href="a/#top-of-a">fine</a> <a href="#here">fine</a> <span id="here"></span>',
        '<a href="https://elsewhere.example/x">other site</a> <a href="https://fulcrum.example.com/about/">same host, outside the base</a>',
        '<a href="mailto:someone@example.com">mail</a> <a href="/blog/a">a folder</a>',
        '<a href="/blog/b/">missing page</a>',
        '<a href="/a/">forgot the base</a>',
        '<a href="a/#nowhere">missing fragment</a>',
        '<a href="https://fulcrum.example.com/blog/c/">missing, absolute</a>',
        '<img srcset="a/pic.png 1x, a/missing@2x.png 2x" src="a/pic.png" alt="">',
        '<!-- <a href="/blog/commented-out/">not a link</a> -->',
      ].join('\n'),
    );
    write(
      'rss.xml',
      '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><link>https://fulcrum.example.com/blog/</link>' +
        '<item><link>https://fulcrum.example.com/blog/a/</link><guid isPermaLink="true">https://fulcrum.example.com/blog/a/</guid>' +
        '<content:encoded>&lt;a href="#gone"&gt;x&lt;/a&gt;&lt;img src="pic.png" alt=""&gt;</content:encoded></item></channel></rss>',
    );

    const report = checkLinks(folder, 'https://fulcrum.example.com/blog/');
    expect(report.files).toEqual(['a/index.html', 'index.html', 'rss.xml']);
    expect(report.problems).toEqual([
      'index.html: /blog/b/ → no file b/index.html',
      'index.html: /a/ → leaves the base path /blog/',
      'index.html: a/#nowhere → no element with id "nowhere" in a/index.html',
      'index.html: https://fulcrum.example.com/blog/c/ → no file c/index.html',
      'index.html: a/missing@2x.png → no file a/missing@2x.png',
      'rss.xml: #gone → no element with id "gone" in a/index.html',
      'style.css: gone.png → no file gone.png',
    ]);
  });
});
