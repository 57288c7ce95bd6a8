/**
 * How deep an author's Markdown nests. The parser, the renderer and the
 * checks all walk Markdown recursively, and the parser takes time that grows
 * steeply with a list's depth, until it overflows the stack
 * (bench/README.md): so absurd nesting is refused. A level is a quote,
 * a list, or emphasis, a link or struck-out text inside another; no text a
 * reader can follow needs more than a handful.
 *
 * Two measures: `blockNesting` reads the lines as they are, before any
 * parse, and catches quotes, lists and brackets (a linear pass, so it is
 * fast on any input); `treeNesting` measures the parsed tree without
 * recursion, and catches what only parsing shows (emphasis inside emphasis).
 */
import type { Nodes, Root } from 'mdast';

export const MAX_NESTING = 32;

export type Nesting = { line: number; column: number; depth: number; kind: 'containers' | 'brackets' };

export function nestingMessage({ depth, kind }: Nesting): string {
  return kind === 'containers'
    ? `quotes and lists are nested ${depth} levels deep here; at most ${MAX_NESTING} are allowed: flatten them`
    : `brackets [ ] are nested ${depth} levels deep here; at most ${MAX_NESTING} are allowed: close them, or write \\[ for a bracket that is text`;
}

export const TREE_NESTING_MESSAGE = `Markdown is nested more than ${MAX_NESTING} levels deep here (quotes, lists, emphasis, links or struck-out text inside each other); flatten it`;

const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;
const THEMATIC_BREAK = /^(?:([-*_])[ \t]*)(?:\1[ \t]*){2,}$/;
const FENCE = /^(`{3,}|~{3,})/;

/** Width in columns of leading whitespace (a tab goes to the next multiple of 4). */
function columns(text: string): { width: number; length: number } {
  let width = 0;
  let length = 0;
  for (const character of text) {
    if (character === ' ') width += 1;
    else if (character === '\t') width += 4 - (width % 4);
    else break;
    length += 1;
  }
  return { width, length };
}

/**
 * The first line whose quotes and lists (or brackets) nest more than
 * MAX_NESTING levels, judged from the lines alone. List items stay open
 * while later lines are indented to their content; a line indented less
 * closes them when it starts a new item or follows a blank line (otherwise
 * it may continue a paragraph lazily, so nothing is closed: the estimate
 * errs on the deep side). Fenced code is skipped.
 */
export function blockNesting(markdown: string): Nesting | undefined {
  const open: number[] = [];
  let afterBlank = true;
  let fence: string | undefined;
  let brackets = 0;
  for (const [index, line] of markdown.split('\n').entries()) {
    const indent = columns(line);
    const rest = line.slice(indent.length);
    if (fence !== undefined) {
      if (rest.startsWith(fence) && rest.slice(fence.length).trim() === '') fence = undefined;
      continue;
    }
    if (rest.trim() === '') {
      afterBlank = true;
      brackets = 0;
      continue;
    }
    if (afterBlank || rest.startsWith('>') || LIST_MARKER.test(rest)) {
      while (open.length > 0 && (open.at(-1) as number) > indent.width) open.pop();
    }
    let depth = open.length;
    let column = indent.width;
    let position = indent.length;
    for (;;) {
      const space = columns(line.slice(position));
      position += space.length;
      column += space.width;
      const here = line.slice(position);
      if (here.startsWith('>')) {
        depth += 1;
        position += 1;
        column += 1;
        continue;
      }
      const marker = LIST_MARKER.exec(here)?.[0];
      if (marker === undefined || THEMATIC_BREAK.test(here)) break;
      depth += 1;
      position += marker.length;
      column += marker.length;
      const gap = columns(line.slice(position)).width;
      open.push(column + (gap >= 1 && gap <= 4 ? gap : 1));
    }
    if (depth > MAX_NESTING) return { line: index + 1, column: 1, depth, kind: 'containers' };
    const content = line.slice(position);
    let deepest = brackets;
    for (const character of content) {
      if (character === '[') deepest = Math.max(deepest, (brackets += 1));
      else if (character === ']') brackets = Math.max(0, brackets - 1);
    }
    if (deepest > MAX_NESTING) return { line: index + 1, column: 1, depth: deepest, kind: 'brackets' };
    fence = FENCE.exec(content)?.[1];
    afterBlank = false;
  }
  return undefined;
}

/** Nodes that put their contents one level deeper. */
const NESTING_NODES = new Set([
  'blockquote',
  'list',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'footnoteDefinition',
  'textDirective',
  'leafDirective',
  'containerDirective',
]);

/** Where the parsed tree first goes deeper than MAX_NESTING levels (the node's start offset), walked with a stack. */
export function treeNesting(tree: Root): number | undefined {
  const stack: [Nodes, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, parentDepth] = stack.pop() as [Nodes, number];
    const depth = parentDepth + (NESTING_NODES.has(node.type) ? 1 : 0);
    if (depth > MAX_NESTING) return node.position?.start.offset ?? 0;
    if ('children' in node) for (const child of node.children) stack.push([child as Nodes, depth]);
  }
  return undefined;
}
