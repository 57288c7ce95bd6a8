/**
 * Site paths with the base path in front, so the site works under /blog/ as
 * well as /. The base comes from the configuration (astro.config.mjs derives
 * it from the site's address), never from Vite's environment values, where a
 * BASE_URL variable in the environment (a CI system's own) would replace it.
 */
import { base as configuredBase, site as configuredSite } from 'astro:config/client';

/** "2026/04/22/" → "/blog/2026/04/22/" when the base is /blog/. */
export function sitePath(path: string): string {
  const base = configuredBase.endsWith('/') ? configuredBase : `${configuredBase}/`;
  return base + path.replace(/^\//, '');
}

/** A page's full address, for feeds, sitemaps and shared links: "2026/04/22/" → "https://example.com/blog/2026/04/22/". */
export function siteUrl(path: string, origin: URL): string {
  return new URL(sitePath(path), origin).href;
}

/** The site's address as Astro is configured with it (site.yaml's url, or the one a build is given), for what must change with it. */
export function configuredAddress(): string | null {
  return configuredSite ?? null;
}
