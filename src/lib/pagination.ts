/**
 * Lists in pages: the index (newest days at the site's root, older ones at
 * page/2/, page/3/ …) and each tag's tasks (tags/<tag>/, then
 * tags/<tag>/page/2/ …). A page number alone (/404/, /2026/) could land on
 * another route: the 404 page, a year's folder. Under page/ nothing else
 * lives, so however many items there are, no page of a list collides with
 * another page and none links to an error page. A tag's slug holds letters,
 * digits and hyphens, never a slash, so tags/<tag>/page/2/ can only be that
 * tag's second page (a tag named "page" has tags/page/page/2/).
 */

export interface ListPage<T> {
  /** 1 for the newest items. */
  number: number;
  last: number;
  items: T[];
  /** Below the base path: the list's own folder ("" for the index, "tags/billing/") for the first page, then "…page/2/" … */
  path: string;
  /** The pages before and after, where there are some. */
  newer?: string;
  older?: string;
  /** Where the page's items stand in the whole list, counted from 1 (51 to 100 of 160); 0 to 0 of 0 for an empty list. */
  from: number;
  to: number;
  total: number;
}

/**
 * A page's rest parameter in a list's route (`[...page]`): undefined for the
 * first page, which is the list's own folder, then "page/2", "page/3" …
 */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `page/${number}`;
}

function listPagePath(folder: string, number: number): string {
  const param = pageParam(number);
  return param === undefined ? folder : `${folder}${param}/`;
}

/**
 * `items` (newest first) in pages of `pageSize`, the first at `folder` ("" or
 * a path ending in "/"); one empty page when there are none.
 */
export function paginate<T>(items: readonly T[], pageSize: number, folder = ''): ListPage<T>[] {
  const last = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: last }, (_, index) => {
    const number = index + 1;
    const pageItems = items.slice(index * pageSize, number * pageSize);
    return {
      number,
      last,
      items: pageItems,
      path: listPagePath(folder, number),
      ...(number > 1 ? { newer: listPagePath(folder, number - 1) } : {}),
      ...(number < last ? { older: listPagePath(folder, number + 1) } : {}),
      from: pageItems.length === 0 ? 0 : index * pageSize + 1,
      to: index * pageSize + pageItems.length,
      total: items.length,
    };
  });
}

/** Every page but the 404 page goes into the sitemap: by its exact address, so index page 404 (page/404/) stays in. */
export function listedInSitemap(page: string, basePath: string): boolean {
  return new URL(page).pathname !== `${basePath.endsWith('/') ? basePath : `${basePath}/`}404/`;
}
