/**
 * The build itself, once `npm run build` holds the output folder's lock and
 * has found something to build (build.ts): the check, Astro's build into a
 * fresh folder beside the output folder, the search index, and the swap. It
 * loads the whole library, which a build that has nothing to do never needs.
 */
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { removeUnusedEntries } from '../lib/storage/content-cache.ts';
import { runnableFile } from '../lib/storage/package-files.ts';
import { handOverChecked } from '../lib/project/handoff.ts';
import { renderedDays, type PreparedDays } from '../lib/project/prepare.ts';
import type { Site } from '../lib/schema/site-schema.ts';
import { searchRecords } from '../lib/search/record.ts';
import { SEARCH_FOLDER } from '../lib/search/folder.ts';
import { formatDiagnostic } from '../lib/source/diagnostic.ts';
import { contentPaths } from '../lib/source/files.ts';
import type { AstroOptions } from './astro-options.ts';
import { buildSummary } from './build-summary.ts';
import type { BuildStop } from './build-stop.ts';
import { checkContent, summaryLine } from './check-command.ts';
import type { Io } from './io.ts';
import { besideOutput, swapIn, type Remover } from './output-swap.ts';
import { startSearchIndex, type SearchIndexing } from './search-index.ts';

/** Astro's build into `outDir`, in this process; false when it failed (and said why). */
async function astroBuild(options: AstroOptions, outDir: string, io: Io): Promise<boolean> {
  const { build } = await import('astro');
  try {
    const logger = { entrypoint: runnableFile('src/cli/build-log.ts'), config: { routes: options.config.logLevel === 'debug' } };
    await build({ ...options.config, outDir, logger }, { devOutput: options.devOutput });
    return true;
  } catch (error) {
    // Content and options were checked before Astro started, so what fails here is the site's code
    // (a page that throws, say), and where it happened helps. A content error the loaders raise
    // anyway has no stack (src/loaders/content-error.ts): its message is the whole story.
    const { stack, message } = error instanceof Error ? error : new Error(String(error));
    io.err(stack || message);
    return false;
  }
}

/**
 * Builds into a folder beside `outDir` and swaps it in; `name` is the output
 * folder as the author calls it. The previous site goes to `remove`.
 */
export async function buildAndSwap(
  root: string,
  outDir: string,
  name: string,
  astro: AstroOptions,
  io: Io,
  stop: BuildStop,
  remove: Remover,
): Promise<number> {
  const report = await checkContent(contentPaths(root));
  for (const diagnostic of report.diagnostics) io.err(formatDiagnostic(diagnostic));
  if (!report.ok) {
    io.err(`${summaryLine(report)} Nothing was built; ${name}/ is as it was.`);
    return 1;
  }
  const fresh = besideOutput(outDir, 'tmp');
  const searchFolder = besideOutput(outDir, 'search');
  const removeAll = () => {
    for (const folder of [fresh, searchFolder]) rmSync(folder, { recursive: true, force: true });
  };
  removeAll();
  stop.onStop(removeAll);
  // Pagefind indexes in a process of its own while Astro builds the pages here.
  const search = indexForSearch(report.prepared, report.project.site as Site, searchFolder);
  stop.onStop(search.stop);
  // Astro's loaders build exactly what was checked (handoff.ts), not what is on disk by then.
  handOverChecked({ prepared: report.prepared, site: report.project.site as Site });
  const built = await astroBuild(astro, fresh, io).finally(() => handOverChecked(undefined));
  const indexed = await search.result;
  stop.finishing();
  if (!built) {
    removeAll();
    io.err(`The build failed; ${name}/ is as it was.`);
    return 1;
  }
  if (indexed.errors.length > 0) {
    removeAll();
    for (const error of indexed.errors) io.err(`search index: ${error}`);
    io.err(`The search index could not be built; ${name}/ is as it was.`);
    return 1;
  }
  try {
    renameSync(searchFolder, join(fresh, SEARCH_FOLDER));
    if (swapIn(fresh, outDir, remove) === 'contents') {
      io.err(`${name}/ cannot be renamed (a mount point, or held open by another program), so its contents were replaced instead.`);
    }
  } catch (error) {
    removeAll();
    io.err(`The new site could not be put in place (${(error as Error).message}); ${name}/ is as it was.`);
    return 1;
  }
  // What this build did not use (earlier versions of days, days deleted) no build of this content will.
  removeUnusedEntries();
  io.out(buildSummary(outDir, indexed.pages));
  return 0;
}

/** The published posts, as the pages publish them, indexed for search into `folder`. */
function indexForSearch(prepared: PreparedDays, site: Site, folder: string): SearchIndexing {
  try {
    return startSearchIndex({ records: searchRecords(renderedDays(prepared), site), language: site.language, outputPath: folder });
  } catch (error) {
    return {
      result: Promise.resolve({ pages: 0, errors: [error instanceof Error ? error.message : String(error)] }),
      stop: () => undefined,
    };
  }
}
