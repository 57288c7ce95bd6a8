/**
 * Reads an author's Markdown prose as the renderer does (remark with GFM and
 * directives) and returns what the checks look at: the running text of each
 * block with a map back to source offsets, and every `:metric[name]`.
 * Code (inline and fenced), raw HTML and the text between its tags, web and
 * mail addresses written as links by themselves (autolinks), images and
 * struck-out text are never prose claims.
 */
import type { Nodes, Root } from 'mdast';
import { parseEntities } from 'parse-entities';
import { htmlComments, rawElementContents } from './raw-html.ts';
import { parseMarkdown } from './markdown-syntax.ts';
import { treeNesting } from './nesting.ts';

/** A run of text inside a block whose characters sit one after another in the source. */
interface Segment {
  /** Index of the run in `Block.text`. */
  at: number;
  /** Source offset of the run's first character. */
  offset: number;
}

export interface Block {
  /** The block's text as a reader sees it; code and metric references become U+FFFC. */
  text: string;
  segments: Segment[];
}

interface MetricUse {
  name: string;
  /** Source offsets of the whole `:metric[…]`. */
  start: number;
  end: number;
}

export interface ScannedProse {
  blocks: Block[];
  metrics: MetricUse[];
  /** Source offsets of HTML comments that are never closed (they would show the rest of the prose as text). */
  unclosedComments: number[];
  /** Where the prose nests deeper than MAX_NESTING levels (then nothing else is scanned). */
  tooDeep?: number;
}

/** Stands for something in the text that is not prose (code, a reference). */
const OPAQUE = '\uFFFC';

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'tableCell']);
const NOT_PROSE = new Set(['inlineCode', 'html', 'image', 'imageReference', 'footnoteReference', 'delete']);

const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/iy;

/**
 * Where each character of a text node's value is in the source. The value
 * differs from the source where Markdown syntax was read: a backslash escape
 * (`\*`), a character reference (`&amp;`), and on continuation lines the
 * indentation of a list item or the `>` of a quote. A new segment starts at
 * each such place, so every character maps to its exact offset.
 */
function textSegments(source: string, start: number, end: number, value: string, at: number): Segment[] {
  const segments: Segment[] = [];
  let position = start;
  let contiguous = -1;
  let index = 0;
  while (index < value.length && position < end) {
    const character = value[index] as string;
    let width = 1;
    let produced = 1;
    CHARACTER_REFERENCE.lastIndex = position;
    const reference = source[position] === '&' ? CHARACTER_REFERENCE.exec(source)?.[0] : undefined;
    if (reference !== undefined && (character !== '&' || parseEntities(reference) === '&')) {
      // The parser decoded a character reference (`&amp;`, `&mdash;`, `&#42;`) to one character.
      width = reference.length;
      produced = (value.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
    } else if (source[position] !== character) {
      if (source[position] === '\\' && source[position + 1] === character) {
        position += 1;
      } else {
        // Syntax the value does not contain (indentation, `>`, spaces before a line break).
        position += 1;
        continue;
      }
    }
    if (position !== contiguous) segments.push({ at: at + index, offset: position });
    index += produced;
    position += width;
    contiguous = width === produced ? position : -1;
  }
  return segments;
}

export function scanProse(markdown: string): ScannedProse {
  return scanTree(parseMarkdown(markdown), markdown);
}

/** What a scan gathers, and the block it is in. */
interface Scan {
  markdown: string;
  blocks: Block[];
  metrics: MetricUse[];
  unclosedComments: number[];
  /** Source ranges of the current block that lie between raw HTML tags (`<span>16.1x</span>`). */
  insideRawHtml: [number, number][];
}

/** What the checks read in `markdown`, from its tree as parseMarkdown gave it (read, never changed). */
export function scanTree(tree: Root, markdown: string): ScannedProse {
  const tooDeep = treeNesting(tree);
  if (tooDeep !== undefined) return { blocks: [], metrics: [], unclosedComments: [], tooDeep };
  const scan: Scan = { markdown, blocks: [], metrics: [], unclosedComments: [], insideRawHtml: [] };
  walk(scan, tree);
  return { blocks: scan.blocks, metrics: scan.metrics, unclosedComments: scan.unclosedComments };
}

function walk(scan: Scan, node: Nodes): void {
  if (node.type === 'code') return;
  if (node.type === 'html') {
    const start = node.position?.start.offset ?? 0;
    for (const comment of htmlComments(node.value)) if (!comment.closed) scan.unclosedComments.push(start + comment.start);
    return;
  }
  if (BLOCK_TYPES.has(node.type)) {
    const block: Block = { text: '', segments: [] };
    scan.insideRawHtml = rawHtmlContents(scan.markdown, node);
    inline(scan, node, block);
    scan.blocks.push(block);
    return;
  }
  if ('children' in node) for (const child of node.children) walk(scan, child as Nodes);
}

function appendText(scan: Scan, block: Block, value: string, start: number | undefined, end: number | undefined): void {
  if (start === undefined || end === undefined) block.segments.push({ at: block.text.length, offset: 0 });
  else block.segments.push(...textSegments(scan.markdown, start, end, value, block.text.length));
  block.text += value;
}

function inline(scan: Scan, node: Nodes, block: Block): void {
  const { markdown } = scan;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && scan.insideRawHtml.some(([from, to]) => start >= from && start < to)) {
    block.text += OPAQUE;
    return;
  }
  if (node.type === 'link' && start !== undefined && markdown[start] !== '[') {
    // An autolink (`<https://…>`, a bare https://… or www.…, an e-mail address): its text is the address.
    block.text += OPAQUE;
    return;
  }
  if (node.type === 'text') {
    inlineText(scan, node.value, block, start, end);
    return;
  }
  if (node.type === 'break') {
    block.text += '\n';
    return;
  }
  if (node.type === 'textDirective') {
    if (node.name === 'metric') {
      const name = node.children
        .map((child) => ('value' in child ? child.value : ''))
        .join('')
        .trim();
      scan.metrics.push({ name, start: start ?? 0, end: end ?? 0 });
      block.text += OPAQUE;
    } else if (start !== undefined && end !== undefined) {
      // Any other directive ("TODO:fix") is shown as typed, so it is read as typed.
      appendText(scan, block, markdown.slice(start, end), start, end);
    }
    return;
  }
  if (NOT_PROSE.has(node.type)) {
    block.text += OPAQUE;
    return;
  }
  if ('children' in node) for (const child of node.children) inline(scan, child as Nodes, block);
}

function inlineText(scan: Scan, value: string, block: Block, start: number | undefined, end: number | undefined): void {
  const at = block.text.length;
  appendText(scan, block, value, start, end);
  // A comment the parser did not take as one: it was never closed, and shows as typed.
  // Written as `\<!--` or `&lt;!--`, it is meant as text.
  const opened = value.indexOf('<!--');
  const offset = opened === -1 ? -1 : sourceOffset(block, at + opened);
  if (offset !== -1 && scan.markdown[offset] === '<' && scan.markdown[offset - 1] !== '\\') scan.unclosedComments.push(offset);
}

/** Where the block's raw HTML elements hold text, as source offsets. */
function rawHtmlContents(markdown: string, node: Nodes): [number, number][] {
  const tags: { start: number; end: number }[] = [];
  const collect = (child: Nodes) => {
    if (child.type === 'html' && child.position?.start.offset !== undefined && child.position.end.offset !== undefined) {
      tags.push({ start: child.position.start.offset, end: child.position.end.offset });
    } else if ('children' in child) {
      for (const grandchild of child.children) collect(grandchild as Nodes);
    }
  };
  collect(node);
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (tags.length === 0 || from === undefined || to === undefined) return [];
  const relative = tags.map(({ start, end }) => ({ start: start - from, end: end - from }));
  return rawElementContents(markdown.slice(from, to), relative).map(([start, end]) => [start + from, end + from]);
}

/** Source offset of `index` in a block's text (exact within a run of plain text). */
export function sourceOffset(block: Block, index: number): number {
  let segment = block.segments[0];
  for (const candidate of block.segments) {
    if (candidate.at > index) break;
    segment = candidate;
  }
  return segment ? segment.offset + (index - segment.at) : 0;
}

/** 1-based line and column of a source offset. */
export function lineColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = source.indexOf('\n'); index !== -1 && index < offset; index = source.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
