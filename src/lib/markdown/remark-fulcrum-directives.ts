/**
 * Fulcrum's two directives in an author's prose:
 * - `:metric[leverage]` — a computed value, filled in when the page is built;
 * - `::summary` on its own line — where the generated data summary goes.
 * They become placeholder elements (see src/lib/published/fill.ts). Any other
 * directive was not meant as one ("TODO:fix", "ratio 3:1") and is put back as
 * the text the author typed. Where nothing fills placeholders in (task
 * titles, the site's Markdown settings), `references: false` puts Fulcrum's
 * own directives back as typed too; the check refuses them in titles.
 */
import type { Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { METRIC_ELEMENT, SUMMARY_ELEMENT } from '../published/fill.ts';

export function remarkFulcrumDirectives({ references }: { references: boolean }) {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, (node, index, parent) => {
      if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
      if (references && node.type === 'textDirective' && node.name === 'metric') {
        const name = node.children
          .map((child) => ('value' in child ? child.value : ''))
          .join('')
          .trim();
        // hName is read by mdast-util-to-hast, whose type augmentation we do not import.
        Object.assign((node.data ??= {}), { hName: METRIC_ELEMENT });
        node.children = [{ type: 'text', value: name }];
        return SKIP;
      }
      if (references && node.type === 'leafDirective' && node.name === 'summary') {
        Object.assign((node.data ??= {}), { hName: SUMMARY_ELEMENT });
        node.children = [];
        return SKIP;
      }
      if (parent === undefined || index === undefined) return;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const typed = start === undefined || end === undefined ? `:${node.name}` : source.slice(start, end);
      const text: Text = { type: 'text', value: typed };
      if (node.type === 'textDirective') parent.children.splice(index, 1, text);
      else parent.children.splice(index, 1, { type: 'paragraph', children: [text] });
      return SKIP;
    });
  };
}
