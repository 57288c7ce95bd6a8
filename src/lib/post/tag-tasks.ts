/**
 * A tag page's table: one page of the tag's tasks, newest day first, each
 * row its day (a link to the post), its rank in that day's Task Log, its
 * title as the row's header and its figures, built as one tree and written
 * out once by the page.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { formatInteger } from '../format.ts';
import type { RankedTask } from '../metrics/day-metrics.ts';
import type { ListPage } from './pagination.ts';
import type { LoggedTask } from '../published/context.ts';
import { columnHead, numberCell, scrollingTable, shortDate } from './cells.ts';
import { taskFigureCells, taskFigureHeads } from './task-figures.ts';
import { taskTitleHead } from './task-log.ts';

/** A task with the day it belongs to. */
export interface TaggedTask {
  day: { date: string; path: string };
  ranked: RankedTask<LoggedTask>;
}

/** The caption: which tag, in which order, and on a numbered page which of its tasks it holds, counted from the first (a count of them all would change the page with every task added). */
function caption(tagName: string, page: ListPage<unknown>): (string | Element)[] {
  const words: (string | Element)[] = ['Tasks tagged ', h('bdi', tagName), ', newest first'];
  if (page.number !== undefined) words.push(` (tasks ${formatInteger(page.from)}–${formatInteger(page.to)} counted from the first)`);
  return words;
}

/** `href` puts the base path in front of a day's path. */
export function tagTasks(
  tagName: string,
  page: ListPage<TaggedTask>,
  { aiName, language }: { aiName: string; language: string },
  href: (path: string) => string,
): Element {
  return scrollingTable({
    captionId: 'tag-tasks-caption',
    className: ['data', 'task-log'],
    wide: true,
    caption: caption(tagName, page),
    head: [columnHead('Day'), columnHead('Rank that day', true), columnHead('Task'), ...taskFigureHeads(aiName)],
    rows: page.items.map(({ day, ranked: { rank, task, factor, supervisionFactor } }) =>
      h('tr', [
        h('td', { className: ['date'], dataLabel: 'Day' }, h('a', { href: href(day.path) }, shortDate(day.date, language))),
        numberCell(String(rank), 'Rank that day', 'rank'),
        taskTitleHead(task),
        ...taskFigureCells(task, factor, supervisionFactor, aiName),
      ]),
    ),
  });
}
