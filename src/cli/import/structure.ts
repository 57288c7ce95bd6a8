/**
 * The parts of a read post: its title, the intro above the Task Log, the
 * Task Log, the Aggregate Statistics and the analysis after them. The tables
 * are found by what they hold, not by the headings above them (those
 * headings go with their tables).
 */
import type { RootContent, Table } from 'mdast';
import type { ColumnMeaning } from './columns.ts';
import { chooseDate, dateInText, type ChosenDate, type DateCandidate } from './dates.ts';
import type { ReadPost } from './post.ts';
import { collapsedText } from './prose.ts';
import { columnList, readAggregateTable, readTaskTable, type AggregateRow, type TaskTable } from './tables.ts';

export interface PostParts {
  title: string | undefined;
  date: ChosenDate;
  /** What the browser saved of the page above the title (a site name, "Skip to main content"). */
  aboveTitle: RootContent[];
  intro: RootContent[];
  taskLog: TaskTable;
  aggregate: AggregateRow[] | undefined;
  analysis: RootContent[];
}

export type PartsResult = { ok: true; parts: PostParts } | { ok: false; message: string };

function missingMessage(tables: { missing: ColumnMeaning[]; headers: string[] }[]): string {
  if (tables.length === 0) {
    return "no Task Log: the page has no table; a Task Log is a table with the columns Task, Human Est., Claude (or the agent's name) and Sup.";
  }
  const closest = [...tables].sort((a, b) => a.missing.length - b.missing.length)[0] as (typeof tables)[number];
  const shown = closest.headers.map((header) => `"${header}"`).join(', ');
  const which = tables.length === 1 ? 'its one table, with the columns' : `none of its ${tables.length} tables; the closest, with the columns`;
  return `no Task Log: no column for ${columnList(closest.missing)} in ${which} ${shown}`;
}

/** The title heading: the first level-one heading above the Task Log. */
function titleIndex(blocks: readonly RootContent[], before: number): number {
  return blocks.findIndex((block, at) => at < before && block.type === 'heading' && block.depth === 1);
}

/** A heading right above a table is that table's ("Task Log", "Aggregate Statistics"); a level-one heading is the post's title. */
function headingAbove(blocks: readonly RootContent[], at: number): number {
  const above = blocks[at - 1];
  return above?.type === 'heading' && above.depth > 1 ? at - 1 : at;
}

export function postParts(post: ReadPost, aiName?: string, fileDate?: DateCandidate): PartsResult {
  const blocks = post.root.children;
  let taskLog: TaskTable | undefined;
  let taskAt = -1;
  const candidates: { missing: ColumnMeaning[]; headers: string[] }[] = [];
  for (const [at, block] of blocks.entries()) {
    if (block.type !== 'table') continue;
    const result = readTaskTable(block, aiName);
    if (result.ok) {
      taskLog = result.table;
      taskAt = at;
      break;
    }
    candidates.push(result);
  }
  if (taskLog === undefined) return { ok: false, message: missingMessage(candidates) };
  if (taskLog.rows.length === 0) return { ok: false, message: 'the Task Log has no rows; a day needs at least one task' };

  let aggregate: AggregateRow[] | undefined;
  let aggregateAt = -1;
  for (let at = taskAt + 1; at < blocks.length && aggregate === undefined; at++) {
    const block = blocks[at];
    if (block?.type !== 'table') continue;
    aggregate = readAggregateTable(block as Table, aiName);
    if (aggregate !== undefined) aggregateAt = at;
  }

  const taskStart = headingAbove(blocks, taskAt);
  const titleAt = titleIndex(blocks, taskStart);
  const headingTitle = titleAt === -1 ? undefined : collapsedText(blocks[titleAt] as RootContent);
  const title = post.titleIsAuthoritative ? (post.title ?? headingTitle) : (headingTitle ?? post.title);
  const between = aggregateAt === -1 ? [] : blocks.slice(taskAt + 1, headingAbove(blocks, aggregateAt));
  const after = blocks.slice((aggregateAt === -1 ? taskAt : aggregateAt) + 1);

  const titleDate = title === undefined ? undefined : dateInText(title);
  const dates: DateCandidate[] = [
    ...(title !== undefined && titleDate !== undefined ? [{ from: 'title' as const, text: title, date: titleDate }] : []),
    ...post.dates,
    ...(fileDate ? [fileDate] : []),
  ];
  const date = chooseDate(dates);
  if (date === undefined) {
    return {
      ok: false,
      message: 'no date: none in the title, a <time> element, the address or the file name; name the file after the day, e.g. 2026-04-22.html',
    };
  }
  return {
    ok: true,
    parts: {
      title,
      date,
      aboveTitle: titleAt === -1 ? [] : blocks.slice(0, titleAt),
      intro: blocks.slice(titleAt + 1, taskStart),
      taskLog,
      aggregate,
      analysis: [...between, ...after],
    },
  };
}
