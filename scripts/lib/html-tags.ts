/**
 * Reading built HTML, for the tools (`npm run size`) and the tests alike:
 * one parser, parse5 by way of hast-util-from-html, which reads a page as a
 * browser does (character references decoded, text that only looks like a
 * tag left as text, the contents of <style> and <script> kept raw).
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, html as htmlSchema, svg as svgSchema, type Schema } from 'property-information';

export interface StartTag {
  /** Lower-case tag name. */
  name: string;
  /** Attribute names as HTML spells them (lower case, `data-…`, `aria-…`); values as text, references decoded. */
  attributes: Map<string, string>;
}

export interface TagScan {
  tags: StartTag[];
  /** Contents of every <style> element, in document order. */
  styles: string[];
  /** Contents of every <script> element, in document order (empty for external scripts). */
  scripts: string[];
}

/** A whole page or a piece of one (a feed item's content), as a syntax tree. Source positions are kept. */
export function parseHtml(html: string): Root {
  return fromHtml(html);
}

/** The attributes of an element as written: hast keeps them as properties (`className`, `dataPagefindBody`). */
export function attributesOf(element: Element, schema: Schema = element.tagName === 'svg' ? svgSchema : htmlSchema): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [property, value] of Object.entries(element.properties)) {
    if (value === undefined || value === null || value === false) continue;
    const info = find(schema, property);
    const text = value === true ? '' : Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : String(value);
    attributes.set(info.attribute, text);
  }
  return attributes;
}

/** The raw text inside an element (what <style> and <script> hold). */
function rawText(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

/** Every element of the tree with its attributes, in document order; SVG's attributes by SVG's names. */
export function scanTags(html: string | Root): TagScan {
  const scan: TagScan = { tags: [], styles: [], scripts: [] };
  const visit = (nodes: readonly RootContent[], schema: Schema): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const inner = node.tagName === 'svg' ? svgSchema : schema;
      scan.tags.push({ name: node.tagName, attributes: attributesOf(node, inner) });
      if (node.tagName === 'style') scan.styles.push(rawText(node));
      if (node.tagName === 'script') scan.scripts.push(rawText(node));
      // A <template>'s contents live in their own fragment.
      visit(node.tagName === 'template' && node.content ? node.content.children : node.children, inner);
    }
  };
  visit((typeof html === 'string' ? parseHtml(html) : html).children, htmlSchema);
  return scan;
}
