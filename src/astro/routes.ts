/**
 * Routes as Astro's file-based routing makes them: Fulcrum's own, injected
 * from src/astro/routes/, and an author's pages, which must not take the
 * address of one of them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SEARCH_FOLDER } from '../lib/search/folder.ts';

export interface Route {
  /** As injectRoute takes it: /rss.xml, /tags/[tag]/[...page]. */
  pattern: string;
  file: string;
}

const PAGE = /\.(astro|ts|js|mjs|md|mdx|html)$/;

/** Every page file below `folder` (none when it does not exist), with the pattern its path gives. */
export function routesIn(folder: string): Route[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => PAGE.test(path) && !path.split(sep).some((part) => part.startsWith('_')))
    .sort()
    .map((path) => {
      const parts = path.replace(PAGE, '').split(sep);
      if (parts.at(-1) === 'index') parts.pop();
      return { pattern: `/${parts.join('/')}`, file: join(folder, path) };
    });
}

/** A pattern with its parameters' names left out: /tags/[tag] and /tags/[name] are the same address. */
function shape(pattern: string): string {
  return pattern.replace(/\[(\.\.\.)?[^\]]+\]/g, (_, rest: string | undefined) => (rest ? '[...]' : '[]'));
}

/** A message for each author page that makes the same address as a Fulcrum route; files are named relative to the project folder `root`. */
export function routeClashes(fulcrum: readonly Route[], author: readonly Route[], root: string): string[] {
  const ours = new Map(fulcrum.map((route) => [shape(route.pattern), route]));
  return author.flatMap((page) => {
    const clash = ours.get(shape(page.pattern));
    if (!clash) return [];
    const file = relative(root, page.file);
    return [
      `${file} makes the address ${page.pattern}, which is Fulcrum's own page (${clash.pattern}); rename or move ${file}, or remove it`,
    ];
  });
}

/**
 * A message for each file of `publicDir` and each author page that would
 * take the search index's folder: Pagefind would fail to write there, or
 * the index would be mixed with other files.
 */
export function searchFolderClashes(publicDir: string, author: readonly Route[], root: string): string[] {
  const inPublic = join(publicDir, SEARCH_FOLDER);
  const pages = author.filter(({ pattern }) => pattern === `/${SEARCH_FOLDER}` || pattern.startsWith(`/${SEARCH_FOLDER}/`));
  const files = [...(existsSync(inPublic) ? [inPublic] : []), ...pages.map((page) => page.file)].map((file) => relative(root, file));
  return files.map(
    (file) =>
      `${file} takes the address /${SEARCH_FOLDER}/, where Fulcrum puts the site's search index; rename or move ${file}, or remove it`,
  );
}
