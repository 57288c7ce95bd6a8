/**
 * A Markdown post (GFM tables) as a post: its front matter, as static blog
 * generators write it (`title:`, `date:`, `url:` or `permalink:`), and its
 * body parsed by remark-parse with remark-gfm.
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../lib/source/frontmatter.ts';
import { dateInPath, dateInText, type DateCandidate } from './dates.ts';
import type { ReadPost } from './post.ts';

// Not the site's markdownSyntax: without remark-directive, an old post's `:metric[…]` stays the words it was (and is escaped on the way out) instead of becoming a directive whose name is lost.
const markdown = unified().use(remarkParse).use(remarkGfm);

function frontmatterOf(text: string): { data: Record<string, unknown>; body: string } {
  const split = splitFrontmatter(text);
  if (!split.ok) return { data: {}, body: text };
  try {
    const data: unknown = parseYaml(split.yaml);
    return { data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}, body: split.body };
  } catch {
    // Not YAML after all (a post that starts with a horizontal rule): all of it is the body.
    return { data: {}, body: text };
  }
}

function stringOf(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function readMarkdown(file: string, text: string): ReadPost {
  const { data, body } = frontmatterOf(text.replace(/\r\n?/g, '\n'));
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
    root: markdown.parse(body),
    ...(title === undefined ? {} : { title, titleIsAuthoritative: true }),
    dates,
    ...(url !== undefined && /^https?:\/\//.test(url) ? { url } : {}),
  };
}
