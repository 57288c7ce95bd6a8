/** The line that ends a successful `npm run build`: what the output folder now holds. */
import { readdirSync } from 'node:fs';
import { basename, sep } from 'node:path';
import { formatCount } from '../lib/format.ts';
import { SEARCH_FOLDER } from '../lib/search/folder.ts';

/** Pagefind's files (SEARCH_FOLDER), many small ones, are the search index rather than files a reader opens. */
export function buildSummary(outDir: string, posts: number): string {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const published = files.filter((file) => !`${file.parentPath}${sep}`.startsWith(`${outDir}${sep}${SEARCH_FOLDER}${sep}`));
  const pages = published.filter((file) => file.name.endsWith('.html')).length;
  return `Built ${formatCount(posts, 'post', 'posts')} into ${basename(outDir)}/: ${formatCount(pages, 'page', 'pages')}, ${formatCount(published.length - pages, 'other file', 'other files')} and the search index.`;
}
