/**
 * Imported prose as Markdown with only two kinds of inline markup kept:
 * links (to http, https and mailto addresses) and inline code. Everything
 * else that was markup becomes its plain text: emphasis, images (their alt
 * text), raw HTML (its text, never the tags). The blocks keep their shape
 * (paragraphs, headings, lists, quotes, code blocks, tables), so the text
 * reads as it did. Works on syntax trees end to end: mdast in, Markdown out
 * through mdast-util-to-markdown, which escapes whatever plain text would
 * otherwise read as markup.
 */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { BlockContent, List, Nodes, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';

export interface ProseContext {
  /** The post's own address: relative links are made absolute against it. */
  postUrl?: string;
  /** `[text][ref]` definitions of a Markdown post, by normalised label. */
  definitions: ReadonlyMap<string, string>;
}

/** The plain text of any mdast node (alt text of images included). */
function plainText(node: Nodes | readonly Nodes[]): string {
  if (isList(node)) return node.map((child) => plainText(child)).join('');
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if (node.type === 'break') return '\n';
  if (node.type === 'html') return htmlText(node.value);
  if ('value' in node) return node.value;
  return 'children' in node ? plainText(node.children) : '';
}

function isList(node: Nodes | readonly Nodes[]): node is readonly Nodes[] {
  return Array.isArray(node);
}

/** Whitespace collapsed: how blocks are compared across posts. */
export function collapsedText(node: Nodes | readonly Nodes[]): string {
  return plainText(node).replace(/\s+/g, ' ').trim();
}

/** The text a browser would show for an HTML fragment (script and style show nothing). */
function htmlText(html: string): string {
  return toText(fromHtml(html, { fragment: true }));
}

export function definitionsOf(root: Root): Map<string, string> {
  const map = new Map<string, string>();
  const walk = (nodes: readonly Nodes[]) => {
    for (const node of nodes) {
      if (node.type === 'definition') {
        const label = node.identifier.toLowerCase();
        if (!map.has(label)) map.set(label, node.url);
      } else if ('children' in node) walk(node.children);
    }
  };
  walk(root.children);
  return map;
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** An address a reader can follow from the new site, or undefined (javascript:, in-page anchors, unresolvable). */
function safeUrl(url: string, postUrl: string | undefined): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  try {
    const absolute = postUrl === undefined ? new URL(trimmed) : new URL(trimmed, postUrl);
    return SAFE_PROTOCOLS.has(absolute.protocol) ? absolute.href : undefined;
  } catch {
    // A relative address with no post address to resolve it against stays as written when it is a plain path.
    return /^[\w./-][^:]*$/.test(trimmed) ? trimmed : undefined;
  }
}

function text(value: string): PhrasingContent[] {
  return value === '' ? [] : [{ type: 'text', value }];
}

/** Phrasing content with only links and inline code kept as markup. */
export function cleanInline(nodes: readonly Nodes[], context: ProseContext, inLink = false): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(...text(node.value));
        break;
      case 'inlineCode':
        out.push({ type: 'inlineCode', value: node.value });
        break;
      case 'break':
        out.push(...text('\n'));
        break;
      case 'link':
      case 'linkReference': {
        const target = node.type === 'link' ? node.url : context.definitions.get(node.identifier.toLowerCase());
        const url = target === undefined || inLink ? undefined : safeUrl(target, context.postUrl);
        const children = cleanInline(node.children, context, true);
        if (url === undefined || children.length === 0) out.push(...children);
        else out.push({ type: 'link', url, children: children.filter((child) => child.type === 'text' || child.type === 'inlineCode') });
        break;
      }
      default:
        // Emphasis, strong, strike-through, images, raw HTML, footnote marks: their text alone.
        if ('children' in node) out.push(...cleanInline(node.children, context, inLink));
        else out.push(...text(plainText(node)));
    }
  }
  return out;
}

function paragraphOf(children: PhrasingContent[]): BlockContent[] {
  return children.some((child) => child.type !== 'text' || child.value.trim() !== '') ? [{ type: 'paragraph', children }] : [];
}

/** Node types that are blocks: a node holding none of them holds phrasing content. */
const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'code',
  'thematicBreak',
  'table',
  'html',
  'definition',
  'footnoteDefinition',
]);

function cleanList(node: List, context: ProseContext): List {
  return {
    type: 'list',
    ordered: node.ordered === true,
    ...(typeof node.start === 'number' ? { start: node.start } : {}),
    spread: node.spread === true,
    children: node.children.map((item) => ({
      type: 'listItem' as const,
      spread: item.spread === true,
      children: cleanBlocks(item.children, context),
    })),
  };
}

function cleanTable(node: Table, context: ProseContext): Table {
  return {
    type: 'table',
    align: node.align ?? [],
    children: node.children.map(
      (row): TableRow => ({
        type: 'tableRow',
        children: row.children.map((cell): TableCell => ({ type: 'tableCell', children: cleanInline(cell.children, context) })),
      }),
    ),
  };
}

/** Block content with the same shape and only links and inline code inside. */
export function cleanBlocks(nodes: readonly Nodes[], context: ProseContext): BlockContent[] {
  const out: BlockContent[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        out.push(...paragraphOf(cleanInline(node.children, context)));
        break;
      case 'heading': {
        // A heading is one line: a setext heading's line breaks are spaces.
        const children = cleanInline(node.children, context).map((child) =>
          child.type === 'text' ? { ...child, value: child.value.replace(/[ \t]*\n[ \t]*/g, ' ') } : child,
        );
        if (children.length > 0) out.push({ type: 'heading', depth: node.depth, children });
        break;
      }
      case 'blockquote':
        out.push({ type: 'blockquote', children: cleanBlocks(node.children, context) });
        break;
      case 'list':
        out.push(cleanList(node, context));
        break;
      case 'code':
        out.push({ type: 'code', lang: node.lang ?? null, value: node.value });
        break;
      case 'thematicBreak':
        out.push({ type: 'thematicBreak' });
        break;
      case 'table':
        out.push(cleanTable(node, context));
        break;
      case 'definition':
        break;
      case 'html':
        out.push(...paragraphOf(text(htmlText(node.value).trim())));
        break;
      default:
        // Footnote definitions, list items out of place and the like: their blocks, or their text.
        if ('children' in node) {
          const children: readonly Nodes[] = node.children;
          const inline = children.every((child) => !BLOCK_TYPES.has(child.type));
          out.push(...(inline ? paragraphOf(cleanInline(children, context)) : cleanBlocks(children, context)));
        } else out.push(...paragraphOf(text(plainText(node))));
    }
  }
  return out;
}

/**
 * `:metric[…]` and `::summary` are Fulcrum's own directives: in imported text
 * they were words, so their colon is escaped (`\:metric`), which shows the
 * same but asks for nothing.
 */
const DIRECTIVE_COLON = { character: ':', after: '(?::summary|metric)', inConstruct: 'phrasing' } as const;

/** Markdown for blocks of clean content. */
export function blocksMarkdown(blocks: readonly RootContent[]): string {
  if (blocks.length === 0) return '';
  const root: Root = { type: 'root', children: [...blocks] };
  return toMarkdown(root, {
    extensions: [gfmTableToMarkdown()],
    bullet: '-',
    emphasis: '_',
    fences: true,
    rule: '-',
    unsafe: [DIRECTIVE_COLON],
  }).trim();
}

/** Markdown for one line of inline content (a task title). */
export function inlineMarkdown(children: readonly PhrasingContent[]): string {
  const flat = children.map((child) => (child.type === 'text' ? { ...child, value: child.value.replace(/\s+/g, ' ') } : child));
  return blocksMarkdown([{ type: 'paragraph', children: flat }])
    .replace(/\s+/g, ' ')
    .trim();
}
