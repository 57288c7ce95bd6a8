/**
 * Reads an author's Markdown prose as the renderer does (remark with
 * directives) and returns what the checks look at: the running text of each
 * block with a map back to source offsets, and every `:metric[name]`.
 * Code (inline and fenced) is never prose.
 */
import type { Nodes, Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A run of text inside a block, and where it starts in the source. */
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

export interface MetricUse {
  name: string;
  /** Source offsets of the whole `:metric[…]`. */
  start: number;
  end: number;
}

export interface ScannedProse {
  blocks: Block[];
  metrics: MetricUse[];
}

/** Stands for something in the text that is not prose (code, a reference). */
export const OPAQUE = '\uFFFC';

const parser = unified().use(remarkParse).use(remarkDirective);

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'tableCell']);

export function scanProse(markdown: string): ScannedProse {
  const tree = parser.parse(markdown) as Root;
  const blocks: Block[] = [];
  const metrics: MetricUse[] = [];

  function inline(node: Nodes, block: Block): void {
    if (node.type === 'text') {
      block.segments.push({ at: block.text.length, offset: node.position?.start.offset ?? 0 });
      block.text += node.value;
      return;
    }
    if (node.type === 'textDirective' && node.name === 'metric') {
      const name = node.children.map((child) => ('value' in child ? child.value : '')).join('').trim();
      metrics.push({ name, start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 });
      block.text += OPAQUE;
      return;
    }
    if (node.type === 'inlineCode' || node.type === 'html' || node.type === 'image') {
      block.text += OPAQUE;
      return;
    }
    if ('children' in node) for (const child of node.children) inline(child as Nodes, block);
  }

  function walk(node: Nodes): void {
    if (node.type === 'code') return;
    if (BLOCK_TYPES.has(node.type)) {
      const block: Block = { text: '', segments: [] };
      inline(node, block);
      blocks.push(block);
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  }

  walk(tree);
  return { blocks, metrics };
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
