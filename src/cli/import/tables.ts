/**
 * The two tables of a leverage post, read from Markdown's syntax tree: the
 * Task Log (found by its columns' meaning) and the Aggregate Statistics
 * (two columns, label and value).
 */
import type { PhrasingContent, Table } from 'mdast';
import { aggregateMeaning, type AggregateMeaning } from './aggregate.ts';
import { COLUMN_NAMES, mapColumns, missingColumns, type ColumnMap, type ColumnMeaning } from './columns.ts';
import { collapsedText } from './prose.ts';

export interface Cell {
  text: string;
  content: PhrasingContent[];
}

export interface TaskRow {
  /** 1-based position in the printed table. */
  row: number;
  title: PhrasingContent[];
  cells: Partial<Record<ColumnMeaning, string>>;
}

export interface TaskTable {
  /** The header of each column as printed. */
  headers: string[];
  columns: ColumnMap;
  rows: TaskRow[];
}

export interface AggregateRow {
  label: string;
  meaning: AggregateMeaning | undefined;
  value: string;
}

function cells(table: Table): Cell[][] {
  return table.children.map((row) =>
    row.children.map((cell) => ({ text: collapsedText(cell.children), content: cell.children })),
  );
}

export type TaskTableResult = { ok: true; table: TaskTable } | { ok: false; missing: ColumnMeaning[]; headers: string[] };

export function readTaskTable(table: Table, aiName?: string): TaskTableResult {
  const [head = [], ...body] = cells(table);
  const headers = head.map((cell) => cell.text);
  const columns = mapColumns(headers, aiName);
  const missing = missingColumns(columns);
  if (missing.length > 0) return { ok: false, missing, headers };
  const rows: TaskRow[] = [];
  body.forEach((row, at) => {
    // Rows with nothing but empty cells are spacing, not tasks.
    if (row.every((cell) => cell.text === '')) return;
    const values: Partial<Record<ColumnMeaning, string>> = {};
    for (const [meaning, index] of Object.entries(columns.index) as [ColumnMeaning, number][]) {
      values[meaning] = row[index]?.text ?? '';
    }
    rows.push({ row: at + 1, title: row[columns.index.task as number]?.content ?? [], cells: values });
  });
  return { ok: true, table: { headers, columns, rows } };
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
