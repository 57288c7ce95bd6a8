import type { ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { dayMetrics } from '../../src/lib/metrics/day-metrics.ts';
import type { LoggedTask } from '../../src/lib/published/context.ts';
import { taskLog, type TaskTagLinks } from '../../src/lib/post/task-log.ts';
import { attrsOf, elements, rowTexts, tableByClass, textOf, type Table } from '../support/html.ts';

// Literal centiseconds: 1 h = 360 000 cs, 1 min = 6 000 cs.
const H = 360_000;
const M = 6_000;

function logged(title: string, titleHtml: string, human: number, ai: number, supervision: number): LoggedTask {
  const titleNodes = fromHtml(titleHtml, { fragment: true }).children as ElementContent[];
  return { title, titleNodes, human, ai, supervision, tags: [] };
}

/** The four tasks of the sample day 2026-04-15, in the author's order. */
const APRIL_15 = [
  logged('Course platform: paginate', 'Course platform: paginate the enrolment list', 2 * H, 10 * M, 3 * M),
  logged('Docs site: fix anchors', 'Docs site: fix anchors after <code>guides/</code> was renamed', 1 * H, 5 * M, 0),
  logged('CLI tool: dry run', 'CLI tool: add a <code>--dry-run</code> flag', 5 * H, 26 * M, 5 * M),
  logged('Billing service: locale', 'Billing service: footer dates in the customer’s locale', H / 2, 4 * M, 1 * M),
];

function render(
  tasks: LoggedTask[],
  aiName = 'Claude',
  dateLabel = 'April 15, 2026',
  tagLinks?: TaskTagLinks,
): { html: string; table: Table } {
  const { ranked } = dayMetrics(tasks, null);
  const html = toHtml(taskLog(ranked, aiName, dateLabel, tagLinks));
  return { html, table: tableByClass(html, 'task-log') };
}

describe('taskLog', () => {
  it('lists every task ranked by factor with exact cell texts', () => {
    const { table } = render(APRIL_15);
    // 120 min / 10 = 12.0x, 120 / 3 = 40.0x
    // 60 / 5 = 12.0x (an exact tie: stays second), no supervision → —
    // 300 / 26 = 11.53… → 11.5x, 300 / 5 = 60.0x
    // 30 / 4 = 7.5x, 30 / 1 = 30.0x
    expect(rowTexts(table)).toEqual([
      ['1', 'Course platform: paginate the enrolment list', '2h', '10m', '3m', '12.0x', '40.0x'],
      ['2', 'Docs site: fix anchors after guides/ was renamed', '1h', '5m', '0m', '12.0x', '—'],
      ['3', 'CLI tool: add a --dry-run flag', '5h', '26m', '5m', '11.5x', '60.0x'],
      ['4', 'Billing service: footer dates in the customer’s locale', '0.5h', '4m', '1m', '7.5x', '30.0x'],
    ]);
  });

  it('orders by factor, not by the order written', () => {
    // Written lowest first: 1h / 30m = 2.0x, 1h / 10m = 6.0x, 1h / 5m = 12.0x.
    const { table } = render([
      logged('slow', 'Slow task', H, 30 * M, M),
      logged('middle', 'Middle task', H, 10 * M, M),
      logged('fast', 'Fast task', H, 5 * M, M),
    ]);
    expect(rowTexts(table).map((row) => [row[0], row[1], row[5]])).toEqual([
      ['1', 'Fast task', '12.0x'],
      ['2', 'Middle task', '6.0x'],
      ['3', 'Slow task', '2.0x'],
    ]);
  });

  it('shows estimates the way authors write them', () => {
    // All with ai 10m and supervision 1m so the factor is human minutes / 10.
    const { table } = render([
      logged('a', 'Ninety minutes', 90 * M, 10 * M, M), // 1.5h, 9.0x, 90.0x
      logged('b', 'Twenty minutes', 20 * M, 10 * M, M), // 20m (0.333… h has no exact decimal), 2.0x, 20.0x
      logged('c', 'Forty-five minutes', 45 * M, 10 * M, M), // 0.75h, 4.5x, 45.0x
      logged('d', 'A third of an hour, written 0.33h', 118_800, 10 * M, M), // 19.8 min: 2.0x (1.98), 19.8x
    ]);
    expect(rowTexts(table)).toEqual([
      ['1', 'Ninety minutes', '1.5h', '10m', '1m', '9.0x', '90.0x'],
      ['2', 'Forty-five minutes', '0.75h', '10m', '1m', '4.5x', '45.0x'],
      ['3', 'Twenty minutes', '20m', '10m', '1m', '2.0x', '20.0x'],
      ['4', 'A third of an hour, written 0.33h', '0.33h', '10m', '1m', '2.0x', '19.8x'],
    ]);
  });

  it('shows agent and supervision time as written, so dividing the times shown gives the factors shown', () => {
    // 240 min / 8.6 = 27.90… → 27.9x (9m would give 26.7x); 240 / 1.5 = 160.0x (2m would give 120.0x).
    // 600 / 54 = 11.11… → 11.1x; 600 / 2 = 300.0x.
    const { table } = render([
      logged('a', 'Four hours in 8.6 minutes', 4 * H, 51_600, 9_000),
      logged('b', 'Ten hours in 54 minutes', 10 * H, 54 * M, 2 * M),
    ]);
    expect(rowTexts(table)).toEqual([
      ['1', 'Four hours in 8.6 minutes', '4h', '8.6m', '1.5m', '27.9x', '160.0x'],
      ['2', 'Ten hours in 54 minutes', '10h', '54m', '2m', '11.1x', '300.0x'],
    ]);
  });

  it('has a caption naming the day and the agent', () => {
    const { table } = render(APRIL_15);
    expect(table.caption).toBe('Tasks of April 15, 2026, ranked by factor (human estimate ÷ Claude time)');
  });

  it('has column headers with scope="col", the agent column named after the site setting', () => {
    const { table } = render(APRIL_15, 'Codex');
    expect(table.head).toHaveLength(1);
    const headers = table.head[0]!;
    expect(headers.map((cell) => cell.text)).toEqual(['#', 'Task', 'Human Est.', 'Codex', 'Sup.', 'Factor', 'Sup. Factor']);
    expect(headers.map((cell) => `${cell.tag} ${cell.attrs.scope}`)).toEqual(Array(7).fill('th col'));
    expect(table.caption).toBe('Tasks of April 15, 2026, ranked by factor (human estimate ÷ Codex time)');
  });

  it('makes the task title the row header and renders its inline HTML', () => {
    const { table } = render(APRIL_15);
    for (const row of table.body) {
      expect(row.map((cell) => cell.tag)).toEqual(['td', 'th', 'td', 'td', 'td', 'td', 'td']);
      expect(row[1]!.attrs.scope).toBe('row');
    }
    // The title is HTML from the Markdown pipeline: it must not be escaped again.
    expect(table.body[1]![1]!.html).toBe('Docs site: fix anchors after <code>guides/</code> was renamed');
  });

  it('names each cell of figures after its column, and marks the rank and the factor, for the card a phone shows', () => {
    const { table } = render(APRIL_15, 'Codex');
    const first = table.body[0]!;
    expect(first.map((cell) => cell.attrs['data-label'] ?? null)).toEqual([
      '#',
      null,
      'Human Est.',
      'Codex',
      'Sup.',
      'Factor',
      'Sup. Factor',
    ]);
    expect(first.map((cell) => cell.attrs.class ?? null)).toEqual(['num rank', 'task', 'num', 'num', 'num', 'num factor', 'num']);
  });

  it("lists each task's own tags under its title, each a link to its tag page, leaving out the day's", () => {
    // The day is tagged "Course Platform"; every task carries it (effective tags), two have their own.
    const day = ['Course Platform'];
    const tagged = [
      { ...APRIL_15[0]!, tags: ['Course Platform', 'pagination'] },
      { ...APRIL_15[1]!, tags: ['Course Platform'] },
      { ...APRIL_15[2]!, tags: ['Course Platform', 'CLI', 'c++'] },
      { ...APRIL_15[3]!, tags: ['Course Platform'] },
    ];
    const { table, html } = render(tagged, 'Claude', 'April 15, 2026', { dayTags: day, href: (path) => `/blog/${path}` });
    // Ranked 12.0x, 12.0x, 11.5x, 7.5x as above: the titles with their own tags, as a reader sees the cell.
    expect(rowTexts(table).map((row) => row[1])).toEqual([
      'Course platform: paginate the enrolment list pagination',
      'Docs site: fix anchors after guides/ was renamed',
      'CLI tool: add a --dry-run flag CLI c++',
      'Billing service: footer dates in the customer’s locale',
    ]);
    const links = elements(html, 'th.task ul.task-tags a').map((link) => [textOf(link), attrsOf(link).href]);
    expect(links).toEqual([
      ['pagination', '/blog/tags/pagination/'],
      ['CLI', '/blog/tags/cli/'],
      ['c++', '/blog/tags/c-plus-plus/'],
    ]);
    expect(elements(html, 'ul.task-tags').map((list) => attrsOf(list)['aria-label'])).toEqual(['Tags', 'Tags']);
  });

  it('shows no tags where none are asked for (the feeds, the dashboard)', () => {
    const { html } = render([{ ...APRIL_15[0]!, tags: ['pagination'] }]);
    expect(html).not.toContain('task-tags');
  });

  it('writes no script', () => {
    const { html } = render(APRIL_15);
    expect(html).not.toContain('<script');
  });
});
