/**
 * A tag's pages: its tasks newest day first, each day's in its Task Log's
 * order, and one page of them as a table (src/post/tag-tasks.ts). Factors
 * are worked out by hand in the comments (1 h = 360 000 cs, 1 min = 6 000 cs).
 */
import type { ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rankTasks } from '../../src/lib/metrics/day-metrics.ts';
import { newestDayFirst } from '../../src/lib/metrics/tag-groups.ts';
import { paginate } from '../../src/lib/post/pagination.ts';
import type { LoggedTask } from '../../src/lib/published/context.ts';
import { tagTasks, type TaggedTask } from '../../src/lib/post/tag-tasks.ts';
import { attrsOf, elements, rowTexts, tableByClass, textOf } from '../support/html.ts';

const H = 360_000;
const M = 6_000;

function logged(titleHtml: string, human: number, ai: number, supervision: number): LoggedTask {
  const titleNodes = fromHtml(titleHtml, { fragment: true }).children as ElementContent[];
  return { title: titleHtml, titleNodes, human, ai, supervision, tags: ['billing'] };
}

/** A day's tasks ranked as its Task Log ranks them, each with its day. */
function day(date: string, tasks: LoggedTask[]): TaggedTask[] {
  const path = `${date.replaceAll('-', '/')}/`;
  return rankTasks(tasks).map((ranked) => ({ day: { date, path }, ranked }));
}

// 2026-04-20: 1h in 10m (6.0x) and 2h in 10m (12.0x) → ranks: 2h first.
const APRIL_20 = day('2026-04-20', [logged('Invoice export', H, 10 * M, M), logged('Refund flow', 2 * H, 10 * M, 2 * M)]);
// 2026-04-22: 30m in 10m (3.0x), 3h in 12m (15.0x), 45m in 5m (9.0x) → 3h, 45m, 30m.
const APRIL_22 = day('2026-04-22', [
  logged('Tax rates', 30 * M, 10 * M, 0),
  logged('Ledger <code>v2</code>', 3 * H, 12 * M, 3 * M),
  logged('Dunning mails', 45 * M, 5 * M, M),
]);
// 2026-04-21: one task, 1h in 4m (15.0x).
const APRIL_21 = day('2026-04-21', [logged('Card retries', H, 4 * M, 0)]);

const titleOf = (task: TaggedTask) => task.ranked.task.title;
const order = (tasks: TaggedTask[]) =>
  newestDayFirst(
    tasks,
    (task) => task.day.date,
    (task) => task.ranked.rank,
  );

describe('newestDayFirst', () => {
  it('lists the newest day first and each day in its Task Log order, whatever order the tasks came in', () => {
    // Oldest day first, as the site's stats gather them, and shuffled: the same result.
    const expected = ['Ledger <code>v2</code>', 'Dunning mails', 'Tax rates', 'Card retries', 'Refund flow', 'Invoice export'];
    expect(order([...APRIL_20, ...APRIL_21, ...APRIL_22]).map(titleOf)).toEqual(expected);
    const shuffled = [APRIL_22[2], APRIL_20[0], APRIL_21[0], APRIL_22[0], APRIL_20[1], APRIL_22[1]] as TaggedTask[];
    expect(order(shuffled).map(titleOf)).toEqual(expected);
  });

  it('leaves the list it was given as it was', () => {
    const given = [...APRIL_20, ...APRIL_22];
    order(given);
    expect(given.map(titleOf)).toEqual(['Refund flow', 'Invoice export', 'Ledger <code>v2</code>', 'Dunning mails', 'Tax rates']);
  });
});

describe('tagTasks', () => {
  const all = order([...APRIL_20, ...APRIL_21, ...APRIL_22]);
  const render = (pageSize: number, pageIndex: number, aiName = 'Claude', name = 'billing') => {
    const page = paginate(all, pageSize, 'tags/billing/')[pageIndex];
    if (!page) throw new Error(`no page ${pageIndex + 1}`);
    const html = toHtml(tagTasks(name, page, { aiName, language: 'en' }, (path) => `/blog/${path}`));
    return { html, table: tableByClass(html, 'task-log') };
  };

  it('lists one page of tasks with their day, rank in the day and figures', () => {
    // Page 2 at 2 a page, numbered from the oldest: the 3rd and 4th tasks, 30m in 10m (3.0x, no supervision → —), then 2026-04-21's 1h in 4m (15.0x, —).
    const { table } = render(2, 2);
    expect(rowTexts(table)).toEqual([
      ['Apr 22, 2026', '3', 'Tax rates', '0.5h', '10m', '0m', '3.0x', '—'],
      ['Apr 21, 2026', '1', 'Card retries', '1h', '4m', '0m', '15.0x', '—'],
    ]);
  });

  it('lists the first page with the oldest tasks', () => {
    // Page 1: 2026-04-20's 2h in 10m (12.0x; 2m → 60.0x) and 1h in 10m (6.0x; 1m → 60.0x).
    const { table } = render(2, 1);
    expect(rowTexts(table)).toEqual([
      ['Apr 20, 2026', '1', 'Refund flow', '2h', '10m', '2m', '12.0x', '60.0x'],
      ['Apr 20, 2026', '2', 'Invoice export', '1h', '10m', '1m', '6.0x', '60.0x'],
    ]);
  });

  it('links each day to its post below the base path, in a cell that keeps the date on one line', () => {
    const { html } = render(2, 0);
    expect(elements(html, 'tbody td.date:first-child > a').map((link) => attrsOf(link).href)).toEqual([
      '/blog/2026/04/22/',
      '/blog/2026/04/22/',
    ]);
    // The short date, for people; the ISO date, for machines.
    expect(elements(html, 'tbody td.date > a > time').map((time) => [attrsOf(time).datetime, textOf(time)])).toEqual([
      ['2026-04-22', 'Apr 22, 2026'],
      ['2026-04-22', 'Apr 22, 2026'],
    ]);
  });

  it("says in its caption which of the tag's tasks a numbered page holds, counted from the first, and nothing that changes as tasks are added", () => {
    expect(render(2, 2).table.caption).toBe('Tasks tagged billing, newest first (tasks 3–4 counted from the first)');
    expect(render(2, 3).table.caption).toBe('Tasks tagged billing, newest first (tasks 5–6 counted from the first)');
    expect(render(2, 0).table.caption).toBe('Tasks tagged billing, newest first');
    expect(render(50, 0).table.caption).toBe('Tasks tagged billing, newest first');
  });

  it('isolates the tag in the caption, which takes its direction from its text', () => {
    const { html } = render(50, 0, 'Claude', 'فوترة');
    expect(html).toContain('<caption id="tag-tasks-caption" dir="auto">Tasks tagged <bdi>فوترة</bdi>, newest first</caption>');
  });

  it('has column headers with scope="col", the agent column named after the site setting, and the title as each row\'s header', () => {
    const { table, html } = render(50, 0, 'Codex');
    const headers = table.head[0] ?? [];
    // The rank is the task's in its day's Task Log, which the column's name says.
    expect(headers.map((cell) => cell.text)).toEqual([
      'Day',
      'Rank that day',
      'Task',
      'Human Est.',
      'Codex',
      'Sup.',
      'Factor',
      'Sup. Factor',
    ]);
    expect(headers.map((cell) => `${cell.tag} ${cell.attrs.scope}`)).toEqual(Array(8).fill('th col'));
    for (const row of table.body) {
      expect(row.map((cell) => cell.tag)).toEqual(['td', 'td', 'th', 'td', 'td', 'td', 'td', 'td']);
      expect(row[2]?.attrs.scope).toBe('row');
    }
    // The title is the Markdown pipeline's HTML, not escaped again.
    expect(table.body[0]?.[2]?.html).toBe('Ledger <code>v2</code>');
    // A labelled region a keyboard can scroll, as wide as the page.
    expect(html.startsWith('<section class="data-section table-scroll" aria-labelledby="tag-tasks-caption" tabindex="0">')).toBe(true);
  });
});
