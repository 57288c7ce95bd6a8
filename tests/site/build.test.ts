/**
 * The built sample site (dist/, from the global setup): the post of the
 * 26-task day, every other post, the index with its pagination, and the RSS
 * feed, checked against values worked out by hand in tests/support/expected-days.ts.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { distFiles, distHas, readDist } from '../support/dist.ts';
import { expectedDay, PUBLISHED, TOTAL_LABELS, type ExpectedDay } from '../support/expected-days.ts';
import { attrsOf, element, elements, rowTexts, tableByClass, textOf, type Table } from '../support/html.ts';

/** content/site.yaml's url; the global setup builds with FULCRUM_URL unset. */
const ORIGIN = 'https://fulcrum.example.com';
const SITE_TITLE = 'Fulcrum Field Notes';
const DRAFT = { date: '2026-04-20', path: '2026/04/20/', label: 'April 20, 2026', task: 'video player' };

function postOf(day: ExpectedDay): string {
  return readDist(`${day.path}index.html`);
}

/** A Task Log's rows as text, each title without the task's own tags that follow it on a post's page (browser.test.ts checks those). */
function taskLogRows(table: Table): string[][] {
  return table.body.map((row) =>
    row.map((cell) => {
      const tags = elements(cell.html, 'ul.task-tags').map(textOf);
      return tags.length === 0 ? cell.text : cell.text.slice(0, -` ${tags.join(' ')}`.length);
    }),
  );
}

function expectTables(html: string, day: ExpectedDay): void {
  const taskLog = tableByClass(html, 'task-log');
  expect(taskLog.caption).toBe(`Tasks of ${day.dateLabel}, ranked by factor (human estimate ÷ Claude time)`);
  expect(taskLogRows(taskLog)).toEqual(day.rows);
  const aggregate = tableByClass(html, 'aggregate');
  expect(aggregate.caption).toBe(`Totals and weighted averages for ${day.dateLabel}`);
  expect(rowTexts(aggregate)).toEqual(TOTAL_LABELS.map((label, index) => [label, day.totals[index]]));
}

/** The headline figures line, as the index and the post header show it. */
function figuresOf(day: ExpectedDay): string[] {
  const [tasks, hours, , , , leverage] = day.totals;
  return [`${tasks} ${tasks === '1' ? 'task' : 'tasks'}`, `${hours} human hours`, `${leverage} leverage`];
}

describe('the post of 2026-04-22 (26 tasks)', () => {
  const day = expectedDay('2026-04-22');
  const html = postOf(day);

  it('is titled with the default day title', () => {
    expect(textOf(elements(html, 'title')[0] ?? '')).toBe(`Leverage Record: April 22, 2026 · ${SITE_TITLE}`);
    expect(elements(html, 'h1').map(textOf)).toEqual(['Leverage Record: April 22, 2026']);
  });

  it('ranks the 26 tasks with exact values, 98.8x first and 4.0x last', () => {
    const rows = taskLogRows(tableByClass(html, 'task-log'));
    expect(rows).toHaveLength(26);
    expect(rows[0]!.slice(2)).toEqual(['28h', '17m', '2m', '98.8x', '840.0x']);
    expect(rows[25]!.slice(2)).toEqual(['0.33h', '5m', '1m', '4.0x', '19.8x']);
    expect(rows[11]!.slice(2)).toEqual(['3h', '13m', '3m', '13.8x', '60.0x']); // 13.846…, not 13.9x
    expect(rows).toEqual(day.rows);
  });

  it('shows the day totals: 26, 189.08, 704, 79, 3,030,000, 16.1x, 143.6x', () => {
    expect(day.totals).toEqual(['26', '189.08', '704', '79', '3,030,000', '16.1x', '143.6x']);
    expectTables(html, day);
    expect(elements(html, 'ul.day-figures > li').map(textOf)).toEqual(['26 tasks', '189.08 human hours', '16.1x leverage']);
  });

  it('carries the author bio from content/site.yaml', () => {
    const bio = element(html, 'aside.author-bio');
    expect(elements(bio, 'p').map(textOf)).toEqual([
      'By Mara Lindqvist',
      'Mara builds and maintains web products for small teams. She logs every task she hands to an AI agent, ' +
        'with an honest estimate of what it would have cost by hand. More about her work.',
    ]);
    expect(elements(bio, 'a').map((link) => [attrsOf(link), textOf(link)])).toEqual([
      [{ href: 'https://lindqvist.example.com/about/' }, 'More about her work'],
    ]);
  });

  it('ends with the disclaimer and the call to action from content/site.yaml', () => {
    expect(textOf(element(html, 'aside.disclaimer'))).toBe(
      'Human-time figures are the author’s own estimates of what each task would have taken without an agent; ' +
        'agent and supervision times are measured.',
    );
    const cta = element(html, 'aside.call-to-action');
    expect(elements(cta, 'h2').map(textOf)).toEqual(['Want this kind of leverage on your team?']);
    expect(elements(cta, 'p').map(textOf)).toEqual([
      'I help engineering teams set up agent-assisted workflows that keep quality high: ' +
        'task sizing, review habits and the measurement behind these posts.',
      'Book an introductory call',
    ]);
    expect(elements(cta, 'a').map((link) => [attrsOf(link), textOf(link)])).toEqual([
      [{ class: 'button', href: 'https://lindqvist.example.com/consulting/' }, 'Book an introductory call'],
    ]);
  });

  it('puts intro, disclaimer, Task Log, Aggregate Statistics, analysis and call to action in that order', () => {
    const markers = [
      'The long day.',
      'class="disclaimer"',
      'id="task-log"',
      'id="aggregate-statistics"',
      'id="analysis"',
      'class="call-to-action"',
    ].map((marker) => html.indexOf(marker));
    expect(markers.every((position) => position > 0)).toBe(true);
    expect([...markers].sort((a, b) => a - b)).toEqual(markers);
  });
});

describe('every published post', () => {
  it.each(PUBLISHED.map((day) => [day.date, day] as const))('%s has its title, figures and both tables', (_, day) => {
    const html = postOf(day);
    expect(elements(html, 'h1').map(textOf)).toEqual([day.title]);
    expect(elements(html, 'ul.day-figures').map((list) => elements(list, 'li').map(textOf))).toEqual([figuresOf(day)]);
    expectTables(html, day);
  });
});

describe('the draft day 2026-04-20', () => {
  it('has no page', () => {
    expect(distHas(DRAFT.path)).toBe(false);
    expect(distFiles().filter((file) => file.includes('2026/04/20'))).toEqual([]);
  });

  it('is mentioned nowhere: not in the index pages, posts or feed', () => {
    for (const file of distFiles().filter((name) => /\.(html|xml)$/.test(name))) {
      const text = readDist(file);
      for (const trace of [DRAFT.date, DRAFT.path, DRAFT.label, DRAFT.task]) {
        expect(text.includes(trace), `${file} mentions ${trace}`).toBe(false);
      }
    }
  });
});

describe('the index', () => {
  /** Day cards of an index page: link, title, date, description, figures. */
  function cards(html: string) {
    return elements(html, 'article.day-card').map((card) => ({
      href: attrsOf(element(card, 'a')).href,
      title: textOf(elements(card, 'h2')[0] ?? ''),
      time: attrsOf(element(card, 'time')).datetime,
      date: textOf(elements(card, 'time')[0] ?? ''),
      description: textOf(elements(card, 'p')[1] ?? ''),
      figures: elements(card, 'li').map(textOf),
    }));
  }

  /** The sample's days fall on these weekdays (2026-04-01 was a Wednesday). */
  const WEEKDAY: Record<string, string> = {
    '2026-04-14': 'Tuesday',
    '2026-04-15': 'Wednesday',
    '2026-04-16': 'Thursday',
    '2026-04-17': 'Friday',
    '2026-04-21': 'Tuesday',
    '2026-04-22': 'Wednesday',
    '2026-04-23': 'Thursday',
    '2026-04-24': 'Friday',
  };

  function expectedCard(day: ExpectedDay) {
    return {
      href: `/${day.path}`,
      title: day.title,
      time: day.date,
      // The date once: a title that gives it gets the weekday alone.
      date: day.title.includes(day.dateLabel) ? WEEKDAY[day.date] : `${WEEKDAY[day.date]}, ${day.dateLabel}`,
      description: day.description,
      figures: figuresOf(day),
    };
  }

  it('shows the five newest days on the first page, newest first', () => {
    // postsPerPage is 5 in content/site.yaml; 8 published days make two pages.
    expect(PUBLISHED.map((day) => day.date)).toEqual([
      '2026-04-24',
      '2026-04-23',
      '2026-04-22',
      '2026-04-21',
      '2026-04-17',
      '2026-04-16',
      '2026-04-15',
      '2026-04-14',
    ]);
    expect(cards(readDist('index.html'))).toEqual(PUBLISHED.slice(0, 5).map(expectedCard));
  });

  it('numbers the pages from the oldest: the first five days on /page/1/, the three after them on /page/2/', () => {
    expect(cards(readDist('page/1/index.html'))).toEqual(PUBLISHED.slice(3).map(expectedCard));
    expect(cards(readDist('page/2/index.html'))).toEqual(PUBLISHED.slice(0, 3).map(expectedCard));
  });

  it('uses the days own title and description where the author gave them', () => {
    const card = cards(readDist('page/1/index.html'))[2];
    expect(card?.title).toBe('Small cuts, many of them');
    expect(card?.description).toBe(
      'Six short tasks across the docs site and the course platform, none longer than an hour and a half by hand.',
    );
  });

  it('links the pages to each other: the home page to page 1 (page 2 holds only days it shows), page 1 to page 2, page 2 to both', () => {
    const home = elements(readDist('index.html'), 'nav.pagination');
    expect(home).toHaveLength(1);
    expect(elements(home[0]!, 'li').map(textOf)).toEqual(['Older days →']);
    expect(elements(home[0]!, 'a').map(attrsOf)).toEqual([{ href: '/page/1/', rel: 'next' }]);

    // One list item each, so the parts never run together as "Page 1Older days".
    const first = elements(readDist('page/1/index.html'), 'nav.pagination');
    expect(elements(first[0] ?? '', 'li').map(textOf)).toEqual(['← Newer days', 'Page 1']);
    expect(elements(first[0] ?? '', 'a').map(attrsOf)).toEqual([{ href: '/page/2/', rel: 'prev' }]);

    const second = elements(readDist('page/2/index.html'), 'nav.pagination');
    expect(elements(second[0] ?? '', 'li').map(textOf)).toEqual(['← Newer days', 'Page 2', 'Older days →']);
    expect(elements(second[0] ?? '', 'a').map(textOf)).toEqual(['← Newer days', 'Older days →']);
    expect(elements(second[0] ?? '', 'a').map(attrsOf)).toEqual([
      { href: '/', rel: 'prev' },
      { href: '/page/1/', rel: 'next' },
    ]);

    expect(distHas('page/3/index.html')).toBe(false);
    // Older pages live under page/, where no other route is: a page number can never be a year or 404.
    expect(distHas('2/index.html')).toBe(false);
  });
});

describe('the whole site', () => {
  it('has exactly the expected pages', () => {
    expect(distFiles().filter((file) => file.endsWith('.html'))).toEqual(
      [
        ...PUBLISHED.map((day) => `${day.path}index.html`),
        '404.html',
        'archive/index.html',
        'index.html',
        'page/1/index.html',
        'page/2/index.html',
        'search/index.html',
        'stats/index.html',
        'subscribe/index.html',
        ...['billing', 'cli', 'course-platform', 'docs', 'long-day'].map((tag) => `tags/${tag}/index.html`),
        'tags/index.html',
      ].sort(),
    );
  });

  it('runs no script on any page but search (JSON-LD is data, not script)', () => {
    const html = distFiles().filter((file) => file.endsWith('.html') && file !== 'search/index.html');
    expect(html.length).toBeGreaterThan(0);
    for (const file of html) {
      expect(elements(readDist(file), 'script').map(attrsOf), file).toEqual([{ type: 'application/ld+json' }]);
    }
  });
});

describe('the RSS feed', () => {
  interface Item {
    title: string;
    link: string;
    guid: { '#text': string; '@_isPermaLink': string };
    description: string;
    pubDate: string;
    'content:encoded': string;
  }
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'item' });
  // The shape is asserted field by field below; the cast only names it.
  const feed = parser.parse(readDist('rss.xml')) as { rss: { channel: { title: string; link: string; item: Item[] } } };
  const { channel } = feed.rss;

  it('describes the site', () => {
    expect(channel.title).toBe(SITE_TITLE);
    expect(channel.link).toBe(`${ORIGIN}/`);
  });

  it('has the 8 published days, newest first, with absolute links', () => {
    expect(channel.item.map((item) => item.title)).toEqual(PUBLISHED.map((day) => day.title));
    expect(channel.item.map((item) => item.link)).toEqual(PUBLISHED.map((day) => `${ORIGIN}/${day.path}`));
    expect(channel.item.map((item) => item.guid['#text'])).toEqual(PUBLISHED.map((day) => `${ORIGIN}/${day.path}`));
    expect(channel.item.map((item) => item.description)).toEqual(PUBLISHED.map((day) => day.summary));
  });

  it('dates each item at noon in Berlin (UTC+2 in April)', () => {
    expect(channel.item.map((item) => item.pubDate)).toEqual(PUBLISHED.map((day) => new Date(`${day.date}T12:00:00+02:00`).toUTCString()));
    expect(channel.item[0]?.pubDate).toBe('Fri, 24 Apr 2026 10:00:00 GMT');
  });

  it.each(PUBLISHED.map((day, index) => [day.date, index, day] as const))('%s carries the full post with both tables', (_, index, day) => {
    const content = channel.item[index]!['content:encoded'];
    expectTables(content, day);
    expect(content.toLowerCase()).not.toContain('<script');
    // Feed readers show the content away from the site: every link must be absolute.
    const urls = [...content.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((match) => match[1]);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });
});
