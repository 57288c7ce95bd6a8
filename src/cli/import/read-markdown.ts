/**
 * A Markdown post (GFM tables) as a post: its front matter, as static blog
 * generators write it (`title:`, `date:`, `url:` or `permalink:`), and its
 * body parsed by remark-parse with remark-gfm.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../lib/source/frontmatter.ts';
import { blockNesting, nestingMessage, TREE_NESTING_MESSAGE, treeNesting } from '../../lib/source/nesting.ts';
import { dateInPath, dateInText, type DateCandidate } from './post-date.ts';
import { RefusedPost, type ReadPost } from './read-post.ts';

// Not the site's markdownSyntax: without remark-directive, an old post's `:metric[…]` stays the words it was (and is escaped on the way out) instead of becoming a directive whose name is lost.
const markdown = unified().use(remarkParse).use(remarkGfm);

/** The front matter's values, and the body with the line of the file it starts on. */
function frontmatterOf(text: string): { data: Record<string, unknown>; body: string; bodyLine: number } {
  const split = splitFrontmatter(text);
  if (!split.ok) return { data: {}, body: text, bodyLine: 1 };
  try {
    const data: unknown = parseYaml(split.yaml);
    const values = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    return { data: values, body: split.body, bodyLine: split.bodyLine };
  } catch {
    // Not YAML after all (a post that starts with a horizontal rule): all of it is the body.
    return { data: {}, body: text, bodyLine: 1 };
  }
}

/**
 * The body's syntax tree, refused when it nests deeper than a day may: every
 * later step walks the tree recursively, and a day file that deep would not
 * pass the check anyway. The lines are measured before parsing, which is
 * slow on deep lists, and the tree after it, for emphasis inside emphasis.
 */
function parseBody(body: string, bodyLine: number): Root {
  const nesting = blockNesting(body);
  if (nesting) throw new RefusedPost(`line ${bodyLine + nesting.line - 1}: ${nestingMessage(nesting)}`);
  const root = markdown.parse(body);
  const deepAt = treeNesting(root);
  if (deepAt !== undefined)
    throw new RefusedPost(`line ${bodyLine + body.slice(0, deepAt).split('\n').length - 1}: ${TREE_NESTING_MESSAGE}`);
  return root;
}

function stringOf(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function readMarkdown(file: string, text: string): ReadPost {
  const { data, body, bodyLine } = frontmatterOf(text.replace(/\r\n?/g, '\n'));
  const title = stringOf(data.title);
  const dateText = stringOf(data.date);
  const date = dateText === undefined ? undefined : dateInText(dateText);
  const url = stringOf(data.url) ?? stringOf(data.canonical_url) ?? stringOf(data.permalink);
  const urlDate = url === undefined ? undefined : dateInPath(url);
  const dates: DateCandidate[] = [
    ...(date !== undefined ? [{ from: 'time' as const, text: `date: ${dateText}`, date }] : []),
    ...(url !== undefined && urlDate !== undefined ? [{ from: 'url' as const, text: url, date: urlDate }] : []),
  ];
  return {
    file,
    format: 'markdown',
    root: parseBody(body, bodyLine),
    ...(title === undefined ? {} : { title, titleIsAuthoritative: true }),
    dates,
    ...(url !== undefined && /^https?:\/\//.test(url) ? { url } : {}),
  };
}
