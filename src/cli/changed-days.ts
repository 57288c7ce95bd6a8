/**
 * The day files that changed since the last commit, as git sees them:
 * modified, added or not yet tracked. `npm run check -- --fix` rewrites only
 * these unless it is given files or `--all`, so a published day nobody
 * touched keeps every character its author wrote.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export type ChangedDays = { ok: true; paths: string[] } | { ok: false; problem: string };

function git(daysDir: string, args: string[]): string[] {
  const output = execFileSync('git', args, { cwd: daysDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return output.split('\0').filter((path) => path !== '');
}

/** Absolute paths of the files in `daysDir` that differ from the last commit, or why git cannot tell. */
export function changedDayPaths(daysDir: string): ChangedDays {
  try {
    // --relative: paths relative to daysDir, wherever the repository's top is.
    const changed = git(daysDir, ['diff', '--name-only', '--relative', '-z', 'HEAD', '--', '.']);
    const untracked = git(daysDir, ['ls-files', '--others', '--exclude-standard', '-z', '--', '.']);
    return { ok: true, paths: [...new Set([...changed, ...untracked])].map((path) => resolve(daysDir, path)).sort() };
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim().split('\n')[0] || (error as Error).message;
    return { ok: false, problem: `git cannot tell which days changed (${detail})` };
  }
}
