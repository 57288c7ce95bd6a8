/**
 * Loads and checks `content/site.yaml`, rendering its Markdown parts once;
 * under `npm run build`, the settings its check read (handoff.ts).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from '../../lib/source/diagnostic.ts';
import { contentPaths, readSiteFile, type SiteSource } from '../../lib/source/files.ts';
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
function readSite(context: LoaderContext, source: SiteSource): Site {
  const { site, diagnostics } = parseSiteSource(source);
  for (const warning of diagnostics.filter((d) => d.severity === 'warning')) context.logger.warn(formatDiagnostic(warning));
  // Under `npm run dev` the pages keep the settings last loaded, and show these errors at the top (dev-error-banner.ts).
  if (context.watcher) reportErrors('site', diagnostics);
  if (!site) throw new ContentError(diagnostics);
  return site;
}

async function sync(context: LoaderContext, site: Site): Promise<void> {
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

const sameBytes = (a: SiteSource, b: SiteSource) => (a.bytes && b.bytes ? Buffer.compare(a.bytes, b.bytes) === 0 : a.bytes === b.bytes);

export function siteLoader(): Loader {
  return {
    name: 'fulcrum-site',
    load: async (context) => {
      const paths = contentPaths(fileURLToPath(context.config.root));
      // Under npm run build, the settings its check read: the days' prose was checked against them.
      const checked = checkedContent(paths.dir)?.site;
      if (checked) return sync(context, checked);
      let read = readSiteFile(paths);
      await sync(context, readSite(context, read));
      reloadOnChange(context, paths.site, async (settling) => {
        const source = readSiteFile(paths);
        // The second look after a run of changes (watch.ts) says nothing again when it finds the file as the first did.
        if (settling && sameBytes(source, read)) return;
        read = source;
        await sync(context, readSite(context, source));
      });
    },
  };
}
