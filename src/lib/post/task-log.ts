/** The Task Log: every task of the day, ranked by factor, highest first, its title the row's header. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { RankedTask } from '../metrics/day.ts';
import type { LoggedTask } from '../published/context.ts';
import { columnHead, numberCell, scrollingTable } from './cells.ts';
import { taskFigureCells, taskFigureHeads } from './task-figures.ts';

/** A task's title as a row header: its inline Markdown, rendered. */
export function taskTitleHead(task: LoggedTask): Element {
  return h('th', { scope: 'row', className: ['task'] }, task.titleNodes);
}

export function taskLog(ranked: readonly RankedTask<LoggedTask>[], aiName: string, dateLabel: string): Element {
  return scrollingTable({
    captionId: 'task-log-caption',
    className: ['data', 'task-log'],
    caption: ['Tasks of ', h('bdi', dateLabel), `, ranked by factor (human estimate ÷ ${aiName} time)`],
    head: [columnHead('#', true), columnHead('Task'), ...taskFigureHeads(aiName)],
    rows: ranked.map(({ rank, task, factor, supervisionFactor }) =>
      h('tr', [numberCell(String(rank), '#', 'rank'), taskTitleHead(task), ...taskFigureCells(task, factor, supervisionFactor, aiName)]),
    ),
  });
}
