/**
 * Addresses `astro dev` must be helped to answer. Astro decides from a
 * route's pattern whether its address ends in a slash: a last segment
 * ending in an extension it can read (`rss.xml`, `[date].png`) has none, and
 * under trailingSlash: 'always' every other gets one. `favicon.[format]`
 * names its extension by a parameter, so its pattern wants
 * /favicon.svg/. A build writes favicon.svg all the same, but the dev
 * server answers only the slashed address, while browsers ask for the one
 * the pages link; such a request gets its slash before Astro's router sees it.
 */

const PARAMETER = /(\[[^\]]+\])/;
const PARAMETER_EXTENSION = /\.\[[^\]]+\]$/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The addresses of the routes whose extension is a parameter, as patterns over a path below the base. */
export function fileRoutesAsked(patterns: readonly string[]): RegExp[] {
  return patterns
    .filter((pattern) => PARAMETER_EXTENSION.test(pattern))
    .map(
      (pattern) =>
        new RegExp(
          `^${pattern
            .split(PARAMETER)
            .map((part, index) => (index % 2 === 1 ? '[^/]+' : escapeRegExp(part)))
            .join('')}$`,
        ),
    );
}

/** The address (path below the base, and query) as Astro's route for it has it. */
export function slashedFileRoute(url: string, routes: readonly RegExp[]): string {
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  return routes.some((route) => route.test(path)) ? `${path}/${url.slice(path.length)}` : url;
}
