/**
 * `fulcrum()`: the Astro integration an author's astro.config.mjs lists.
 * It injects every page Fulcrum publishes, takes the site's address, base
 * path and build settings from content/site.yaml (or FULCRUM_URL), adds the
 * sitemap unless the author has one, and serves the author's stylesheets
 * and replaced components to the layout through virtual modules, the way
 * Starlight does. An author's own pages build beside Fulcrum's; one that
 * would take the address of a Fulcrum page, or the search index's folder,
 * is an error naming both. After `astro build` alone it writes the search
 * index (search-after-build.ts). The dev server does not watch what builds
 * write (src/lib/storage/build-output.ts).
 */
import sitemap from '@astrojs/sitemap';
import type { AstroConfig, AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { isBuildOutput } from '../lib/storage/build-output.ts';
import { listedInSitemap } from '../lib/post/pagination.ts';
import { packageRoot } from '../lib/storage/package-files.ts';
import { addressOverride, addressOverrideDiagnostics } from '../lib/schema/site-address.ts';
import { formatDiagnostic } from '../lib/source/diagnostic.ts';
import { contentPaths } from '../lib/source/files.ts';
import { fileRoutesAsked, slashedFileRoute } from './dev-server.ts';
import { REPLACEABLE_COMPONENTS, resolveOptions, type ComponentName, type FulcrumOptions, type ResolvedOptions } from './options.ts';
import { routeClashes, routesIn, searchFolderClashes, type Route } from './routes.ts';
import { indexAfterAstroBuild } from './search-after-build.ts';

export type { FulcrumOptions } from './options.ts';

/** An error whose message is the whole story: where in our code it was noticed would only bury it. */
class SetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FulcrumError';
    this.stack = '';
  }
}

/**
 * The site's address comes from one place, `url` in content/site.yaml; its
 * path is the base path (https://example.com/blog/ serves under /blog/).
 * FULCRUM_URL overrides it for previews and tests; `fulcrum build` checks it
 * first, and `astro dev` stops here with the same message. A broken site.yaml
 * is reported by the site loader with its line and column, so here we fall
 * back quietly rather than fail with a worse message.
 */
function siteAddress(root: string): URL {
  const override = addressOverride();
  if (override) {
    const [problem] = addressOverrideDiagnostics();
    if (problem) throw new SetupError(formatDiagnostic(problem));
    return new URL(override);
  }
  try {
    return new URL(parse(readFileSync(contentPaths(root).site, 'utf8')).url);
  } catch {
    return new URL('http://localhost/');
  }
}

const VIRTUAL_CSS = 'virtual:fulcrum/user-css';
const VIRTUAL_COMPONENT = 'virtual:fulcrum/components/';

/** The Vite plugin behind `virtual:fulcrum/…`: the author's stylesheets, and each replaceable component (the author's or Fulcrum's). */
function virtualModules(
  options: ResolvedOptions,
  components: string,
): { name: string; resolveId(id: string): string | undefined; load(id: string): string | undefined } {
  const resolved = (id: string) => `\0${id}`;
  return {
    name: 'fulcrum:virtual-modules',
    resolveId(id) {
      return id === VIRTUAL_CSS || id.startsWith(VIRTUAL_COMPONENT) ? resolved(id) : undefined;
    },
    load(id) {
      if (id === resolved(VIRTUAL_CSS)) return options.customCss.map((file) => `import ${JSON.stringify(file)};`).join('\n');
      if (!id.startsWith(resolved(VIRTUAL_COMPONENT))) return undefined;
      const name = id.slice(resolved(VIRTUAL_COMPONENT).length) as ComponentName;
      const file = options.components[name] ?? join(components, REPLACEABLE_COMPONENTS[name]);
      return `export { default } from ${JSON.stringify(file)};`;
    },
  };
}

/** Fulcrum's routes, once no page or public file of the author's takes one of their addresses or the search index's folder. */
function fulcrumRoutes(fulcrumRoot: string, root: string, config: AstroConfig): Route[] {
  const routes = routesIn(join(fulcrumRoot, 'src', 'astro', 'routes'));
  const authorPages = routesIn(fileURLToPath(new URL('pages/', config.srcDir)));
  const clashes = [...routeClashes(routes, authorPages, root), ...searchFolderClashes(fileURLToPath(config.publicDir), authorPages, root)];
  if (clashes.length > 0) throw new SetupError(clashes.join('\n'));
  return routes;
}

export default function fulcrum(input?: FulcrumOptions): AstroIntegration {
  let fileRoutes: RegExp[] = [];
  let contentDir = '';
  return {
    name: 'fulcrum',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, injectRoute, addMiddleware }) => {
        const root = fileURLToPath(config.root);
        contentDir = contentPaths(root).dir;
        const options = resolveOptions(input, root);
        if ('errors' in options) throw new SetupError(`astro.config.mjs: ${options.errors.join('\nastro.config.mjs: ')}`);
        const fulcrumRoot = packageRoot();
        const routes = fulcrumRoutes(fulcrumRoot, root, config);
        for (const route of routes) injectRoute({ pattern: route.pattern, entrypoint: route.file });
        fileRoutes = fileRoutesAsked(routes.map((route) => route.pattern));
        if (command === 'dev') {
          // Fulcrum pins its Astro, so Astro's notice of a newer one ("run npx @astrojs/upgrade") would mislead.
          process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';
          addMiddleware({ entrypoint: join(fulcrumRoot, 'src', 'astro', 'dev-error-banner.ts'), order: 'pre' });
        }
        const address = siteAddress(root);
        const hasSitemap = config.integrations.some((integration) => integration.name === '@astrojs/sitemap');
        updateConfig({
          site: address.origin,
          base: address.pathname,
          trailingSlash: 'always',
          // Several pages at once, so social cards are drawn in worker threads while other pages render.
          build: { format: 'directory', concurrency: 4 },
          devToolbar: { enabled: false },
          // The 404 page is not a page to be found; everything else is listed (index page 404 too).
          integrations: hasSitemap ? [] : [sitemap({ filter: (page) => listedInSitemap(page, address.pathname) })],
          vite: {
            plugins: [virtualModules(options, join(fulcrumRoot, 'src', 'astro', 'components'))],
            // A build run meanwhile (npm run build writes dist/ by default) is no change to the site's sources.
            server: { watch: { ignored: [(path: string) => isBuildOutput(path, [join(root, 'dist'), fileURLToPath(config.outDir)])] } },
          },
          // Pages whose key (src/astro/data/cache-keys.ts) and code are unchanged are copied from the last build's cache.
          experimental: { incrementalBuild: true },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const indexed = await indexAfterAstroBuild(contentDir, fileURLToPath(dir));
        if (indexed === undefined) return;
        if (indexed.errors.length > 0) throw new SetupError(indexed.errors.map((error) => `search index: ${error}`).join('\n'));
        logger.info(`search index: ${indexed.pages} posts`);
      },
      'astro:server:setup': ({ server }) => {
        // Runs after Astro has taken the base path off the address (see dev-server.ts).
        server.middlewares.use((request, _response, next) => {
          if (request.url !== undefined) request.url = slashedFileRoute(request.url, fileRoutes);
          next();
        });
      },
    },
  };
}
