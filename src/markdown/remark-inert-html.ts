/**
 * Text is never trusted as HTML: raw HTML written in Markdown (`<script>`,
 * `<img onerror=…>`) is turned into plain text, so it shows as typed and does
 * nothing.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export function remarkInertHtml() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (parent === undefined || index === undefined) return;
      parent.children[index] = { type: 'text', value: node.value };
    });
  };
}
