/**
 * A day as a plain Markdown blog post, for the baselines: the same prose and
 * the same two tables Fulcrum shows (Task Log and Aggregate Statistics), with
 * the figures of the day as Fulcrum publishes it (src/lib/published/) written
 * as Markdown tables, so every builder renders the same words and numbers.
 */
import { formatEstimateHours, formatFactor, formatMinutes, formatSupervision, formatSupervisionFactor } from '../../src/lib/format.ts';
import type { DayTotals, RankedTask } from '../../src/lib/metrics/day-metrics.ts';
import type { DayInContext } from '../../src/lib/published/context.ts';
import { dayLink } from '../../src/lib/published/publish.ts';
import type { Task } from '../../src/lib/schema/day-schema.ts';
import type { DaySource } from '../../src/lib/schema/day-file.ts';
import { aggregateRows } from '../../src/lib/post/aggregate-rows.ts';

export interface PostSettings {
  aiName: string;
  language: string;
}

/** A table cell: a pipe would end the cell and a line break the row. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function table(header: string[], align: ('left' | 'right')[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `| ${align.map((side) => (side === 'right' ? '---:' : '---')).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

function taskLogTable(ranked: readonly RankedTask<Task>[], aiName: string): string {
  return table(
    ['#', 'Task', 'Human Est.', aiName, 'Sup.', 'Factor', 'Sup. Factor'],
    ['right', 'left', 'right', 'right', 'right', 'right', 'right'],
    ranked.map(({ rank, task, factor, supervisionFactor }) => [
      String(rank),
      task.title,
      formatEstimateHours(task.human),
      formatMinutes(task.ai),
      formatSupervision(task.supervision),
      formatFactor(factor),
      formatSupervisionFactor(supervisionFactor, task.supervision),
    ]),
  );
}

function aggregateTable(totals: DayTotals, aiName: string): string {
  return table(['Metric', 'Value'], ['left', 'right'], aggregateRows(totals, aiName));
}

/** The first paragraph of Markdown prose on one line: the post's description, as Fulcrum derives it. */
export function firstParagraph(markdown: string): string {
  const blocks = markdown.split(/\n\s*\n/).map((block) => block.trim());
  const paragraph = blocks.find((block) => block !== '' && !block.startsWith('#'));
  return (paragraph ?? '').replace(/\s+/g, ' ');
}

/** The whole post: front matter (title, description, pubDate), intro, tables, the rest of the prose. */
export function markdownPost({ day, metrics }: DayInContext<DaySource>, settings: PostSettings): string {
  const { frontmatter } = day;
  const { ranked, totals } = metrics;
  const { title } = dayLink(day, settings.language);
  const description = frontmatter.description ?? firstParagraph(day.intro);
  // JSON strings are valid YAML double-quoted scalars, so no text can break the front matter.
  const front = ['---', `title: ${JSON.stringify(title)}`, `description: ${JSON.stringify(description)}`, `pubDate: ${day.date}`, '---'];
  const sections = [
    day.intro.trim(),
    '## Task Log',
    taskLogTable(ranked, settings.aiName),
    '## Aggregate Statistics',
    aggregateTable(totals, settings.aiName),
    day.rest.trim(),
  ];
  return `${front.join('\n')}\n${sections.filter((section) => section !== '').join('\n\n')}\n`;
}
