/**
 * Index pages: the newest days on /, older ones under page/N/. No page
 * number can land on another route (the 404 page at 410 days of one post a
 * page, a year's folder at 2,026), so no index page links to an error page.
 */
import { describe, expect, it } from 'vitest';
import { listedInSitemap, paginateIndex } from '../../src/lib/pagination.ts';

describe('paginateIndex', () => {
  const days = Array.from({ length: 410 }, (_, index) => `day ${index + 1}`);

  it('puts page 1 at the root and every other page under page/', () => {
    const pages = paginateIndex(days, 1);
    expect(pages).toHaveLength(410);
    expect(pages.slice(0, 3).map(({ path }) => path)).toEqual(['', 'page/2/', 'page/3/']);
    expect(pages.filter(({ path }) => !/^(?:|page\/\d+\/)$/.test(path))).toEqual([]);
  });

  it('links page 403 to page/404/, not to the 404 page', () => {
    expect(paginateIndex(days, 1)[402]).toEqual({ number: 403, last: 410, items: ['day 403'], path: 'page/403/', newer: 'page/402/', older: 'page/404/' });
  });

  it('links the first page only to the next, the last only to the one before', () => {
    const pages = paginateIndex(days.slice(0, 8), 5);
    expect(pages).toEqual([
      { number: 1, last: 2, items: days.slice(0, 5), path: '', older: 'page/2/' },
      { number: 2, last: 2, items: days.slice(5, 8), path: 'page/2/', newer: '' },
    ]);
  });

  it('makes one empty page when there are no days', () => {
    expect(paginateIndex([], 10)).toEqual([{ number: 1, last: 1, items: [], path: '' }]);
  });
});

describe('the sitemap', () => {
  it('leaves out the 404 page and nothing else, index page 404 included', () => {
    expect(listedInSitemap('https://notes.example.com/404/', '/')).toBe(false);
    expect(listedInSitemap('https://notes.example.com/page/404/', '/')).toBe(true);
    expect(listedInSitemap('https://example.com/blog/404/', '/blog/')).toBe(false);
    expect(listedInSitemap('https://example.com/blog/page/404/', '/blog/')).toBe(true);
    expect(listedInSitemap('https://example.com/blog/2026/04/22/', '/blog/')).toBe(true);
  });
});
