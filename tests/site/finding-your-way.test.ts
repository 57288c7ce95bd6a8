/**
 * How a reader finds their way around the built sample site (dist/): the
 * open data linked from the dashboard, the feeds from a page of their own,
 * the current page marked in the navigation, dates shown once, and a home
 * page that says what the site has added up to. Expected texts are written
 * out by hand from the sample days in tests/fixtures/site/.
 */
import { describe, expect, it } from 'vitest';
import { readDist } from '../support/dist.ts';
import { attrsOf, element, elements, textOf } from '../support/html.ts';

describe('the dashboard', () => {
  const html = readDist('stats/index.html');

  it('links the open data, saying what each file holds', () => {
    const section = element(html, 'section[aria-labelledby="open-data"]');
    expect(textOf(element(section, 'h2'))).toBe('Open data');
    expect(elements(section, 'li').map(textOf)).toEqual([
      'days.json: every published day, oldest first, with its totals and each task’s figures and tags (JSON).',
      'tasks.csv: one row per task of every published day, with its date, rank, minutes, factors and tags (CSV, for a spreadsheet).',
      'data/days/2026-04-24.json: one day, in the form of days.json, at its date; the newest is linked here.',
    ]);
    expect(elements(section, 'a').map((link) => attrsOf(link).href)).toEqual([
      '/data/days.json',
      '/data/tasks.csv',
      '/data/days/2026-04-24.json',
    ]);
  });
});

describe('subscribing', () => {
  it("is the navigation's last link, to a page rather than to a feed's raw XML", () => {
    const nav = element(readDist('index.html'), 'header nav');
    expect(elements(nav, 'a').map((link) => [textOf(link), attrsOf(link).href])).toEqual([
      ['Posts', '/'],
      ['Archive', '/archive/'],
      ['Stats', '/stats/'],
      ['Tags', '/tags/'],
      ['Search', '/search/'],
      ['Subscribe', '/subscribe/'],
    ]);
  });

  it('lists the three feeds with the addresses to copy into a feed reader', () => {
    const html = readDist('subscribe/index.html');
    expect(textOf(element(html, 'main h1'))).toBe('Subscribe');
    expect(textOf(element(html, 'main p.lede'))).toBe(
      'Follow new posts in a feed reader: copy one of these addresses into it. Each feed carries the newest posts in full, Task Log and figures included.',
    );
    const feeds = elements(html, 'main ul.feeds > li').map((item) => ({
      name: textOf(element(item, 'h2')),
      address: textOf(element(item, 'code')),
      link: attrsOf(element(item, 'a')).href,
    }));
    expect(feeds).toEqual([
      { name: 'RSS', address: 'https://fulcrum.example.com/rss.xml', link: '/rss.xml' },
      { name: 'Atom', address: 'https://fulcrum.example.com/atom.xml', link: '/atom.xml' },
      { name: 'JSON Feed', address: 'https://fulcrum.example.com/feed.json', link: '/feed.json' },
    ]);
  });
});

describe('the navigation', () => {
  const current = (path: string) =>
    elements(element(readDist(`${path}index.html`), 'header nav'), 'a[aria-current]').map((link) => [
      textOf(link),
      attrsOf(link)['aria-current'],
    ]);

  it.each([
    ['', [['Posts', 'page']]],
    ['archive/', [['Archive', 'page']]],
    ['stats/', [['Stats', 'page']]],
    ['tags/', [['Tags', 'page']]],
    ['search/', [['Search', 'page']]],
    ['subscribe/', [['Subscribe', 'page']]],
  ])('marks the page itself as current on /%s', (path, expected) => {
    expect(current(path)).toEqual(expected);
  });

  it.each([
    ['page/2/', [['Posts', 'true']]],
    ['tags/billing/', [['Tags', 'true']]],
    ['2026/04/22/', []],
  ])('marks the part of the site /%s belongs to, if any, without calling it the page', (path, expected) => {
    expect(current(path)).toEqual(expected);
  });
});

describe('dates, shown once', () => {
  it('adds only the weekday under a title that gives the date, and the full date under a title of its own', () => {
    const meta = (path: string) => {
      const header = element(readDist(`${path}index.html`), 'header.post-header');
      return [textOf(element(header, 'h1')), textOf(element(header, 'time')), attrsOf(element(header, 'time')).datetime];
    };
    expect(meta('2026/04/22/')).toEqual(['Leverage Record: April 22, 2026', 'Wednesday', '2026-04-22']);
    expect(meta('2026/04/16/')).toEqual(['Small cuts, many of them', 'Thursday, April 16, 2026', '2026-04-16']);
  });

  it('lists each day in the archive by its date, with the title only when it is more than the date', () => {
    // Each line as read, less its headline figures.
    const lines = elements(readDist('archive/index.html'), 'ul.archive-days > li').map((item) =>
      textOf(item)
        .replace(textOf(element(item, 'ul.day-figures')), '')
        .trim(),
    );
    expect(lines).toEqual([
      'Friday, April 24, 2026',
      'Thursday, April 23, 2026',
      'Wednesday, April 22, 2026',
      'Tuesday, April 21, 2026',
      'Friday, April 17, 2026',
      'Thursday, April 16, 2026: Small cuts, many of them',
      'Wednesday, April 15, 2026',
      'Tuesday, April 14, 2026',
    ]);
  });
});

describe('the home page', () => {
  const html = readDist('index.html');

  it("shows the site's running totals, linked to the dashboard", () => {
    const totals = element(html, 'section[aria-labelledby="to-date"]');
    expect(textOf(element(totals, 'h2'))).toBe('To date');
    // The eight published days of the sample: 273.66 h, shown exactly as every total is; 1,145 Claude minutes; 16,419.6 / 1,145 = 14.34 → 14.3x.
    expect(elements(totals, 'li').map(textOf)).toEqual([
      '273.66 human-equivalent hours',
      '14.3x weighted leverage',
      '60 tasks over 8 days',
    ]);
    expect(elements(totals, 'a').map((link) => [textOf(link), attrsOf(link).href])).toEqual([['the dashboard', '/stats/']]);
  });

  it("ends with the author's call to action, after the days", () => {
    const call = element(html, 'aside.call-to-action');
    expect(textOf(element(call, 'h2'))).toBe('Want this kind of leverage on your team?');
    expect(attrsOf(element(call, 'a.button')).href).toBe('https://lindqvist.example.com/consulting/');
    expect(html.indexOf('class="call-to-action"')).toBeGreaterThan(html.indexOf('class="day-list"'));
  });

  it('keeps both to the first page', () => {
    const second = readDist('page/2/index.html');
    expect(elements(second, 'section[aria-labelledby="to-date"]')).toEqual([]);
    expect(elements(second, 'aside.call-to-action')).toEqual([]);
  });
});

describe('the disclaimer', () => {
  it('comes just before the Task Log, whose figures it qualifies', () => {
    const post = element(readDist('2026/04/22/index.html'), 'article.post');
    const parts = post.children.flatMap((child) =>
      child.type === 'element' ? [`${child.tagName}.${String(attrsOf(child).class ?? attrsOf(child)['aria-labelledby'])}`] : [],
    );
    const disclaimer = parts.indexOf('aside.disclaimer');
    expect(parts.slice(disclaimer - 1, disclaimer + 2)).toEqual(['div.prose', 'aside.disclaimer', 'section.data-section']);
    expect(textOf(element(post, 'aside.disclaimer + section h2'))).toBe('Task Log');
  });
});

describe('the tags index', () => {
  it('lists the tags of whole days apart from the tags of single tasks', () => {
    const html = readDist('tags/index.html');
    const names = (caption: string) => elements(element(html, `table:has(> caption#${caption})`), 'tbody th').map(textOf);
    // The sample tags one day, 2026-04-22, long-day; every other tag is a task's.
    expect(names('day-tags-caption')).toEqual(['long-day']);
    expect(names('task-tags-caption')).toEqual(['billing', 'cli', 'course-platform', 'docs']);
    expect(elements(html, 'main h2').map(textOf)).toEqual(['Tags of days', 'Tags of tasks']);
  });
});

describe("the site's own words", () => {
  it('take typographic apostrophes, as day prose does', () => {
    const html = readDist('index.html');
    // site.yaml writes "One engineer's daily record…" with a straight apostrophe.
    const description = 'One engineer’s daily record of work done with an AI coding agent, measured task by task.';
    expect(textOf(element(html, 'main p.lede'))).toBe(description);
    expect(attrsOf(element(html, 'meta[name="description"]')).content).toBe(description);
  });
});
