/**
 * `npm run build`: runs the same checks as `npm run check` and stops with
 * their messages if anything is an error. Otherwise Astro builds, in this
 * same process and from the days the check prepared (handed over, not read
 * again), into a fresh folder next to the output folder, which replaces it
 * only when the build succeeded: a failed build leaves the published files
 * exactly as they were. The output folder must be one a build may replace
 * (see output-safety.ts); when it is a link, the site goes where it leads.
 * One build at a time puts its site there (see build-lock.ts), and Ctrl-C
 * stops it cleanly until then (see build-stop.ts). When nothing the site is
 * made from changed since the last build into that folder, and the folder
 * holds what that build left, it says so and builds nothing (see
 * unchanged-build.ts); `--force` builds all the same.
 */
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentPaths, displayPath } from '../lib/source/files.ts';
import { astroOptions, configProblem, type AstroOptions } from './astro-options.ts';
import { lockOutput } from './build-lock.ts';
import { stopOnSignal, type BuildStop } from './build-stop.ts';
import type { Io } from './io.ts';
import { outputTarget, unsafeContents, unsafeLocation } from './output-safety.ts';
import { errorCode, recoverOutput, removeAside } from './output-swap.ts';
import { inputsFingerprint, recordBuild, unchangedSince } from './unchanged-build.ts';

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
    return await buildLocked({ root, outDir, target, args }, astro, io, stop);
  } finally {
    stop.end();
  }
}

/** Where a build runs and puts its site: `target` is the output folder `outDir` with links resolved (outputTarget). */
interface BuildPlace {
  root: string;
  outDir: string;
  target: string;
  /** The command line after `build`, as given. */
  args: readonly string[];
}

/** The fingerprint of what the site is made from, or undefined when some of it cannot be read (then the build says what). */
function fingerprint({ root, outDir, target, args }: BuildPlace): string | undefined {
  try {
    return inputsFingerprint({ root, content: contentPaths(root).dir, target, outDir, args, env: process.env });
  } catch {
    return undefined;
  }
}

/** Takes the output folder's lock, then builds unless there is nothing to build. */
async function buildLocked(place: BuildPlace, astro: AstroOptions, io: Io, stop: BuildStop): Promise<number> {
  const { root, outDir, target } = place;
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
    const inputs = fingerprint(place);
    const name = basename(outDir);
    if (inputs !== undefined && astro.config.force !== true && unchangedSince(root, target, inputs)) {
      io.out(`Nothing to build: nothing the site is made from changed since the last build, and ${name}/ holds what it wrote.`);
      return 0;
    }
    const occupied = unsafeContents(target, root);
    if (occupied) {
      io.err(occupied);
      return 1;
    }
    const { buildAndSwap } = await import('./build-site.ts');
    // The previous site is deleted on a thread of its own while the build finishes and records what it made.
    const removals: Promise<void>[] = [];
    const status = await buildAndSwap(root, target, name, astro, io, stop, (folder) => removals.push(removeAside(folder)));
    if (status === 0 && inputs !== undefined) recordBuild(root, target, inputs);
    await Promise.all(removals);
    return status;
  } finally {
    release();
  }
}
