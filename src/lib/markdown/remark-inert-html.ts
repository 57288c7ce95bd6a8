/**
 * Text is never trusted as HTML: raw HTML written in Markdown (`<script>`,
 * `<img onerror=…>`) is turned into plain text, so it shows as typed and does
 * nothing. HTML comments are an author's private notes: they are left out.
 * A comment that is never closed stays, as typed (the check refuses it).
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { withoutComments } from '../source/raw-html.ts';

export function remarkInertHtml() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (parent === undefined || index === undefined) return undefined;
      const value = withoutComments(node.value);
      if (value.trim() === '') {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      parent.children[index] = { type: 'text', value };
      return undefined;
    });
  };
}
