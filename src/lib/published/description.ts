/** A day's description when it has none of its own: the text of the first paragraph the author wrote. */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { EXIT, visit } from 'unist-util-visit';

/** The first paragraph in reading order, not counting the generated summary (placed with `::summary`). */
function firstParagraph(tree: Root): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'p' || node.properties.className !== undefined) return undefined;
    found = node;
    return EXIT;
  });
  return found;
}

/** Its text as a reader sees it, on one line. Filled prose gives metric references as their values. */
export function firstParagraphText(tree: Root): string {
  const paragraph = firstParagraph(tree);
  return paragraph ? toText(paragraph).replace(/\s+/g, ' ').trim() : '';
}
