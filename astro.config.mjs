// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { addressOverride, addressOverrideDiagnostics } from './src/lib/schema/site-address.ts';
import { listedInSitemap } from './src/lib/pagination.ts';
import { contentPaths } from './src/lib/source/files.ts';
import { formatDiagnostic } from './src/lib/source/diagnostic.ts';

/**
 * The site's address comes from one place, `url` in content/site.yaml; its
 * path is the base path (https://example.com/blog/ serves under /blog/).
 * FULCRUM_URL overrides it for previews and tests; `npm run build` checks it
 * first, and `astro dev` stops here with the same message. A broken site.yaml
 * is reported by the site loader with its line and column, so here we fall
 * back quietly rather than fail with a worse message.
 */
function siteAddress() {
  const override = addressOverride();
  if (override) {
    const [problem] = addressOverrideDiagnostics();
    if (problem) throw new Error(formatDiagnostic(problem));
    return new URL(override);
  }
  try {
    return new URL(parse(readFileSync(contentPaths(process.cwd()).site, 'utf8')).url);
  } catch {
    return new URL('http://localhost/');
  }
}

const address = siteAddress();

export default defineConfig({
  site: address.origin,
  base: address.pathname,
  trailingSlash: 'always',
  // Several pages at once, so social cards are drawn in worker threads while other pages render.
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // The 404 page is not a page to be found; everything else is listed (index page 404 too).
  integrations: [sitemap({ filter: (page) => listedInSitemap(page, address.pathname) })],
});
