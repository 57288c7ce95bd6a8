/**
 * Table cells as every table of the site writes them: numbers right-aligned
 * in tabular figures (the `num` class), each cell of figures carrying its
 * column's name (`data-label`), which a table stacked on a phone shows above
 * the value (global.css), where the column headers are out of sight.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { formatShortDate } from '../dates.ts';

type Content = string | ElementContent | (string | ElementContent)[];

/** A column header; `numeric` for a column of numbers. */
export function columnHead(content: Content, numeric = false): Element {
  return h('th', numeric ? { scope: 'col', className: ['num'] } : { scope: 'col' }, content);
}

/** A row header: what the row is about. */
export function rowHead(content: Content): Element {
  return h('th', { scope: 'row' }, content);
}

/** A cell holding a number, named after its column; `role` says which of a row's figures it is, for the stacked layout. */
export function numberCell(text: string, label: string, role?: 'rank' | 'factor'): Element {
  return h('td', { className: role ? ['num', role] : ['num'], dataLabel: label }, text);
}

/** A date as a cell shows it: short for people ("Apr 22, 2026"), ISO for machines. */
export function shortDate(date: string, language: string): Element {
  return h('time', { dateTime: date }, formatShortDate(date, language));
}

export interface TableParts {
  /** The caption's id, which names the scrolling region too. */
  captionId: string;
  className: string[];
  caption: Content;
  /** The header row's cells. */
  head: Element[];
  rows: Element[];
  /** A table directly in the page's <main>: as wide as the page, where prose keeps its measure. */
  wide?: boolean;
}

/**
 * A data table in a labelled, focusable region that scrolls on a phone, so
 * keyboard and screen-reader users can reach and scroll it.
 */
export function scrollingTable({ captionId, className, caption, head, rows, wide = false }: TableParts): Element {
  return h(
    'section',
    { className: wide ? ['data-section', 'table-scroll'] : ['table-scroll'], ariaLabelledBy: captionId, tabIndex: 0 },
    h('table', { className }, [h('caption', { id: captionId, dir: 'auto' }, caption), h('thead', h('tr', head)), h('tbody', rows)]),
  );
}
