/**
 * What `npm run build` writes beside its output folder (`dist`) while it
 * runs: its work folders, `.dist-tmp-<pid>` and the others of
 * src/cli/output-swap.ts, and its lock, `.dist-lock` (src/cli/build-lock.ts).
 * The dev server leaves them unwatched (src/astro/integration.ts), with the
 * output folder itself: a build running meanwhile writes thousands of files
 * there, and none of them is a source of the site.
 */
import { sep } from 'node:path';

/** The work folders, by what each holds (see output-swap.ts). */
export const WORK_KINDS = ['tmp', 'search', 'old', 'drop', 'keep', 'kept'] as const;

export type WorkKind = (typeof WORK_KINDS)[number];

/** `.<output folder>-<kind>-<pid>`, `.<output folder>-lock` and the lock's `-lock-reap`. */
const BUILD_WORK = new RegExp(`^\\..+-(?:(?:${WORK_KINDS.join('|')})-\\d+|lock(?:-reap)?)$`);

/** Whether the file or folder name `name` is a build's work folder or lock. */
function isBuildWork(name: string): boolean {
  return BUILD_WORK.test(name);
}

/** Whether `path` is build output: inside one of `outDirs`, or a build's work folder or lock, or inside one. */
export function isBuildOutput(path: string, outDirs: readonly string[]): boolean {
  if (outDirs.some((dir) => path === dir || path.startsWith(`${dir}${sep}`))) return true;
  return path.split(/[\\/]/).some(isBuildWork);
}
