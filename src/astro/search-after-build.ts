/**
 * The search index after `astro build` alone: an author's own build script,
 * or a host that runs Astro's command. `npm run build` makes the index while
 * Astro builds and moves it in with the rest of the site (src/cli/build-site.ts);
 * without it, the integration writes it into the output folder once the
 * pages are there, from the days and settings the loaders published, so the
 * search page works whichever command built the site.
 */
import { join } from 'node:path';
import { checkedContent, loadedDays, loadedSite } from '../lib/project/handoff.ts';
import { searchRecords } from '../lib/search/record.ts';
import { SEARCH_FOLDER } from '../lib/search/folder.ts';
import { writeSearchIndex, type SearchIndexResult } from '../lib/search/write-index.ts';

/** Writes the index into `outDir` (SEARCH_FOLDER) unless `npm run build` (which checked `contentDir`) writes it itself. */
export async function indexAfterAstroBuild(contentDir: string, outDir: string): Promise<SearchIndexResult | undefined> {
  const days = loadedDays();
  const site = loadedSite();
  if (checkedContent(contentDir) || !days || !site) return undefined;
  return writeSearchIndex({ records: searchRecords(days, site), language: site.language, outputPath: join(outDir, SEARCH_FOLDER) });
}
