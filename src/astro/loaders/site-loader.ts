/**
 * Loads and checks `content/site.yaml`, rendering its Markdown parts once;
 * under `npm run build`, the settings its check read (handoff.ts).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from '../../lib/source/diagnostic.ts';
import { contentPaths, readSiteFile } from '../../lib/source/files.ts';
import { parseSiteSource } from '../../lib/schema/site-file.ts';
import type { Site } from '../../lib/schema/site-schema.ts';
import { checkedContent, setLoadedSite } from '../../lib/project/handoff.ts';
import { renderMarkdown } from '../../lib/markdown/render-markdown.ts';
import { reportErrors } from '../dev-errors.ts';
import { ContentError } from './content-error.ts';
import { reloadOnChange } from './watch.ts';

/** The settings are the collection's one entry. */
const SITE_ID = 'site';

/** The settings in content/site.yaml, checked; their warnings logged, their errors thrown. */
function readSite(context: LoaderContext, paths: ReturnType<typeof contentPaths>): Site {
  const { site, diagnostics } = parseSiteSource(readSiteFile(paths));
  for (const warning of diagnostics.filter((d) => d.severity === 'warning')) context.logger.warn(formatDiagnostic(warning));
  // Under `npm run dev` the pages keep the settings last loaded, and show these errors at the top (dev-error-banner.ts).
  if (context.watcher) reportErrors('site', diagnostics);
  if (!site) throw new ContentError(diagnostics);
  return site;
}

async function sync(context: LoaderContext, paths: ReturnType<typeof contentPaths>): Promise<void> {
  // Under npm run build, the settings its check read: the days' prose was checked against them.
  const site = checkedContent(paths.dir)?.site ?? readSite(context, paths);
  // Nothing on these is filled in per day: :metric[…] shows as typed.
  const plain = { references: false };
  const [bio, disclaimer, footer] = await Promise.all([
    renderMarkdown(site.author.bio, plain),
    renderMarkdown(site.disclaimer ?? '', plain),
    renderMarkdown(site.footer.body, plain),
  ]);
  const loaded = { ...site, hast: { bio, disclaimer, footer } };
  context.store.set({ id: SITE_ID, data: loaded });
  // The pages take the settings from this process (see handoff.ts).
  setLoadedSite(loaded);
}

export function siteLoader(): Loader {
  return {
    name: 'fulcrum-site',
    load: async (context) => {
      const paths = contentPaths(fileURLToPath(context.config.root));
      await sync(context, paths);
      reloadOnChange(context, paths.site, () => sync(context, paths));
    },
  };
}
