/**
 * The Task Log: every task of the day, ranked by factor, highest first, its
 * title the row's header, and on a post's page the task's own tags under it.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { RankedTask } from '../metrics/day-metrics.ts';
import type { LoggedTask } from '../published/context.ts';
import { tagSlug } from '../schema/tags.ts';
import { columnHead, numberCell, scrollingTable } from './cells.ts';
import { tagList } from './tag-list.ts';
import { taskFigureCells, taskFigureHeads } from './task-figures.ts';

/** What a task's tags need to be links: the day's tags (shown under the post's title, so left out here) and the base path. */
export interface TaskTagLinks {
  dayTags: readonly string[];
  href: (path: string) => string;
}

/** A task's title as a row header: its inline Markdown, rendered, with its own tags as links when asked for. */
export function taskTitleHead(task: LoggedTask, tagLinks?: TaskTagLinks): Element {
  const dayTags = new Set(tagLinks?.dayTags.map(tagSlug));
  const own = tagLinks ? task.tags.filter((tag) => !dayTags.has(tagSlug(tag))) : [];
  return h('th', { scope: 'row', className: ['task'] }, [
    ...task.titleNodes,
    ...(tagLinks && own.length > 0 ? [' ', tagList(own, tagLinks.href, 'task-tags')] : []),
  ]);
}

/** `tagLinks` shows each task's own tags (the post's page; feeds carry the day's tags as categories instead). */
export function taskLog(ranked: readonly RankedTask<LoggedTask>[], aiName: string, dateLabel: string, tagLinks?: TaskTagLinks): Element {
  return scrollingTable({
    captionId: 'task-log-caption',
    className: ['data', 'task-log'],
    caption: ['Tasks of ', h('bdi', dateLabel), `, ranked by factor (human estimate ÷ ${aiName} time)`],
    head: [columnHead('#', true), columnHead('Task'), ...taskFigureHeads(aiName)],
    rows: ranked.map(({ rank, task, factor, supervisionFactor }) =>
      h('tr', [
        numberCell(String(rank), '#', 'rank'),
        taskTitleHead(task, tagLinks),
        ...taskFigureCells(task, factor, supervisionFactor, aiName),
      ]),
    ),
  });
}
