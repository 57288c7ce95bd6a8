/**
 * Lists in pages that history never changes: the index (the newest days at
 * the site's root, every day on a numbered page under page/) and each tag's
 * tasks (the newest at tags/<tag>/, every task under tags/<tag>/page/).
 * Numbered pages count from the oldest: page/1/ holds the first items ever
 * and keeps holding them, so an item added changes only the newest numbered
 * page (or it and a new one after it) and the list's own folder. An address
 * keeps what it holds, and a build need render only those pages again.
 *
 * A page number alone (/404/, /2026/) could land on another route: the 404
 * page, a year's folder. Under page/ nothing else lives, so however many
 * items there are, no page of a list collides with another page and none
 * links to an error page. A tag's slug holds letters, digits and hyphens,
 * never a slash, so tags/<tag>/page/2/ can only be that tag's second page (a
 * tag named "page" has tags/page/page/2/).
 */

export interface ListPage<T> {
  /**
   * The page's number counted from the oldest items (1 holds the first
   * ever); none for the list's own folder, which shows the newest items.
   */
  number?: number;
  /** Newest first. */
  items: T[];
  /** Below the base path: the list's own folder ("" for the index, "tags/billing/"), or "…page/1/", "…page/2/" … */
  path: string;
  /** The pages with the items after and before these, where there are some: a numbered page leads on to the next, the newest to the list's folder. */
  newer?: string;
  older?: string;
  /**
   * Where the page's items stand in the whole list, counted from the oldest
   * from 1 (1 to 50, 51 to 100 …); 0 to 0 for an empty list. A numbered
   * page's are fixed for good; the folder's follow the newest item.
   */
  from: number;
  to: number;
}

/**
 * A page's rest parameter in a list's route (`[...page]`): undefined for the
 * list's own folder, then "page/1", "page/2" …
 */
export function pageParam(number: number | undefined): string | undefined {
  return number === undefined ? undefined : `page/${number}`;
}

function listPagePath(folder: string, number: number | undefined): string {
  const param = pageParam(number);
  return param === undefined ? folder : `${folder}${param}/`;
}

/**
 * `items` (newest first, as lists are kept) in pages of `pageSize`: first
 * the list's own folder `folder` ("" or a path ending in "/") with the
 * newest `pageSize`, then, when there are more than that, every item on
 * pages numbered from the oldest; one empty page when there are none.
 */
export function paginate<T>(items: readonly T[], pageSize: number, folder = ''): ListPage<T>[] {
  const total = items.length;
  const numbered = total > pageSize ? Math.ceil(total / pageSize) : 0;
  /** The items of positions from..to (from 1, oldest first), newest first. */
  const slice = (from: number, to: number) => items.slice(total - to, total - from + 1);
  const newest: ListPage<T> = {
    items: items.slice(0, pageSize),
    path: folder,
    // The folder shows the whole newest numbered page, so "older" leads to the one before it.
    ...(numbered > 0 ? { older: listPagePath(folder, numbered - 1) } : {}),
    from: total === 0 ? 0 : Math.max(1, total - pageSize + 1),
    to: total,
  };
  const pages = Array.from({ length: numbered }, (_, index): ListPage<T> => {
    const number = index + 1;
    const from = index * pageSize + 1;
    const to = Math.min(number * pageSize, total);
    return {
      number,
      items: slice(from, to),
      path: listPagePath(folder, number),
      newer: listPagePath(folder, number < numbered ? number + 1 : undefined),
      ...(number > 1 ? { older: listPagePath(folder, number - 1) } : {}),
      from,
      to,
    };
  });
  return [newest, ...pages];
}

/** Every page but the 404 page goes into the sitemap: by its exact address, so index page 404 (page/404/) stays in. */
export function listedInSitemap(page: string, basePath: string): boolean {
  return new URL(page).pathname !== `${basePath.endsWith('/') ? basePath : `${basePath}/`}404/`;
}
