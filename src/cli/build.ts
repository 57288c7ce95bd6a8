/**
 * `npm run build`: runs the same checks as `npm run check` and stops with
 * their messages if anything is an error. Otherwise Astro builds, in this
 * same process and from the days the check prepared (handed over, not read
 * again), into a fresh folder next to the output folder, which replaces it
 * only when the build succeeded: a failed build leaves the published files
 * exactly as they were. The output folder must be one a build may replace
 * (see output-safety.ts); when it is a link, the site goes where it leads.
 * One build at a time puts its site there (see build-lock.ts), and Ctrl-C
 * stops it cleanly until then (see build-stop.ts).
 */
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { removeUnusedEntries } from '../lib/storage/content-cache.ts';
import { runnableFile } from '../lib/storage/package-files.ts';
import { handOverChecked } from '../lib/project/handoff.ts';
import { renderedDays, type PreparedDays } from '../lib/project/prepare.ts';
import { publishDays } from '../lib/published/publish.ts';
import type { Site } from '../lib/schema/site-schema.ts';
import { searchRecord } from '../lib/search/record.ts';
import { formatDiagnostic } from '../lib/source/diagnostic.ts';
import { contentPaths, displayPath } from '../lib/source/files.ts';
import { astroOptions, configProblem, type AstroOptions } from './astro-options.ts';
import { lockOutput } from './build-lock.ts';
import { buildSummary } from './build-summary.ts';
import { stopOnSignal, type BuildStop } from './build-stop.ts';
import { checkContent, summaryLine } from './check-command.ts';
import type { Io } from './io.ts';
import { outputTarget, unsafeContents, unsafeLocation } from './output-safety.ts';
import { besideOutput, errorCode, recoverOutput, swapIn } from './output-swap.ts';
import { startSearchIndex, type SearchIndexing } from './search-index.ts';

export interface BuildArgs {
  /** Where the site ends up (Astro's --outDir, default dist/). */
  outDir: string;
  /** Everything else, passed to `astro build` as given. */
  passThrough: string[];
}

/** The output folder and Astro's own options, or what is wrong with --outDir. */
export function parseBuildArgs(args: readonly string[], root: string): BuildArgs | { error: string } {
  const { tokens } = parseArgs({
    args: [...args],
    options: { outDir: { type: 'string' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  let outDir = 'dist';
  const ours = new Set<number>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name !== 'outDir') continue;
    if (token.value === undefined) return { error: '--outDir needs a folder to build into, e.g. --outDir dist. Nothing was built.' };
    if (token.value === '') {
      return {
        error: '--outDir is empty (an unset shell variable?); name the folder to build into, e.g. --outDir dist. Nothing was built.',
      };
    }
    outDir = token.value;
    ours.add(token.index);
    if (!token.inlineValue) ours.add(token.index + 1);
  }
  return { outDir: resolve(root, outDir), passThrough: args.filter((_, index) => !ours.has(index)) };
}

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

export async function runBuild(args: readonly string[], root: string, io: Io): Promise<number> {
  const parsed = parseBuildArgs(args, root);
  if ('error' in parsed) {
    io.err(parsed.error);
    return 2;
  }
  const { outDir, passThrough } = parsed;
  const astro = astroOptions(passThrough, root);
  if ('error' in astro) {
    io.err(astro.error);
    return 2;
  }
  const missingConfig = configProblem(astro.config);
  if (missingConfig !== undefined) {
    io.err(missingConfig);
    return 2;
  }
  const paths = contentPaths(root);
  const misplaced = unsafeLocation(outDir, root, paths.dir);
  if (misplaced) {
    io.err(misplaced);
    return 1;
  }
  const placed = outputTarget(outDir, root);
  if ('error' in placed) {
    io.err(placed.error);
    return 1;
  }
  const { target } = placed;
  const stop = stopOnSignal(basename(outDir), io);
  try {
    return await buildLocked(root, outDir, target, astro, io, stop);
  } finally {
    stop.end();
  }
}

/** Takes the output folder's lock, then builds; `target` is where the site goes (outputTarget). */
async function buildLocked(root: string, outDir: string, target: string, astro: AstroOptions, io: Io, stop: BuildStop): Promise<number> {
  let release: () => void;
  try {
    release = await lockOutput(target, io);
  } catch (error) {
    if (errorCode(error) === undefined) throw error;
    const shown = displayPath(root, outDir) || '.';
    const parent = displayPath(root, dirname(target)) || '.';
    io.err(
      `will not build into ${shown}: a build keeps its lock and its new site beside that folder, in ${parent}, until they are swapped in, ` +
        `and ${parent} cannot hold them (${errorCode(error)}); choose an output folder inside a folder you can write to. Nothing was built.`,
    );
    return 1;
  }
  stop.onStop(release);
  try {
    for (const note of recoverOutput(target)) io.err(note);
    const occupied = unsafeContents(target, root);
    if (occupied) {
      io.err(occupied);
      return 1;
    }
    return await buildAndSwap(root, target, basename(outDir), astro, io, stop);
  } finally {
    release();
  }
}

/** Builds into a folder beside `outDir` and swaps it in; `name` is the output folder as the author calls it. */
async function buildAndSwap(root: string, outDir: string, name: string, astro: AstroOptions, io: Io, stop: BuildStop): Promise<number> {
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
    renameSync(searchFolder, join(fresh, 'pagefind'));
    if (swapIn(fresh, outDir) === 'contents') {
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
    const days = publishDays(
      renderedDays(prepared).filter((day) => !day.frontmatter.draft),
      site,
    );
    return startSearchIndex({ records: days.map((day) => searchRecord(day, site.language)), language: site.language, outputPath: folder });
  } catch (error) {
    return {
      result: Promise.resolve({ pages: 0, errors: [error instanceof Error ? error.message : String(error)] }),
      stop: () => undefined,
    };
  }
}
