/**
 * Anchors for the author's headings ("## Analysis" → #analysis, by the
 * site's one slug rule in src/lib/slug.ts), unique on
 * the page: ids the page itself uses (the tables' sections) are taken first,
 * so an author's "## Task Log" becomes #task-log-1 instead of a duplicate.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { slugify } from '../lib/slug.ts';

/** Ids of the post page's own sections and tables (see src/components/). */
export const RESERVED_IDS = [
  'main',
  'task-log',
  'task-log-caption',
  'aggregate-statistics',
  'aggregate-caption',
  'comparison',
  'comparison-caption',
  'call-to-action',
];

function textOf(node: Element): string {
  let text = '';
  visit(node, 'text', (child) => {
    text += child.value;
  });
  return text;
}

export function rehypeHeadingIds() {
  return (tree: Root) => {
    const used = new Set(RESERVED_IDS);
    visit(tree, 'element', (node) => {
      if (!/^h[1-6]$/.test(node.tagName) || node.properties.id !== undefined) return;
      const base = slugify(textOf(node)) || 'section';
      let id = base;
      for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      node.properties.id = id;
    });
  };
}
