/**
 * Readers for the HTML Fulcrum writes, shared by the component and site
 * tests: the pages are parsed as a browser parses them (the tools' parser,
 * scripts/lib/html-tags.ts) and elements are found by CSS selectors
 * (hast-util-select). They are independent of the code under test.
 */
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { attributesOf, parseHtml, scanTags, type StartTag } from '../../scripts/lib/html-tags.ts';

export interface Cell {
  tag: 'td' | 'th';
  attrs: Record<string, string>;
  /** Visible text: what a reader sees, whitespace collapsed. */
  text: string;
  /** The cell's contents as written in the page. */
  html: string;
}

export interface Table {
  attrs: Record<string, string>;
  caption: string;
  /** The cells of the header row(s) in <thead>. */
  head: Cell[][];
  /** The rows of <tbody>. */
  body: Cell[][];
}

/** HTML text, or a tree or element already taken from one. */
export type Html = string | Root | Element;

const tree = (html: Html): Root | Element => (typeof html === 'string' ? parseHtml(html) : html);

/** The text a reader sees in a page, a fragment or an element, whitespace collapsed. */
export function textOf(html: Html): string {
  return toText(tree(html)).replace(/\s+/g, ' ').trim();
}

/** An element's attributes by their HTML names, values decoded. */
export function attrsOf(element: Element): Record<string, string> {
  return Object.fromEntries(attributesOf(element));
}

/** Every element matching a CSS selector ("ul.day-figures", "nav.pagination a"), in document order. */
export function elements(html: Html, selector: string): Element[] {
  return selectAll(selector, tree(html));
}

/** The one element matching a CSS selector; fails loudly when there is none. */
export function element(html: Html, selector: string): Element {
  const found = select(selector, tree(html));
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

/**
 * The contents of an element exactly as `source`, the page it was parsed
 * from, wrote them: for assertions about the markup itself (hast keeps each
 * node's place in the source).
 */
export function innerHtml(element: Element, source: string): string {
  const start = element.children[0]?.position?.start.offset;
  const end = element.children.at(-1)?.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end);
}

function rows(section: Element | undefined, source: string): Cell[][] {
  if (section === undefined) return [];
  return selectAll(':scope > tr', section).map((row) =>
    selectAll(':scope > td, :scope > th', row).map((cell) => ({
      tag: cell.tagName as 'td' | 'th',
      attrs: attrsOf(cell),
      text: textOf(cell),
      html: innerHtml(cell, source),
    })),
  );
}

/** Every <table> in the document, in order. */
export function tables(html: string): Table[] {
  return elements(parseHtml(html), 'table').map((table) => ({
    attrs: attrsOf(table),
    caption: textOf(select(':scope > caption', table) ?? ''),
    head: rows(select(':scope > thead', table), html),
    body: rows(select(':scope > tbody', table), html),
  }));
}

/** The one table whose class list contains `className`; fails loudly otherwise. */
export function tableByClass(html: string, className: string): Table {
  const found = tables(html).filter((table) => (table.attrs.class ?? '').split(/\s+/).includes(className));
  if (found.length !== 1) throw new Error(`expected exactly one table.${className}, found ${found.length}`);
  return found[0] as Table;
}

/** Each body row as its cell texts: [["1", "Task…", "28h", …], …]. */
export function rowTexts(table: Table): string[][] {
  return table.body.map((row) => row.map((cell) => cell.text));
}

/**
 * What in `html` could run script, as a browser reads it: script elements
 * (JSON-LD aside), event-handler attributes, javascript: URLs. Text that only
 * looks like a tag (`&lt;script&gt;`) is not an element, and "onerror=" inside
 * a quoted attribute value is not an attribute.
 */
export function activeContent(html: string): string[] {
  const found: string[] = [];
  for (const { name: tag, attributes } of scanTags(html).tags) {
    // JSON-LD is data a browser never runs; its own escaping is tested with the hostile day.
    if (tag === 'script' && attributes.get('type') !== 'application/ld+json') found.push('<script>');
    for (const [name, value] of attributes) {
      if (name.startsWith('on')) found.push(`<${tag} ${name}>`);
      // Browsers ignore whitespace and control characters inside a scheme.
      if (/^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push(`<${tag} ${name}="${value}">`);
    }
  }
  return found;
}

/** The URLs of a `srcset` value ("a.png 1x, b.png 2x" → ["a.png", "b.png"]). */
function srcsetUrls(value: string): string[] {
  return value
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** The URLs an element refers to: href, src, poster and srcset candidates. */
export function urlsOf({ attributes }: StartTag): string[] {
  return [...['href', 'src', 'poster'].flatMap((name) => attributes.get(name) ?? []), ...srcsetUrls(attributes.get('srcset') ?? '')];
}
