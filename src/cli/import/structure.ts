/**
 * The parts of a read post: its title, the intro above the Task Log, the
 * Task Log, the Aggregate Statistics and the analysis after them. The tables
 * are found by what they hold, not by the headings above them (a heading
 * right above a table goes with it when it names the table).
 */
import type { RootContent, Table } from 'mdast';
import type { ColumnMeaning } from './columns.ts';
import { chooseDate, dateInText, type ChosenDate, type DateCandidate } from './post-date.ts';
import type { ReadPost } from './read-post.ts';
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
  const which =
    tables.length === 1 ? 'its one table, with the columns' : `none of its ${tables.length} tables; the closest, with the columns`;
  return `no Task Log: no column for ${columnList(closest.missing)} in ${which} ${shown}`;
}

/** The title heading: the first level-one heading above the Task Log. */
function titleIndex(blocks: readonly RootContent[], before: number): number {
  return blocks.findIndex((block, at) => at < before && block.type === 'heading' && block.depth === 1);
}

/**
 * What posts call their tables: "Task Log", "Tasks", "The Numbers",
 * "Aggregate Statistics", "Stats", "Summary", "Totals" and the like. Fulcrum prints its
 * own headings over its tables, so only these go with the table.
 */
const TABLE_NAME =
  /^(?:the |today's |daily |day's |day )?(?:task log|tasks?(?: table| breakdown| completed)?|(?:time|work) log|log|numbers|aggregate stat(?:istic)?s|aggregates?|stat(?:istic)?s|summary(?: statistics)?|totals?)$/;

function namesTable(heading: RootContent): boolean {
  // "📊 Today's Stats:", "Task Log (3 tasks)": decoration and counts aside.
  const text = collapsedText(heading)
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^[^a-z]+|[^a-z]+$/g, '')
    .replace(/\s+/g, ' ');
  return TABLE_NAME.test(text);
}

/** Where a table's part starts: at the heading right above it when that heading names it, else at the table (a heading that says anything else is the author's prose). */
function headingAbove(blocks: readonly RootContent[], at: number): number {
  const above = blocks[at - 1];
  return above?.type === 'heading' && above.depth > 1 && namesTable(above) ? at - 1 : at;
}

/** The Task Log and where it is, or the tables that came closest. */
function findTaskLog(
  blocks: readonly RootContent[],
  aiName: string | undefined,
): { taskLog: TaskTable; taskAt: number } | { taskLog: undefined; candidates: { missing: ColumnMeaning[]; headers: string[] }[] } {
  let found: { taskLog: TaskTable; taskAt: number } | undefined;
  const candidates: { missing: ColumnMeaning[]; headers: string[] }[] = [];
  for (const [at, block] of blocks.entries()) {
    if (block.type !== 'table') continue;
    const result = readTaskTable(block, aiName);
    if (!result.ok) {
      candidates.push(result);
      continue;
    }
    // A table that logs no supervision (the oldest posts' "The Numbers") is the Task Log only when no later table logs it.
    if (found === undefined || result.table.logsSupervision) found = { taskLog: result.table, taskAt: at };
    if (found.taskLog.logsSupervision) break;
  }
  return found ?? { taskLog: undefined, candidates };
}

/** The first Aggregate Statistics table after the Task Log, and where it is (-1 when there is none). */
function findAggregate(
  blocks: readonly RootContent[],
  taskAt: number,
  aiName: string | undefined,
): { aggregate: AggregateRow[] | undefined; aggregateAt: number } {
  for (let at = taskAt + 1; at < blocks.length; at++) {
    const block = blocks[at];
    if (block?.type !== 'table') continue;
    const aggregate = readAggregateTable(block as Table, aiName);
    if (aggregate !== undefined) return { aggregate, aggregateAt: at };
  }
  return { aggregate: undefined, aggregateAt: -1 };
}

/** The post's date, chosen among the title's, the page's and the file name's. */
function postDate(title: string | undefined, post: ReadPost, fileDate: DateCandidate | undefined): ChosenDate | undefined {
  const titleDate = title === undefined ? undefined : dateInText(title);
  return chooseDate([
    ...(title !== undefined && titleDate !== undefined ? [{ from: 'title' as const, text: title, date: titleDate }] : []),
    ...post.dates,
    ...(fileDate ? [fileDate] : []),
  ]);
}

export function postParts(post: ReadPost, aiName?: string, fileDate?: DateCandidate): PartsResult {
  const blocks = post.root.children;
  const found = findTaskLog(blocks, aiName);
  if (found.taskLog === undefined) return { ok: false, message: missingMessage(found.candidates) };
  const { taskLog, taskAt } = found;
  if (taskLog.rows.every((row) => row.totals)) return { ok: false, message: 'the Task Log has no rows; a day needs at least one task' };
  const { aggregate, aggregateAt } = findAggregate(blocks, taskAt, aiName);

  const taskStart = headingAbove(blocks, taskAt);
  const titleAt = titleIndex(blocks, taskStart);
  const headingTitle = titleAt === -1 ? undefined : collapsedText(blocks[titleAt] as RootContent);
  const title = post.titleIsAuthoritative ? (post.title ?? headingTitle) : (headingTitle ?? post.title);
  const between = aggregateAt === -1 ? [] : blocks.slice(taskAt + 1, headingAbove(blocks, aggregateAt));
  const after = blocks.slice((aggregateAt === -1 ? taskAt : aggregateAt) + 1);

  const date = postDate(title, post, fileDate);
  if (date === undefined) {
    return {
      ok: false,
      message:
        'no date: none in the title, a <time> element, the address or the file name; name the file after the day, e.g. 2026-04-22.html',
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
