/**
 * Fulcrum's data tables (`table.data`) as feed content. Many feed readers
 * drop the site's stylesheet, and HTML's defaults then centre and embolden
 * every `<th>` (a whole task title as a row header) and start every number
 * at the left. In feeds, numbers and their column headers get an `align`
 * attribute for the end of the line, other column headers one for its
 * start, and row headers become plain cells. The author's own tables keep
 * what they wrote; the tree given (shared with the page) is left as it is.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

type Direction = 'ltr' | 'rtl';

const isNumeric = (cell: Element) => Array.isArray(cell.properties.className) && cell.properties.className.includes('num');

function plainCell(cell: Element, direction: Direction): Element {
  const [start, end] = direction === 'rtl' ? ['right', 'left'] : ['left', 'right'];
  if (cell.tagName === 'th' && cell.properties.scope === 'row') {
    const properties = { ...cell.properties };
    delete properties.scope;
    return { ...cell, tagName: 'td', properties };
  }
  if (isNumeric(cell)) return { ...cell, properties: { ...cell.properties, align: end } };
  if (cell.tagName === 'th') return { ...cell, properties: { ...cell.properties, align: start } };
  return cell;
}

function plainElement(element: Element, direction: Direction, inData: boolean): Element {
  if (inData && (element.tagName === 'th' || element.tagName === 'td')) return plainCell(element, direction);
  const classes = element.properties.className;
  const data = inData || (element.tagName === 'table' && Array.isArray(classes) && classes.includes('data'));
  const children = plainChildren(element.children, direction, data);
  return children === element.children ? element : { ...element, children };
}

/** The children with plain tables; the same array when none changed. */
function plainChildren<T extends RootContent | ElementContent>(children: T[], direction: Direction, inData: boolean): T[] {
  let changed: T[] | undefined;
  for (const [index, child] of children.entries()) {
    const next = child.type === 'element' ? (plainElement(child, direction, inData) as T) : child;
    if (next !== child) changed ??= children.slice(0, index);
    changed?.push(next);
  }
  return changed ?? children;
}

export function plainTables(tree: Root, direction: Direction): Root {
  const children = plainChildren(tree.children, direction, false);
  return children === tree.children ? tree : { ...tree, children };
}
