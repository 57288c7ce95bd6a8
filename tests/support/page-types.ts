/**
 * One page of each kind the site builds, for the browser, accessibility,
 * validity and weight checks. A new kind of page (stats, archive, tags) is
 * one more line here.
 */
export interface PageType {
  name: string;
  /** Path below the base path, as in the site's own links. */
  path: string;
}

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'index', path: '' },
  { name: 'index page 2', path: 'page/2/' },
  { name: 'post with 26 tasks', path: '2026/04/22/' },
  { name: 'post with a comparison and a placed summary', path: '2026/04/17/' },
  { name: 'stats', path: 'stats/' },
  { name: 'archive', path: 'archive/' },
  { name: 'tags', path: 'tags/' },
  { name: 'tag', path: 'tags/billing/' },
  { name: 'search', path: 'search/' },
  { name: 'subscribe', path: 'subscribe/' },
  { name: '404', path: '404.html' },
];

/** The post the page-weight budget is set for. */
export const LONG_POST = '2026/04/22/';

export const FEED = 'rss.xml';

/** The file in dist/ that serves a page path. */
export function fileOf(path: string): string {
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
