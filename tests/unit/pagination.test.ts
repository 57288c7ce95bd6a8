/**
 * Lists in pages that history never changes: the newest items at the
 * list's own folder (/ for the index, tags/<tag>/ for a tag), and every item
 * on a numbered page counted from the oldest (page/1/ holds the first ever),
 * so a new item changes only the newest page or two and an address keeps
 * what it holds. No page number can land on another route (the 404 page at
 * 404 days of one post a page, a year's folder at 2,026), so no page links
 * to an error page. Every expectation is worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { listedInSitemap, pageParam, paginate } from '../../src/lib/post/pagination.ts';

/** `count` items named by their place from the oldest (item 1 is the first ever), newest first as lists hand them over. */
const newestFirst = (count: number, name = 'day') => Array.from({ length: count }, (_, index) => `${name} ${count - index}`);

describe('paginate, the index', () => {
  it('shows the newest days at the root and numbers the pages under page/ from the oldest', () => {
    // 8 days at 5 a page: page 1 holds days 1–5, page 2 days 6–8; the root the newest five, 4–8.
    expect(paginate(newestFirst(8), 5)).toEqual([
      { items: ['day 8', 'day 7', 'day 6', 'day 5', 'day 4'], path: '', older: 'page/1/', from: 4, to: 8 },
      { number: 1, items: ['day 5', 'day 4', 'day 3', 'day 2', 'day 1'], path: 'page/1/', newer: 'page/2/', from: 1, to: 5 },
      { number: 2, items: ['day 8', 'day 7', 'day 6'], path: 'page/2/', newer: '', older: 'page/1/', from: 6, to: 8 },
    ]);
  });

  it('leads from the root to the page before the newest when the newest page is full, since the root shows all of it', () => {
    // 10 days at 5 a page: the root shows days 6–10, which are page 2 exactly.
    const [root, first, second] = paginate(newestFirst(10), 5);
    expect(root).toEqual({ items: ['day 10', 'day 9', 'day 8', 'day 7', 'day 6'], path: '', older: 'page/1/', from: 6, to: 10 });
    expect(first).toEqual({
      number: 1,
      items: ['day 5', 'day 4', 'day 3', 'day 2', 'day 1'],
      path: 'page/1/',
      newer: 'page/2/',
      from: 1,
      to: 5,
    });
    expect(second).toEqual({
      number: 2,
      items: ['day 10', 'day 9', 'day 8', 'day 7', 'day 6'],
      path: 'page/2/',
      newer: '',
      older: 'page/1/',
      from: 6,
      to: 10,
    });
  });

  it('makes no numbered page while the root holds every day', () => {
    expect(paginate(newestFirst(5), 5)).toEqual([{ items: ['day 5', 'day 4', 'day 3', 'day 2', 'day 1'], path: '', from: 1, to: 5 }]);
  });

  it('makes one empty page when there are no days', () => {
    expect(paginate([], 10)).toEqual([{ items: [], path: '', from: 0, to: 0 }]);
  });

  it('links page 403 to page/404/, not to the 404 page', () => {
    const pages = paginate(newestFirst(410), 1);
    expect(pages.find((page) => page.number === 403)).toEqual({
      number: 403,
      items: ['day 403'],
      path: 'page/403/',
      newer: 'page/404/',
      older: 'page/402/',
      from: 403,
      to: 403,
    });
    expect(pages.filter(({ path }) => !/^(?:|page\/\d+\/)$/.test(path))).toEqual([]);
  });
});

describe('paginate, as days are added', () => {
  it('changes only the newest numbered page, or it and a new one, and keeps every older page as it was', () => {
    // 12 days at 5 a page: pages 1 (1–5), 2 (6–10), 3 (11–12). A 13th day joins page 3; page 2 stays.
    const before = paginate(newestFirst(12), 5);
    const after = paginate(newestFirst(13), 5);
    expect(after.find((page) => page.number === 2)).toEqual(before.find((page) => page.number === 2));
    expect(after.find((page) => page.number === 3)?.items).toEqual(['day 13', 'day 12', 'day 11']);
    // The 16th day opens page 4: page 3 (days 11–15) now leads to it, its days unchanged.
    const full = paginate(newestFirst(15), 5);
    const opened = paginate(newestFirst(16), 5);
    expect(opened.find((page) => page.number === 3)).toEqual({ ...full.find((page) => page.number === 3), newer: 'page/4/' });
    expect(opened.find((page) => page.number === 4)).toEqual({
      number: 4,
      items: ['day 16'],
      path: 'page/4/',
      newer: '',
      older: 'page/3/',
      from: 16,
      to: 16,
    });
    expect(opened.filter((page) => page.number !== undefined && page.number < 3)).toEqual(
      full.filter((page) => page.number !== undefined && page.number < 3),
    );
  });
});

describe('paginate, a tag', () => {
  it("shows the tag's newest tasks at its folder and numbers the pages under its page/ from the oldest", () => {
    // 120 tasks at 50 a page: pages 1 (1–50), 2 (51–100), 3 (101–120); the folder shows 71–120 and leads to page 2.
    const tasks = newestFirst(120, 'task');
    expect(paginate(tasks, 50, 'tags/billing/')).toEqual([
      { items: tasks.slice(0, 50), path: 'tags/billing/', older: 'tags/billing/page/2/', from: 71, to: 120 },
      { number: 1, items: tasks.slice(70), path: 'tags/billing/page/1/', newer: 'tags/billing/page/2/', from: 1, to: 50 },
      {
        number: 2,
        items: tasks.slice(20, 70),
        path: 'tags/billing/page/2/',
        newer: 'tags/billing/page/3/',
        older: 'tags/billing/page/1/',
        from: 51,
        to: 100,
      },
      {
        number: 3,
        items: tasks.slice(0, 20),
        path: 'tags/billing/page/3/',
        newer: 'tags/billing/',
        older: 'tags/billing/page/2/',
        from: 101,
        to: 120,
      },
    ]);
  });

  it('gives a tag named "page" addresses no other tag can have', () => {
    expect(paginate(newestFirst(51, 'task'), 50, 'tags/page/').map(({ path }) => path)).toEqual([
      'tags/page/',
      'tags/page/page/1/',
      'tags/page/page/2/',
    ]);
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
  it("gives the route's rest parameter: none for the list's own folder, page/N for a numbered page, so each page lands at its path", () => {
    expect(pageParam(undefined)).toBeUndefined();
    expect(pageParam(1)).toBe('page/1');
    expect(pageParam(404)).toBe('page/404');
    // The parameter below the list's folder, with the trailing slash Astro adds, is the page's path.
    const pages = paginate(newestFirst(3), 1, 'tags/billing/');
    expect(pages.map((page) => `tags/billing/${page.number === undefined ? '' : `${pageParam(page.number)}/`}`)).toEqual(
      pages.map(({ path }) => path),
    );
  });
});
