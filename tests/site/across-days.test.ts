/**
 * The built sample site across days: the dashboard's all-time totals, the
 * comparison with the previous day, the generated summary, the archive,
 * tag pages and the open-data exports. Expected figures come from the day
 * files themselves, read here with the `yaml` package and summed with plain
 * integer arithmetic (whole seconds), never with the site's own code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { parse as parseYaml } from 'yaml';
import { distHas, readDist } from '../support/dist.ts';
import { attrsOf, element, elements, textOf, type Html } from '../support/html.ts';
import { SAMPLE_CONTENT } from '../support/npm-run.ts';

const DAYS = join(SAMPLE_CONTENT, 'days');

// ---------------------------------------------------------------------------
// The sample days, read independently of the site's code.

interface SampleTask {
  title: string;
  /** Whole seconds: every sample duration is a whole number of seconds. */
  human: number;
  ai: number;
  supervision: number;
  tags: string[];
}

interface SampleDay {
  date: string;
  draft: boolean;
  summary: boolean;
  tokens: number | null;
  tags: string[];
  tasks: SampleTask[];
}

/** "0.33h" → 1188 s, "1h 30m" → 5400 s, "17m" → 1020 s; anything else fails the test. */
function seconds(value: unknown): number {
  const match = /^(?:(\d+)(?:\.(\d{1,2}))?h)?\s*(?:(\d+)m)?$/.exec(String(value).trim());
  if (!match || (match[1] === undefined && match[3] === undefined)) throw new Error(`the test cannot read the duration ${String(value)}`);
  const [, hours = '0', hundredths = '', minutes = '0'] = match;
  // Hundredths of an hour are 36 s each.
  return Number(hours) * 3600 + Number(hundredths.padEnd(2, '0')) * 36 + Number(minutes) * 60;
}

function readSampleDays(): SampleDay[] {
  return readdirSync(DAYS)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(DAYS, name), 'utf8');
      const yamlText = text.split(/^---$/m)[1] ?? '';
      const data = parseYaml(yamlText) as {
        date: string;
        draft?: boolean;
        summary?: boolean;
        tokens?: number;
        tags?: string[];
        tasks: { title: string; human: string; ai: string; supervision: string; tags?: string[] }[];
      };
      const dayTags = data.tags ?? [];
      return {
        date: String(data.date),
        draft: data.draft === true,
        summary: data.summary !== false,
        tokens: data.tokens ?? null,
        tags: dayTags,
        tasks: data.tasks.map((task) => ({
          title: task.title,
          human: seconds(task.human),
          ai: seconds(task.ai),
          supervision: seconds(task.supervision),
          tags: [...dayTags, ...(task.tags ?? [])],
        })),
      };
    });
}

interface Sums {
  days: number;
  tasks: number;
  human: number;
  ai: number;
  supervision: number;
  tokens: number | null;
}

function sum(days: SampleDay[]): Sums {
  const sums: Sums = { days: 0, tasks: 0, human: 0, ai: 0, supervision: 0, tokens: null };
  for (const day of days) {
    sums.days += 1;
    if (day.tokens !== null) sums.tokens = (sums.tokens ?? 0) + day.tokens;
    for (const task of day.tasks) {
      sums.tasks += 1;
      sums.human += task.human;
      sums.ai += task.ai;
      sums.supervision += task.supervision;
    }
  }
  return sums;
}

// Formatting done by the test: ratios rounded half up with integers, times written out exactly.
const grouped = (n: number) => n.toLocaleString('en-US');
/** a ÷ b in tenths, half up. */
const tenths = (a: number, b: number) => Math.floor((20 * a + b) / (2 * b));
const oneDecimal = (t: number) => `${grouped(Math.floor(t / 10))}.${t % 10}`;
/** Seconds as exact hours, at least one decimal: every sample total is a whole number of hundredths (36 s). */
function hoursText(s: number): string {
  if (s % 36 !== 0) throw new Error(`${s} s is not a whole number of hundredths of an hour`);
  const hundredths = s / 36;
  return hundredths % 10 === 0
    ? oneDecimal(hundredths / 10)
    : `${grouped(Math.floor(hundredths / 100))}.${String(hundredths % 100).padStart(2, '0')}`;
}
/** Seconds as exact minutes: every sample time is whole minutes. */
function minutesText(s: number): string {
  if (s % 60 !== 0) throw new Error(`${s} s is not a whole number of minutes`);
  return grouped(s / 60);
}
const factorText = (a: number, b: number) => (b === 0 ? '—' : `${oneDecimal(tenths(a, b))}x`);

const sample = readSampleDays();
const published = sample.filter((day) => !day.draft);
const drafts = sample.filter((day) => day.draft);
const dayOf = (date: string) => {
  const day = sample.find((d) => d.date === date);
  if (!day) throw new Error(`no sample day ${date}`);
  return day;
};

// ---------------------------------------------------------------------------
// Reading the built pages.

/** Visible text of a page, a fragment or an element, with typographic quotes made straight. */
function text(html: Html): string {
  return textOf(html).replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

/** A title as the reader sees it: inline Markdown marks gone, straight quotes. */
const plainTitle = (markdown: string) => markdown.replace(/[`*]/g, '');

/** Rows of a table, its header row first, as arrays of cell texts (th and td). */
function rows(table: Element): string[][] {
  return elements(table, 'tr').map((row) => elements(row, 'th, td').map(text));
}

/** An RFC 4180 parser: quoted fields, doubled quotes, CRLF records. Throws on anything else. */
function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let index = 0;
  while (index < csv.length) {
    let field = '';
    if (csv[index] === '"') {
      index += 1;
      for (;;) {
        if (index >= csv.length) throw new Error('unterminated quoted field');
        if (csv[index] === '"') {
          if (csv[index + 1] === '"') {
            field += '"';
            index += 2;
          } else {
            index += 1;
            break;
          }
        } else field += csv[index++];
      }
    } else {
      while (index < csv.length && !/[,\r\n]/.test(csv[index]!)) {
        if (csv[index] === '"') throw new Error(`a quote inside an unquoted field at ${index}`);
        field += csv[index++];
      }
    }
    record.push(field);
    if (csv[index] === ',') index += 1;
    else if (csv.startsWith('\r\n', index)) {
      records.push(record);
      record = [];
      index += 2;
    } else throw new Error(`expected , or CRLF at ${index}, found ${JSON.stringify(csv[index])}`);
  }
  if (record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

// ---------------------------------------------------------------------------

describe('the sample days as the test reads them', () => {
  it('are 9 files, one of them the draft 2026-04-20', () => {
    expect(sample).toHaveLength(9);
    expect(drafts.map((day) => day.date)).toEqual(['2026-04-20']);
    // Sanity of the test's own sums: 60 published tasks, 273.66 h = 985176 s, 1,145 min, 155 min.
    const all = sum(published);
    expect([all.days, all.tasks, all.human, all.ai, all.supervision, all.tokens]).toEqual([8, 60, 985_176, 68_700, 9_300, 7_852_000]);
  });
});

describe('/stats/: all-time totals equal a sum over the sample days', () => {
  const all = sum(published);
  const table = element(readDist('stats/index.html'), 'table.data.aggregate');
  const values = new Map(
    rows(table)
      .slice(1)
      .map(([label = '', value = '']) => [label, value]),
  );

  it.each([
    ['Days', () => grouped(all.days)],
    ['Tasks', () => grouped(all.tasks)],
    ['Human-equivalent hours', () => hoursText(all.human)], //                   985176 s / 3600 = 273.66, exact
    ['Human-equivalent working days (8 h)', () => oneDecimal(tenths(all.human, 8 * 3600))], //   34.2
    ['Human-equivalent working weeks (40 h)', () => oneDecimal(tenths(all.human, 40 * 3600))], // 6.8
    ['Claude minutes', () => minutesText(all.ai)], //                            1,145
    ['Supervisory minutes', () => minutesText(all.supervision)], //              155
    ['Tokens', () => (all.tokens === null ? '—' : grouped(all.tokens))], //      7,852,000
    ['Weighted leverage', () => factorText(all.human, all.ai)], //               985176 / 68700 = 14.34 → 14.3x
    ['Weighted supervisory leverage', () => factorText(all.human, all.supervision)], // 985176 / 9300 = 105.93 → 105.9x
  ])('%s', (label, expected) => {
    expect(values.get(label)).toBe(expected());
  });

  it('shows the hand-checked figures', () => {
    expect([...values.values()]).toEqual(['8', '60', '273.66', '34.2', '6.8', '1,145', '155', '7,852,000', '14.3x', '105.9x']);
  });

  it('lists every published day and no draft in the daily table', () => {
    const daily = element(readDist('stats/index.html'), 'table:has(> caption#daily-caption)');
    // Each day shows its short date ("Apr 24, 2026"); its <time> carries the ISO date.
    const dates = elements(daily, 'tbody th time').map((time) => attrsOf(time).datetime);
    expect(dates).toEqual(published.map((day) => day.date).reverse());
    expect(rows(daily)[1]?.[0]).toBe('Apr 24, 2026');
  });
});

describe('/2026/04/22/: compared with 2026-04-21', () => {
  const html = readDist('2026/04/22/index.html');
  const today = sum([dayOf('2026-04-22')]);
  const before = sum([dayOf('2026-04-21')]);

  it('has the comparison: each change signed, as a percentage, and with a symbol', () => {
    const table = element(html, 'table.data.comparison');
    // 04-21: 9.17 h, 52 min, 9 supervisory min → 33012 / 3120 = 10.58 → 10.6x, 33012 / 540 = 61.13 → 61.1x, no tokens
    expect([
      hoursText(before.human),
      minutesText(before.ai),
      factorText(before.human, before.ai),
      factorText(before.human, before.supervision),
      before.tokens,
    ]).toEqual(['9.17', '52', '10.6x', '61.1x', null]);
    // The change of the figures shown, and against the previous day's: 16.1 − 10.6 = 5.5, 5.5 / 10.6 → 52%;
    // 143.6 − 61.1 = 82.5, → 135%; 189.1 − 9.2 = 179.9, → 1,955%; 704 − 52 = 652, → 1,254%.
    expect(rows(table).slice(1)).toEqual([
      ['Weighted leverage', factorText(today.human, today.ai), '10.6x', '▲ +5.5x (+52%)'],
      ['Supervisory leverage', factorText(today.human, today.supervision), '61.1x', '▲ +82.5x (+135%)'],
      ['Human-equivalent hours', hoursText(today.human), '9.17', '▲ +179.91 (+1,962%)'],
      ['Claude minutes', minutesText(today.ai), '52', '▲ +652 (+1,254%)'],
      // 04-22 logged 3,030,000 tokens, 04-21 none: this day's count shows, the change needs both.
      ['Tokens', '3,030,000', '—', 'no tokens logged on the previous day'],
    ]);
    expect(factorText(today.human, today.ai)).toBe('16.1x');
  });

  it('links to the previous and the next day', () => {
    const links = elements(element(html, 'nav.day-navigation'), 'a').map(attrsOf);
    expect(links).toContainEqual({ href: '/2026/04/21/', rel: 'prev' });
    expect(links).toContainEqual({ href: '/2026/04/23/', rel: 'next' });
  });

  it('shows the generated summary once, after the aggregate statistics', () => {
    expect(html.split('class="data-summary"')).toHaveLength(2);
    const summary = element(html, 'p.data-summary');
    expect(summary.position?.start.offset).toBeGreaterThan(html.indexOf('id="aggregate-statistics"'));
    expect(text(summary)).toMatch(
      /^Twenty-six tasks\. April 22, 2026 weighted to 16\.1x leverage across 189\.08 human-equivalent hours in 704 Claude minutes;/,
    );
  });
});

describe('comparisons skip drafts', () => {
  it('compares 2026-04-21 with 2026-04-17, not with the draft 2026-04-20', () => {
    const html = readDist('2026/04/21/index.html');
    const caption = text(element(html, 'caption#comparison-caption'));
    // Four days before: the caption says so.
    expect(caption).toBe('April 21, 2026 compared with the previous published day, April 17, 2026, 4 days earlier');
    expect(elements(element(html, 'nav.day-navigation'), 'a[rel="prev"]').map((link) => attrsOf(link).href)).toEqual(['/2026/04/17/']);
    expect(distHas('2026/04/20/index.html')).toBe(false);
  });
});

describe('the generated summary', () => {
  it('sits where the author wrote ::summary on 2026-04-17, and only there', () => {
    const html = readDist('2026/04/17/index.html');
    expect(html.split('class="data-summary"')).toHaveLength(2);
    const heading = '<h2 id="analysis">Analysis</h2>';
    const analysis = html.indexOf(heading);
    const summary = html.indexOf('<p class="data-summary" dir="auto">');
    expect(analysis).toBeGreaterThan(html.indexOf('id="aggregate-statistics"'));
    // Right after the Analysis heading (nothing but white space between), before the analysis' first paragraph.
    expect(summary).toBeGreaterThan(analysis);
    expect(html.slice(analysis + heading.length, summary).trim()).toBe('');
    expect(summary).toBeLessThan(html.indexOf('The certificate work was the biggest single item.'));
    // 8 tasks; 31.0 h = 111600 s in 151 min = 9060 s → 12.32 → 12.3x; 22 supervisory min → 84.5x.
    // Ceiling 8h in 34m = 14.1x; floor 1.5h in 9m = 10.0x, tied exactly with 0.5h in 3m, which the author wrote first.
    expect(text(element(html, 'p.data-summary'))).toBe(
      'Eight tasks. April 17, 2026 weighted to 12.3x leverage across 31.0 human-equivalent hours in 151 Claude minutes; ' +
        'supervisory leverage closed at 84.5x. ' +
        'The ceiling was 14.1x (Course platform: move certificate generation to a background job so the completion page stops hanging); ' +
        'the floor was 10.0x (Course platform: write the migration that backfills completed_at for legacy enrolments).',
    );
  });

  it('is absent on 2026-04-24 (summary: false)', () => {
    expect(dayOf('2026-04-24').summary).toBe(false);
    expect(readDist('2026/04/24/index.html')).not.toContain('data-summary');
  });
});

describe('/data/days.json', () => {
  const json = JSON.parse(readDist('data/days.json')) as {
    days: {
      date: string;
      tokens: number | null;
      totals: Record<string, number | null>;
      tasks: { title: string; humanMinutes: number }[];
    }[];
  };

  it('has the 8 published days in date order and not the draft', () => {
    expect(json.days.map((day) => day.date)).toEqual(published.map((day) => day.date));
    expect(json.days).toHaveLength(8);
    expect(json.days.map((day) => day.date)).not.toContain('2026-04-20');
    const titles = json.days.flatMap((day) => day.tasks.map((task) => task.title));
    for (const draft of drafts) for (const task of draft.tasks) expect(titles).not.toContain(task.title);
  });

  it.each(published.map((day) => [day.date, day] as const))('%s has totals matching its file', (date, day) => {
    const record = json.days.find((d) => d.date === date);
    const own = sum([day]);
    // Minutes are exact decimals of seconds / 60; factors are tenths / 10.
    expect(record?.totals).toEqual({
      tasks: own.tasks,
      humanMinutes: own.human / 60,
      aiMinutes: own.ai / 60,
      supervisionMinutes: own.supervision / 60,
      tokens: own.tokens,
      leverage: tenths(own.human, own.ai) / 10,
      supervisionLeverage: own.supervision === 0 ? null : tenths(own.human, own.supervision) / 10,
    });
    expect(record?.tokens).toBe(own.tokens);
  });

  it('has a file per published day, and none for the draft', () => {
    for (const day of published) expect(distHas(`data/days/${day.date}.json`), day.date).toBe(true);
    expect(distHas('data/days/2026-04-20.json')).toBe(false);
    const one = JSON.parse(readDist('data/days/2026-04-22.json')) as { date: string; tasks: unknown[]; tags: string[] };
    expect(one.date).toBe('2026-04-22');
    expect(one.tasks).toHaveLength(26);
    expect(one.tags).toEqual(['long-day']);
  });
});

describe('/data/tasks.csv', () => {
  const csv = readDist('data/tasks.csv');
  const records = parseCsv(csv);

  it('parses as RFC 4180: a header and 60 rows of 10 fields', () => {
    expect(records[0]).toEqual([
      'date',
      'rank',
      'title',
      'human_minutes',
      'ai_minutes',
      'supervision_minutes',
      'factor',
      'supervision_factor',
      'tags',
      'url',
    ]);
    expect(records).toHaveLength(61);
    for (const record of records) expect(record).toHaveLength(10);
  });

  it('has every published task once, with its minutes, and no draft task', () => {
    const rowsByKey = new Map(records.slice(1).map((row) => [`${row[0]} ${row[2]}`, row]));
    expect(rowsByKey.size).toBe(60);
    for (const day of published) {
      for (const task of day.tasks) {
        const row = rowsByKey.get(`${day.date} ${task.title}`);
        expect(row, `${day.date} ${task.title}`).toBeDefined();
        expect(Number(row?.[3])).toBe(task.human / 60);
        expect(Number(row?.[4])).toBe(task.ai / 60);
        expect(Number(row?.[5])).toBe(task.supervision / 60);
        expect(row?.[8]).toBe(task.tags.join(';'));
      }
    }
    expect(records.some((row) => row[0] === '2026-04-20')).toBe(false);
  });
});

describe('/archive/', () => {
  const html = readDist('archive/index.html');

  it('lists April 2026 with its month totals', () => {
    const april = sum(published.filter((day) => day.date.startsWith('2026-04')));
    expect(text(element(html, 'h3#m-2026-04'))).toBe('April 2026');
    // 8 days, 60 tasks, 273.66 h in 1,145 min: 14.3x
    expect(text(element(html, 'p.month-totals'))).toBe(
      `${april.days} days, ${april.tasks} tasks, ${hoursText(april.human)} human-equivalent hours in ${minutesText(april.ai)} Claude minutes: weighted leverage ${factorText(april.human, april.ai)}.`,
    );
  });

  it('links every published day, newest first, and not the draft', () => {
    const list = element(html, 'ul.archive-days');
    expect(list.position?.start.offset).toBeGreaterThan(html.indexOf('<h3 id="m-2026-04">'));
    const links = elements(html, 'ul.archive-days > li > a').map((link) => attrsOf(link).href);
    expect(links).toEqual(published.map((day) => `/${day.date.replace(/-/g, '/')}/`).reverse());
  });
});

describe('tag pages', () => {
  function tagPage(slug: string) {
    const html = readDist(`tags/${slug}/index.html`);
    const table = element(html, 'table.data.task-log');
    // The day's cell shows its short date ("Apr 24, 2026"); rows give the ISO date its <time> carries.
    const isoDates = elements(table, 'tbody td.date time').map((time) => attrsOf(time).datetime ?? '');
    return {
      lede: text(element(html, 'p.lede')),
      rows: rows(table)
        .slice(1)
        .map((row, index) => [isoDates[index] ?? '', ...row.slice(1)]),
    };
  }

  /** A day's tasks in its Task Log's order, worked out here: exact factor human ÷ ai highest first (cross products), ties in file order. */
  const taskLogOrder = (day: SampleDay) => [...day.tasks].sort((a, b) => b.human * a.ai - a.human * b.ai);

  it('/tags/billing/ lists exactly the billing tasks, newest day first, each day in its Task Log order, with the weighted leverage', () => {
    const tag = sum(published.map((day) => ({ ...day, tasks: day.tasks.filter((task) => task.tags.includes('billing')) })));
    // 16 tasks, 73.33 h = 263988 s in 333 min = 19980 s → 13.21 → 13.2x; 44 supervisory min → 100.0x
    expect(tagPage('billing').lede).toBe(
      `${tag.tasks} tasks, ${hoursText(tag.human)} human-equivalent hours in ${minutesText(tag.ai)} Claude minutes: ` +
        `weighted leverage ${factorText(tag.human, tag.ai)}, supervisory leverage ${factorText(tag.human, tag.supervision)}.`,
    );
    expect(factorText(tag.human, tag.ai)).toBe('13.2x');
    // Day, rank in that day's Task Log, title, factor, supervisory factor.
    const expected = [...published].reverse().flatMap((day) =>
      taskLogOrder(day)
        .map((task, index) => ({ task, rank: index + 1 }))
        .filter(({ task }) => task.tags.includes('billing'))
        .map(({ task, rank }) => [
          day.date,
          String(rank),
          plainTitle(task.title),
          factorText(task.human, task.ai),
          factorText(task.human, task.supervision),
        ]),
    );
    expect(expected).toHaveLength(16);
    const { rows: listed } = tagPage('billing');
    expect(listed.map((row) => [row[0], row[1], row[2], row[6], row[7]])).toEqual(expected);
    // The sample's first rows, read off the day files by hand: 2026-04-24's third task, then 2026-04-23's second and sixth.
    expect(listed.slice(0, 3).map((row) => `${row[0]} #${row[1]}`)).toEqual(['2026-04-24 #3', '2026-04-23 #2', '2026-04-23 #6']);
  });

  it('/tags/billing/ links each row to its day and, with 16 tasks, has a single page and no page navigation', () => {
    const html = readDist('tags/billing/index.html');
    const links = elements(html, 'table.task-log tbody td:first-child a').map((link) => attrsOf(link).href);
    expect(links).toHaveLength(16);
    for (const [index, link] of links.entries()) expect(link).toBe(`/${tagPage('billing').rows[index]?.[0]?.replaceAll('-', '/')}/`);
    expect(elements(html, 'nav.pagination')).toEqual([]);
    expect(distHas('tags/billing/page/2/index.html')).toBe(false);
  });

  it('a day tag applies to every task of that day: /tags/long-day/ holds the 26 tasks of 2026-04-22', () => {
    const long = dayOf('2026-04-22');
    const { lede, rows: listed } = tagPage('long-day');
    expect(listed).toHaveLength(long.tasks.length);
    expect(new Set(listed.map((row) => row[0]))).toEqual(new Set(['2026-04-22']));
    // A whole day under one tag is that day's Task Log: ranks 1 to 26 in order.
    expect(listed.map((row) => row[1])).toEqual(Array.from({ length: 26 }, (_, index) => String(index + 1)));
    // Same figures as the day: 189.08 h in 704 min, 16.1x, 143.6x
    const own = sum([long]);
    expect(lede).toBe(
      `26 tasks, ${hoursText(own.human)} human-equivalent hours in ${minutesText(own.ai)} Claude minutes: weighted leverage ${factorText(own.human, own.ai)}, supervisory leverage ${factorText(own.human, own.supervision)}.`,
    );
  });
});
