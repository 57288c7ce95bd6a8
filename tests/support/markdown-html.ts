/** Markdown through the site's one pipeline, serialized as pages and feeds serialize it: for assertions on the HTML a reader gets. */
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { renderInlineMarkdownAll, renderMarkdown } from '../../src/lib/markdown/render-markdown.ts';

export async function markdownHtml(markdown: string, options?: { references?: boolean }): Promise<string> {
  return toHtml(await renderMarkdown(markdown, options));
}

/**
 * One task title rendered alone by the Markdown pipeline, as the content of a
 * paragraph. The trailing newline, which a title's rendering drops, keeps
 * renderInlineMarkdownAll from answering with its plain-text shortcut, so
 * this is what the shortcut must equal.
 */
export async function renderTitleAlone(title: string): Promise<ElementContent[]> {
  const [rendered] = await renderInlineMarkdownAll([`${title}\n`]);
  return rendered ?? [];
}

/** A task title's HTML, without a paragraph around it. */
export async function inlineHtml(markdown: string): Promise<string> {
  return toHtml(await renderTitleAlone(markdown));
}
