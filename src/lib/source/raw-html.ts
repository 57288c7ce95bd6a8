/**
 * What raw HTML in an author's Markdown means, read by a real HTML parser
 * (parse5, the one under hast) rather than by patterns: where its comments
 * are, and which text stands between its tags. parse5 builds its tree
 * without recursion and the walks below use a stack, so however deep the
 * tags nest, nothing here runs out of stack.
 */
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;

/** Every node of a fragment, parents before children. */
function* nodes(html: string): Generator<Node> {
  const stack: Node[] = [parseFragment(html, { sourceCodeLocationInfo: true })];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    yield node;
    const children =
      node.nodeName === 'template'
        ? (node as DefaultTreeAdapterTypes.Template).content.childNodes
        : 'childNodes' in node
          ? node.childNodes
          : [];
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Node);
  }
}

export interface HtmlComment {
  /** Offsets of the whole comment, `<!--` to `-->`, in the string given. */
  start: number;
  end: number;
  /** False when the comment runs to the end without a `-->`. */
  closed: boolean;
}

/** The comments in a piece of raw HTML, in order. Text inside <script>, <style> or <textarea> holds none. */
export function htmlComments(html: string): HtmlComment[] {
  if (!html.includes('<!--')) return [];
  const comments: HtmlComment[] = [];
  for (const node of nodes(html)) {
    const location = node.sourceCodeLocation;
    if (node.nodeName !== '#comment' || !location) continue;
    const end = Math.min(location.endOffset, html.length);
    comments.push({ start: location.startOffset, end, closed: html.slice(location.startOffset, end).endsWith('>') });
  }
  return comments.sort((a, b) => a.start - b.start);
}

/** `html` without its closed comments; an unclosed one stays, to be shown as typed. */
export function withoutComments(html: string): string {
  let out = '';
  let from = 0;
  for (const comment of htmlComments(html)) {
    if (!comment.closed) continue;
    out += html.slice(from, comment.start);
    from = comment.end;
  }
  return out + html.slice(from);
}

/**
 * The stretches of `source` that lie between the start and end tag of a raw
 * HTML element, given where its raw tags are (`<span>`, `</span>`: the
 * Markdown parser finds them). The HTML parser sees the tags alone,
 * everything else masked as spaces, so Markdown syntax cannot open an
 * element, and it decides what each tag closes (`<br>` nothing, an unclosed
 * `<b>` the rest). Ranges are [start, end).
 */
export function rawElementContents(source: string, tags: readonly { start: number; end: number }[]): [number, number][] {
  const { length } = source;
  const masked = Array.from({ length }, () => ' ');
  for (const { start, end } of tags)
    for (let index = start; index < Math.min(end, length); index++) masked[index] = source[index] as string;
  const ranges: [number, number][] = [];
  for (const node of nodes(masked.join(''))) {
    if (!('tagName' in node) || node.childNodes.length === 0) continue;
    const location = node.sourceCodeLocation;
    const start = location?.startTag?.endOffset;
    if (start !== undefined) ranges.push([start, location?.endTag?.startOffset ?? length]);
  }
  return ranges;
}
