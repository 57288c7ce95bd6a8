/**
 * The one Markdown syntax Fulcrum reads: CommonMark with GitHub's extensions
 * (tables, strikethrough, autolinks, task lists) and directives
 * (`:metric[…]`, `::summary`). The checks scan the tree this parser gives,
 * and the renderer (src/lib/markdown/render-markdown.ts) runs its transforms on that same
 * tree, so what the check reads is exactly what a reader sees, and a day's
 * prose is parsed once per build.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Preset } from 'unified';

/** The parser and its syntax extensions, for a processor that goes on from the tree. */
export const markdownSyntax: Preset = { plugins: [remarkParse, remarkGfm, remarkDirective] };

const parser = unified().use(markdownSyntax).freeze();

/** Markdown as a tree with source positions (mdast). */
export function parseMarkdown(markdown: string): Root {
  // remark-parse gives an mdast root; a preset's plugins do not carry that type along.
  return parser.parse(markdown) as Root;
}
