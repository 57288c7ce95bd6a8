/**
 * The one Markdown pipeline for everything an author writes: post prose, task
 * titles, the bio, the disclaimer and the footer. GitHub-flavoured Markdown
 * with smart punctuation; raw HTML and unsafe links are made inert.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { rehypeSafeUrls } from './rehype-safe-urls.ts';
import { remarkFulcrumDirectives } from './remark-fulcrum-directives.ts';
import { remarkInertHtml } from './remark-inert-html.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

function getRenderer(): Promise<MarkdownRenderer> {
  renderer ??= createMarkdownProcessor({
    // Plain <pre><code>: highlighting would add kilobytes of inline styles to every post.
    syntaxHighlight: false,
    remarkPlugins: [remarkDirective, remarkFulcrumDirectives, remarkInertHtml],
    rehypePlugins: [rehypeSafeUrls],
  });
  return renderer;
}

/** Markdown blocks to HTML. */
export async function renderMarkdown(markdown: string): Promise<string> {
  if (markdown.trim() === '') return '';
  const { code } = await (await getRenderer()).render(markdown);
  return code;
}

/**
 * Line-start markers that would make a one-line title a heading, list, quote
 * or HTML block. An HTML block (`<script>…`, `<div>…`) would swallow the
 * whole title, Markdown and all, as raw HTML: escaped, its `<` is plain text
 * and the rest of the title still renders.
 */
const BLOCK_START = /^(\s*)(#{1,6}(?=\s|$)|>|<|[-+*](?=\s)|\d{1,9}(?=[.)](?:\s|$)))/;

/** One line of inline Markdown (a task title) to HTML without a wrapping <p>. */
export async function renderInlineMarkdown(markdown: string): Promise<string> {
  const escaped = markdown.replace(/\s*\n\s*/g, ' ').replace(BLOCK_START, (_, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
  const html = await renderMarkdown(escaped);
  return html.replace(/^<p>/, '').replace(/<\/p>\s*$/, '');
}
