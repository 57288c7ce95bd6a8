/**
 * Text copied from a browser as a post. A browser copies each block of the
 * page as a line of plain text: headings such as "Task Log" are lines like
 * any other, and tables come as rows of cells between `|` (or separated by
 * tabs). Nothing in such text is markup, so it is not parsed as Markdown:
 * every line is a paragraph of plain text, every run of table rows a table,
 * and the lines that name the post's sections become headings.
 */
import type { Heading, Paragraph, RootContent, Table, TableRow } from 'mdast';
import { dateInText } from './post-date.ts';
import type { ReadPost } from './read-post.ts';

/** Lines that head a post's sections, in the posts Fulcrum imports. */
const SECTION_LINE = /^(?:task log|aggregate stat(?:istic)?s|analysis|summary|notes)$/i;
const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/;

/** Longest line that can be a title; longer lines are prose. */
const TITLE_MAX = 120;

function cellsOf(line: string): string[] | undefined {
  const trimmed = line.trim();
  if (trimmed.startsWith('|')) {
    const inner = trimmed.replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
    return inner.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|').trim());
  }
  return line.includes('\t') ? line.split('\t').map((cell) => cell.trim()) : undefined;
}

function tableOf(rows: string[][]): Table {
  const width = Math.max(...rows.map((row) => row.length));
  return {
    type: 'table',
    align: Array.from({ length: width }, () => null),
    children: rows.map(
      (row): TableRow => ({
        type: 'tableRow',
        children: Array.from({ length: width }, (_, at) => ({
          type: 'tableCell' as const,
          children: row[at] ? [{ type: 'text' as const, value: row[at] }] : [],
        })),
      }),
    ),
  };
}

function paragraph(value: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value }] };
}

function heading(depth: Heading['depth'], value: string): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value }] };
}

/** Where the prose starts: the first line that reads as a sentence, is too long for a title, or is a table or section. */
function proseStart(lines: readonly string[]): number {
  const at = lines.findIndex(
    (line) => line.length > TITLE_MAX || /[.!?]$/.test(line) || cellsOf(line) !== undefined || SECTION_LINE.test(line),
  );
  return at === -1 ? lines.length : at;
}

export function readText(file: string, text: string): ReadPost {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line.trim() !== '');
  // The title is the last line with a date above the prose; lines above it are what the browser copied of the page around the post.
  const start = proseStart(lines);
  let titleAt = -1;
  for (let at = 0; at < start; at++) if (dateInText(lines[at] as string) !== undefined) titleAt = at;
  if (titleAt === -1 && start > 0) titleAt = 0;
  const children: RootContent[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length > 0) children.push(tableOf(rows));
    rows = [];
  };
  lines.forEach((line, at) => {
    const cells = cellsOf(line);
    if (cells !== undefined) {
      if (!DELIMITER_ROW.test(line.trim())) rows.push(cells);
      return;
    }
    flush();
    const value = line.trim();
    if (at === titleAt) children.push(heading(1, value));
    else if (SECTION_LINE.test(value)) children.push(heading(2, value));
    else children.push(paragraph(value));
  });
  flush();
  return { file, format: 'text', root: { type: 'root', children }, dates: [] };
}
