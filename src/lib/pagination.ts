/**
 * The index's pages: the newest days at the site's root, older ones at
 * page/2/, page/3/ … A page number alone (/404/, /2026/) could land on
 * another route: the 404 page, a year's folder. Under page/ nothing else
 * lives, so however many days there are, no index page collides with
 * another page and none links to an error page.
 */

export interface IndexPage<T> {
  /** 1 for the newest days. */
  number: number;
  last: number;
  items: T[];
  /** Below the base path: "" for the first page, "page/2/" … */
  path: string;
  /** The pages before and after, where there are some. */
  newer?: string;
  older?: string;
}

export function indexPagePath(number: number): string {
  return number === 1 ? '' : `page/${number}/`;
}

/** `items` (newest first) in pages of `pageSize`; one empty page when there are none. */
export function paginateIndex<T>(items: readonly T[], pageSize: number): IndexPage<T>[] {
  const last = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: last }, (_, index) => {
    const number = index + 1;
    return {
      number,
      last,
      items: items.slice(index * pageSize, number * pageSize),
      path: indexPagePath(number),
      ...(number > 1 ? { newer: indexPagePath(number - 1) } : {}),
      ...(number < last ? { older: indexPagePath(number + 1) } : {}),
    };
  });
}

/** Every page but the 404 page goes into the sitemap: by its exact address, so index page 404 (page/404/) stays in. */
export function listedInSitemap(page: string, basePath: string): boolean {
  return new URL(page).pathname !== `${basePath.endsWith('/') ? basePath : `${basePath}/`}404/`;
}
