/** Runs a project command the way an author does, `npm run <script>`, and captures what it prints. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The sample site as the tests know it: a fixture of its own, so that the
 * repository's content/ (the demonstration site) can change without
 * changing a test result.
 */
export const SAMPLE_CONTENT = join(PROJECT_ROOT, 'tests', 'fixtures', 'site');

/** A sample file a test names as the author would see it (content/days/2026-04-22.md), in the fixture. */
export function sampleFile(name: string): string {
  return join(SAMPLE_CONTENT, name.replace(/^content\//, ''));
}

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run <script> -- <args>` in the project (builds go through site-build.ts). */
export function npmRun(script: string, args: readonly string[] = [], env: Record<string, string> = {}): CommandResult {
  const npmArgs = ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])];
  const result = spawnSync('npm', npmArgs, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, FULCRUM_CONTENT: SAMPLE_CONTENT, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
