/** Markdown through the site's one pipeline, serialized as pages and feeds serialize it: for assertions on the HTML a reader gets. */
import { toHtml } from 'hast-util-to-html';
import { renderInlineMarkdown, renderMarkdown } from '../../src/lib/markdown/render.ts';

export async function markdownHtml(markdown: string, options?: { references?: boolean }): Promise<string> {
  return toHtml(await renderMarkdown(markdown, options));
}

/** A task title's HTML, without a paragraph around it. */
export async function inlineHtml(markdown: string): Promise<string> {
  return toHtml(await renderInlineMarkdown(markdown));
}
