/**
 * A table inside a table's cell (a breakdown inside one task's cell of an
 * old Task Log). Markdown's tables cannot hold one, and turned into text the
 * way browsers do it, its cells run into the cell's own text ("Outer
 * taskStep Time inner 99h"). It becomes one readable line instead: its cells
 * between commas and its rows between semicolons, in parentheses after the
 * text around it ("Outer task (Step, Time; inner, 99h)").
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

function isCell(node: Element['children'][number]): node is Element {
  return node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th');
}

/** "Step, Time; inner, 99h": every row's non-empty cells. */
function tableLine(table: Element): string {
  return selectAll('tr', table)
    .map((row) =>
      row.children
        .filter(isCell)
        .map((cell) => toText(cell).replace(/\s+/g, ' ').trim())
        .filter((text) => text !== '')
        .join(', '),
    )
    .filter((line) => line !== '')
    .join('; ');
}

/** Replaces, in place, every table inside a cell of another table with its readable line. */
export function flattenNestedTables(tree: Root | Element): void {
  const nested = new Set(selectAll('td table, th table', tree));
  if (nested.size === 0) return;
  const found: { table: Element; parent: Root | Element }[] = [];
  visit(tree, 'element', (node, _index, parent) => {
    if (parent !== undefined && nested.has(node)) found.push({ table: node, parent });
  });
  // Innermost first, so an outer table's line holds the inner one's.
  for (const { table, parent } of found.reverse()) {
    const at = parent.children.indexOf(table);
    const line = tableLine(table);
    parent.children.splice(at, 1, ...(line === '' ? [] : [{ type: 'text' as const, value: ` (${line}) ` }]));
  }
}

/** The text of a Markdown table cell that holds raw HTML with a table in it, flattened as above. */
export function cellHtmlText(html: string): string {
  const tree = fromHtml(`<table><tr><td>${html}</td></tr></table>`, { fragment: true });
  flattenNestedTables(tree);
  const cell = select('td', tree);
  return cell === undefined ? '' : toText(cell).replace(/\s+/g, ' ').trim();
}
