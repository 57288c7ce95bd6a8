/**
 * A published post once read, whatever it was saved as (HTML, Markdown or
 * text copied from a browser): its content as one Markdown syntax tree, and
 * what the page said about its title, date and address.
 */
import type { Root } from 'mdast';
import type { DateCandidate } from './post-date.ts';

export type PostFormat = 'html' | 'markdown' | 'text';

export interface ReadPost {
  /** The file as the author named it on the command line (or found in a folder). */
  file: string;
  format: PostFormat;
  /** The content: title heading, prose and tables, in page order. */
  root: Root;
  /** A title the page gave outside its content (`<title>`, front matter `title:`). */
  title?: string;
  /** The title was given outside the content and outranks a `#` heading in it (front matter). */
  titleIsAuthoritative?: boolean;
  /** Dates the page states besides its title (a `<time>` element, front matter `date:`, its address). */
  dates: DateCandidate[];
  /** The post's published address, for making relative links absolute. */
  url?: string;
}

/** The extensions read, and as what. */
const FORMATS: Record<string, PostFormat> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
};

/** ".html, .htm, … and .text", for a message. */
export const POST_EXTENSIONS = Object.keys(FORMATS)
  .map((extension) => `.${extension}`)
  .join(', ')
  .replace(/, ([^,]*)$/, ' and $1');

/** The format a file is read as, from its extension; undefined for files that are not posts. */
export function formatOfFile(name: string): PostFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return extension === undefined || !Object.hasOwn(FORMATS, extension) ? undefined : FORMATS[extension];
}

/**
 * A post a reader refuses, with why and where ("line 3: quotes and lists are
 * nested 1000 levels deep here; …"): reported for that post alone.
 */
export class RefusedPost extends Error {}
