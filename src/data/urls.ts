/** Site paths with the base path in front, so the site works under /blog/ as well as /. */

/** "2026/04/22/" → "/blog/2026/04/22/" when the base is /blog/. */
export function sitePath(path: string): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return base + path.replace(/^\//, '');
}
