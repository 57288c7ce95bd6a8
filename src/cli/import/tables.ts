/**
 * The two tables of a leverage post, read from Markdown's syntax tree: the
 * Task Log (found by its columns' meaning) and the Aggregate Statistics
 * (two columns, label and value).
 */
import type { PhrasingContent, Table } from 'mdast';
import { aggregateMeaning, type AggregateMeaning } from './aggregate.ts';
import { COLUMN_NAMES, mapColumns, missingColumns, type ColumnMap, type ColumnMeaning } from './columns.ts';
import { cellHtmlText } from './nested-tables.ts';
import { collapsedText } from './prose.ts';

interface Cell {
  text: string;
  content: PhrasingContent[];
}

export interface TaskRow {
  /** 1-based position in the printed table. */
  row: number;
  title: PhrasingContent[];
  cells: Partial<Record<ColumnMeaning, string>>;
  /** The row prints the table's totals (`| | **Total** | **3h** | …`, an HTML `<tfoot>`): not a task. */
  totals: boolean;
}

/** What a totals row says in its rank or task cell: "Total", "Totals", "Total (4 tasks)", "Sum", "Day total:". */
const TOTALS_LABEL = /^(?:(?:day|daily|grand) )?(?:totals?|sum|σ|all tasks)(?: \([^)]*\))?:?$/i;

function isTotalsRow(values: Partial<Record<ColumnMeaning, string>>): boolean {
  return [values.rank, values.task].some((text) => text !== undefined && TOTALS_LABEL.test(text.trim()));
}

export interface TaskTable {
  /** The header of each column as printed. */
  headers: string[];
  columns: ColumnMap;
  rows: TaskRow[];
  /** A Sup. column, or a Sup. Factor to work supervision out from; the oldest posts ("The Numbers") have neither. */
  logsSupervision: boolean;
}

export interface AggregateRow {
  label: string;
  meaning: AggregateMeaning | undefined;
  value: string;
}

/** A cell as read: a cell whose raw HTML holds a table of its own becomes that HTML's readable text. */
function cellOf(children: PhrasingContent[]): Cell {
  const html = children.some((child) => child.type === 'html' && /<table\b/i.test(child.value));
  if (!html) return { text: collapsedText(children), content: children };
  const text = cellHtmlText(
    children
      .map((child) => (child.type === 'html' ? child.value : escapeHtml(child.type === 'text' ? child.value : collapsedText(child))))
      .join(''),
  );
  return { text, content: [{ type: 'text', value: text }] };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function cells(table: Table): Cell[][] {
  return table.children.map((row) => row.children.map((cell) => cellOf(cell.children)));
}

export type TaskTableResult = { ok: true; table: TaskTable } | { ok: false; missing: ColumnMeaning[]; headers: string[] };

export function readTaskTable(table: Table, aiName?: string): TaskTableResult {
  const [head = [], ...body] = cells(table);
  const headers = head.map((cell) => cell.text);
  const columns = mapColumns(headers, aiName);
  const missing = missingColumns(columns);
  if (missing.some((meaning) => meaning !== 'supervision')) return { ok: false, missing, headers };
  const rows: TaskRow[] = [];
  body.forEach((row, at) => {
    // Rows with nothing but empty cells are spacing, not tasks.
    if (row.every((cell) => cell.text === '')) return;
    const values: Partial<Record<ColumnMeaning, string>> = {};
    for (const [meaning, index] of Object.entries(columns.index) as [ColumnMeaning, number][]) {
      values[meaning] = row[index]?.text ?? '';
    }
    rows.push({ row: at + 1, title: row[columns.index.task as number]?.content ?? [], cells: values, totals: isTotalsRow(values) });
  });
  return { ok: true, table: { headers, columns, rows, logsSupervision: !missing.includes('supervision') } };
}

/** The rows of an Aggregate Statistics table, or undefined when `table` is not one. */
export function readAggregateTable(table: Table, aiName?: string): AggregateRow[] | undefined {
  const all = cells(table);
  if (all.some((row) => row.length !== 2)) return undefined;
  const rows = all.map(([label, value]) => ({
    label: label?.text ?? '',
    meaning: aggregateMeaning(label?.text ?? '', aiName),
    value: value?.text ?? '',
  }));
  // The header row ("Metric | Value") names no figure.
  const body = rows[0]?.meaning === undefined ? rows.slice(1) : rows;
  return body.some((row) => row.meaning !== undefined) ? body : undefined;
}

/** "Task, Human Est. and Sup." for a message. */
export function columnList(meanings: readonly ColumnMeaning[]): string {
  const names = meanings.map((meaning) => COLUMN_NAMES[meaning]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
