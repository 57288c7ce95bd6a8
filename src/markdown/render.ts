/**
 * The one Markdown pipeline for everything an author writes: post prose, task
 * titles, the bio, the disclaimer and the footer. GitHub-flavoured Markdown
 * with smart punctuation and Fulcrum's directives; raw HTML and unsafe links
 * are made inert. Plain unified with remark and rehype plugins (the ones
 * @astrojs/markdown-remark is made of): Astro's own processor adds a second
 * HTML parse and a natural-language pass that cost most of a large build.
 */
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { treeNesting } from '../lib/source/nesting.ts';
import { htmlComments } from '../lib/raw-html.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { rehypeSafeUrls } from './rehype-safe-urls.ts';
import { remarkFulcrumDirectives } from './remark-fulcrum-directives.ts';
import { remarkInertHtml } from './remark-inert-html.ts';
import { remarkNestingLimit } from './remark-nesting-limit.ts';
import { remarkSmartPunctuation } from './remark-smart-punctuation.ts';

function pipeline(references: boolean) {
  return (
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkDirective)
      .use(remarkNestingLimit)
      .use(remarkFulcrumDirectives, { references })
      // Punctuation first: raw HTML becomes text after it, so it keeps its straight quotes and dashes as typed.
      .use(remarkSmartPunctuation)
      .use(remarkInertHtml)
      .use(remarkRehype)
      .use(rehypeSafeUrls)
      .use(rehypeHeadingIds)
      .use(rehypeStringify)
      .freeze()
  );
}

/** A day's prose: metric references and the summary marker become placeholders, filled in when the site is built. */
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
  const tree = plain.parse(markdown);
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

/** Markdown blocks to HTML; `references: false` where no metric can be filled in. */
export async function renderMarkdown(markdown: string, { references = true }: { references?: boolean } = {}): Promise<string> {
  if (markdown.trim() === '') return '';
  return String(await (references ? prose : plain).process(markdown));
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

/** One line of inline Markdown (a task title) to HTML without a wrapping <p>. */
export async function renderInlineMarkdown(markdown: string): Promise<string> {
  const html = await renderMarkdown(asParagraph(markdown), { references: false });
  return html.replace(/^<p>/, '').replace(/<\/p>\s*$/, '');
}

/**
 * Many titles in one pass (a day's 25 tasks): one paragraph each, split
 * apart again. Falls back to one pass per title if the split does not come
 * out as one paragraph per title.
 */
export async function renderInlineMarkdownAll(titles: readonly string[]): Promise<string[]> {
  if (titles.length === 0) return [];
  const html = await renderMarkdown(titles.map(asParagraph).join('\n\n'), { references: false });
  const parts = html.trim().replace(/^<p>/, '').replace(/<\/p>$/, '').split('</p>\n<p>');
  if (parts.length === titles.length) return parts;
  return Promise.all(titles.map(renderInlineMarkdown));
}
