/**
 * Lists in pages: the newest days on /, older ones under page/N/; a tag's
 * tasks at tags/<tag>/, older ones under tags/<tag>/page/N/. No page number
 * can land on another route (the 404 page at 410 days of one post a page, a
 * year's folder at 2,026), so no page links to an error page.
 */
import { describe, expect, it } from 'vitest';
import { listedInSitemap, pageParam, paginate } from '../../src/lib/pagination.ts';

describe('paginate, the index', () => {
  const paginateIndex = <T>(items: readonly T[], pageSize: number) => paginate(items, pageSize);
  const days = Array.from({ length: 410 }, (_, index) => `day ${index + 1}`);

  it('puts page 1 at the root and every other page under page/', () => {
    const pages = paginateIndex(days, 1);
    expect(pages).toHaveLength(410);
    expect(pages.slice(0, 3).map(({ path }) => path)).toEqual(['', 'page/2/', 'page/3/']);
    expect(pages.filter(({ path }) => !/^(?:|page\/\d+\/)$/.test(path))).toEqual([]);
  });

  it('links page 403 to page/404/, not to the 404 page', () => {
    expect(paginateIndex(days, 1)[402]).toEqual({
      number: 403,
      last: 410,
      items: ['day 403'],
      path: 'page/403/',
      newer: 'page/402/',
      older: 'page/404/',
      from: 403,
      to: 403,
      total: 410,
    });
  });

  it('links the first page only to the next, the last only to the one before', () => {
    const pages = paginateIndex(days.slice(0, 8), 5);
    expect(pages).toEqual([
      { number: 1, last: 2, items: days.slice(0, 5), path: '', older: 'page/2/', from: 1, to: 5, total: 8 },
      { number: 2, last: 2, items: days.slice(5, 8), path: 'page/2/', newer: '', from: 6, to: 8, total: 8 },
    ]);
  });

  it('makes one empty page when there are no days', () => {
    expect(paginateIndex([], 10)).toEqual([{ number: 1, last: 1, items: [], path: '', from: 0, to: 0, total: 0 }]);
  });
});

describe('paginate, a tag', () => {
  const tasks = Array.from({ length: 120 }, (_, index) => `task ${index + 1}`);

  it("starts at the tag's folder and puts later pages under its page/, each linked to its neighbours", () => {
    // 120 tasks at 50 a page: 1–50, 51–100, 101–120.
    expect(paginate(tasks, 50, 'tags/billing/')).toEqual([
      { number: 1, last: 3, items: tasks.slice(0, 50), path: 'tags/billing/', older: 'tags/billing/page/2/', from: 1, to: 50, total: 120 },
      {
        number: 2,
        last: 3,
        items: tasks.slice(50, 100),
        path: 'tags/billing/page/2/',
        newer: 'tags/billing/',
        older: 'tags/billing/page/3/',
        from: 51,
        to: 100,
        total: 120,
      },
      { number: 3, last: 3, items: tasks.slice(100), path: 'tags/billing/page/3/', newer: 'tags/billing/page/2/', from: 101, to: 120, total: 120 },
    ]);
  });

  it('fills the last page exactly when the tasks divide evenly, and makes no empty page after it', () => {
    const pages = paginate(tasks.slice(0, 100), 50, 'tags/c/');
    expect(pages.map(({ path, from, to }) => [path, from, to])).toEqual([
      ['tags/c/', 1, 50],
      ['tags/c/page/2/', 51, 100],
    ]);
    expect(pages[1]?.older).toBeUndefined();
  });

  it('gives a tag named "page" addresses no other tag can have', () => {
    expect(paginate(tasks.slice(0, 51), 50, 'tags/page/').map(({ path }) => path)).toEqual(['tags/page/', 'tags/page/page/2/']);
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

describe('pageParam', () => {
  it("gives the route's rest parameter: none for the first page, page/N after it, so each page lands at its path", () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('page/2');
    expect(pageParam(404)).toBe('page/404');
    // The parameter below the list's folder, with the trailing slash Astro adds, is the page's path.
    const pages = paginate(Array.from({ length: 3 }, (_, index) => index), 1, 'tags/billing/');
    expect(pages.map((page) => `tags/billing/${page.number === 1 ? '' : `${pageParam(page.number)}/`}`)).toEqual(pages.map(({ path }) => path));
  });
});
