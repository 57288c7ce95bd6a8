/**
 * The one Markdown pipeline for everything an author writes: post prose, task
 * titles, the bio, the disclaimer and the footer. GitHub-flavoured Markdown
 * with smart punctuation and Fulcrum's directives; raw HTML and unsafe links
 * are made inert. Plain unified with remark and rehype plugins (the ones
 * @astrojs/markdown-remark is made of): Astro's own processor adds a second
 * HTML parse and a natural-language pass that cost most of a large build.
 * The result is a hast tree, kept as it is (in the content store, as JSON)
 * until a page or feed serializes it once with everything around it.
 */
import type { ElementContent, Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { htmlComments } from '../source/raw-html.ts';
import { markdownSyntax, parseMarkdown } from '../source/markdown-syntax.ts';
import { treeNesting } from '../source/nesting.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { rehypeSafeUrls } from './rehype-safe-urls.ts';
import { remarkFulcrumDirectives } from './remark-fulcrum-directives.ts';
import { remarkInertHtml } from './remark-inert-html.ts';
import { remarkNestingLimit } from './remark-nesting-limit.ts';
import { remarkSmartPunctuation, smartPunctuation } from './remark-smart-punctuation.ts';

/** Positions say where each node was in the Markdown: nothing reads them after rendering, and they would double the stored trees. */
function rehypeDropPositions() {
  return (tree: Root) => {
    visit(tree, (node) => {
      delete node.position;
    });
  };
}

function pipeline(references: boolean) {
  return (
    unified()
      // The checks' own parser (src/lib/source/markdown-syntax.ts): they read the trees it gives.
      .use(markdownSyntax)
      .use(remarkNestingLimit)
      .use(remarkFulcrumDirectives, { references })
      // Punctuation first: raw HTML becomes text after it, so it keeps its straight quotes and dashes as typed.
      .use(remarkSmartPunctuation)
      .use(remarkInertHtml)
      .use(remarkRehype)
      .use(rehypeSafeUrls)
      .use(rehypeHeadingIds)
      .use(rehypeDropPositions)
      .freeze()
  );
}

/** A day's prose: metric references and the summary marker become placeholder elements, filled in when the site is built. */
const prose = pipeline(true);
/** Everything else (task titles, the bio, the disclaimer, the footer): nothing is filled in, so directives show as typed. */
const plain = pipeline(false);

/**
 * Markdown as written, without its HTML comments (an author's private
 * notes), for the places that publish the source itself: a task title in the
 * open data. Comments are found as the renderer finds them, so one inside
 * `code` stays.
 */
export function markdownWithoutComments(markdown: string): string {
  if (!markdown.includes('<!--')) return markdown;
  const tree = parseMarkdown(markdown);
  // Too deep to walk: rendering refuses it anyway.
  if (treeNesting(tree) !== undefined) return markdown;
  const cuts: [number, number][] = [];
  visit(tree, 'html', (node) => {
    const start = node.position?.start.offset;
    if (start === undefined) return;
    for (const comment of htmlComments(node.value)) if (comment.closed) cuts.push([start + comment.start, start + comment.end]);
  });
  let out = '';
  let from = 0;
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    out += markdown.slice(from, start);
    from = end;
  }
  return out + markdown.slice(from);
}

/** Markdown blocks as a hast tree; `references: false` where no metric can be filled in. */
export async function renderMarkdown(markdown: string, { references = true }: { references?: boolean } = {}): Promise<Root> {
  if (markdown.trim() === '') return { type: 'root', children: [] };
  return renderTree(parseMarkdown(markdown), markdown, { references });
}

/**
 * A day's prose from the tree the check read (parseMarkdown's, which this
 * pipeline's parser would give too): the transforms change that tree as
 * they go, so the check reads it first.
 */
export async function renderTree(tree: MdastRoot, markdown: string, { references = true }: { references?: boolean } = {}): Promise<Root> {
  if (markdown.trim() === '') return { type: 'root', children: [] };
  return (references ? prose : plain).run(tree, markdown);
}

/**
 * Line-start markers that would make a one-line title something other than a
 * paragraph: a heading, list, quote, code fence, thematic break, link
 * definition or HTML block. An HTML block (`<script>…`, `<div>…`) would
 * swallow the whole title, Markdown and all, as raw HTML: escaped, its `<` is
 * plain text and the rest of the title still renders.
 */
const BLOCK_START = /^(#{1,6}(?=\s|$)|>|<|[-+*](?=\s)|\d{1,9}(?=[.)](?:\s|$))|`{3,}|~{3,}|[-*_](?=\s*[-*_]\s*[-*_])|\[(?=[^\]]*\]:)|=)/;

/** A title as one line whose start cannot open a block. */
function asParagraph(markdown: string): string {
  const line = markdown.replace(/\s*\n\s*/g, ' ').trim();
  return line.replace(BLOCK_START, (marker: string) => (/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
}

/**
 * A line in which Markdown can find nothing but text: no escapes, code,
 * emphasis, links, raw HTML, character references, strikethrough, table
 * pipes, autolinks (`www.`, e-mail addresses, `scheme:`) or directives
 * (`:name`), and no control characters. Most titles are such plain text.
 */
const PLAIN_TEXT = /^[^\u0000-\u001f\\`*_[\]<>&~|@]*$/;
const MARKUP_IN_TEXT = /:\S|www\./i;

/** The title's inline content: a paragraph's children, or all of it when Markdown made something else of it. */
function inlineContent(tree: Root): ElementContent[] {
  const blocks = tree.children.filter((node) => node.type === 'element');
  const [only] = blocks;
  if (blocks.length === 1 && only?.tagName === 'p') return only.children;
  return tree.children.filter((node) => node.type !== 'doctype');
}

/**
 * Many titles at once (a day's 25 tasks): a title of plain text is a text
 * node, exactly as the pipeline would render it (smart punctuation
 * included); the others go through the pipeline in one document, a
 * paragraph each, whose children are taken. Should the document not come
 * out as one paragraph per title, each is rendered on its own.
 */
export async function renderInlineMarkdownAll(titles: readonly string[]): Promise<ElementContent[][]> {
  const lines = titles.map(asParagraph);
  const isPlain = lines.map((line, index) => line === titles[index] && PLAIN_TEXT.test(line) && !MARKUP_IN_TEXT.test(line));
  const marked = lines.filter((_, index) => !isPlain[index]);
  let rendered: ElementContent[][] = [];
  if (marked.length > 0) {
    const tree = await renderMarkdown(marked.join('\n\n'), { references: false });
    const paragraphs = tree.children.filter((node) => node.type === 'element');
    rendered =
      paragraphs.length === marked.length && paragraphs.every((node) => node.tagName === 'p')
        ? paragraphs.map((paragraph) => paragraph.children)
        : await Promise.all(marked.map(async (line) => inlineContent(await renderMarkdown(line, { references: false }))));
  }
  let next = 0;
  return lines.map((line, index) =>
    isPlain[index] ? (line === '' ? [] : [{ type: 'text', value: smartPunctuation(line) }]) : (rendered[next++] ?? []),
  );
}
