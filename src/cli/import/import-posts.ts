/**
 * Published posts to Fulcrum days, all together: each post is read on its
 * own (one that cannot be read or has no Task Log is reported and the others
 * go on), then the parts that several posts repeat are found across all of
 * them, then each becomes a day with its audit. Pure: files in, days and
 * reports out; the command writes them.
 */
import { decodeSource } from '../../lib/source/decode.ts';
import type { Audit } from './audit.ts';
import { dateInPath } from './post-date.ts';
import { importDay, type DayResult, type ImportedDay } from './import-day.ts';
import { formatOfFile, POST_EXTENSIONS, RefusedPost, type PostFormat, type ReadPost } from './read-post.ts';
import { definitionsOf } from './prose.ts';
import { readHtml } from './read-html.ts';
import { readMarkdown } from './read-markdown.ts';
import { readText } from './read-text.ts';
import { findRepeated, type SiteWide } from './site-wide.ts';
import { postParts, type PostParts } from './structure.ts';

export interface PostFile {
  /** The path as shown in messages. */
  file: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  /** The site's agent name, one more name for the agent's column. */
  aiName?: string;
  /** `--drop` patterns: prose containing one of them is left out. */
  drop?: readonly string[];
}

export type PostOutcome =
  /** A post that was read but cannot become a day keeps the audit of what could be read. */
  | { file: string; ok: false; message: string; audit?: Audit }
  | { file: string; ok: true; format: PostFormat; dateFrom: string; day: ImportedDay };

const READERS: Record<PostFormat, (file: string, text: string) => ReadPost> = {
  html: readHtml,
  markdown: readMarkdown,
  text: readText,
};

type Parsed = { file: string; ok: false; message: string } | { file: string; ok: true; post: ReadPost; parts: PostParts };

function parse(source: PostFile, options: ImportOptions): Parsed {
  const { file } = source;
  const format = formatOfFile(file);
  if (format === undefined) return { file, ok: false, message: `not a post: import reads ${POST_EXTENSIONS} files` };
  const decoded = decodeSource(source.bytes);
  if (!decoded.ok) {
    return {
      file,
      ok: false,
      message: `not UTF-8 (the first bad byte is at line ${decoded.line}, column ${decoded.column}); save it as UTF-8 and import it again`,
    };
  }
  try {
    const post = READERS[format](file, decoded.text);
    const name = file.split('/').at(-1) ?? file;
    const fileDate = dateInPath(name);
    const result = postParts(post, options.aiName, fileDate === undefined ? undefined : { from: 'file name', text: name, date: fileDate });
    return result.ok ? { file, ok: true, post, parts: result.parts } : { file, ok: false, message: result.message };
  } catch (error) {
    return { file, ok: false, message: failure(error) };
  }
}

/** Why reading or converting one post failed, for its line of the report: a strange page must not stop the other posts. */
function failure(error: unknown): string {
  if (error instanceof RefusedPost) return error.message;
  // The HTML parser recurses: thousands of nested elements exhaust the stack before they can be measured.
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'elements are nested too deeply to be read; flatten them';
  return `could not be read: ${error instanceof Error ? error.message : String(error)}`;
}

function dayOf(entry: Extract<Parsed, { ok: true }>, siteWide: SiteWide): PostOutcome {
  const { post, parts, file } = entry;
  const context = { ...(post.url === undefined ? {} : { postUrl: post.url }), definitions: definitionsOf(post.root) };
  let result: DayResult;
  try {
    result = importDay(parts, siteWide, context);
  } catch (error) {
    return { file, ok: false, message: failure(error) };
  }
  if (!result.ok) return { file, ok: false, message: result.message, ...(result.audit === undefined ? {} : { audit: result.audit }) };
  return { file, ok: true, format: post.format, dateFrom: parts.date.from, day: result.day };
}

export function importPosts(sources: readonly PostFile[], options: ImportOptions = {}): PostOutcome[] {
  const parsed = sources.map((source) => parse(source, options));
  const read = parsed.filter((entry) => entry.ok);
  const repeated = findRepeated(read.map(({ parts }) => [...parts.intro, ...parts.analysis]));
  const siteWide = { repeated, patterns: options.drop ?? [] };
  return parsed.map((entry): PostOutcome => (entry.ok ? dayOf(entry, siteWide) : entry));
}
