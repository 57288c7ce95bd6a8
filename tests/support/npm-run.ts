/** Runs a project command the way an author does, `npm run <script>`, and captures what it prints. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run <script> -- <args>` in the project (builds go through site-build.ts). */
export function npmRun(script: string, args: readonly string[] = [], env: Record<string, string> = {}): CommandResult {
  const npmArgs = ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])];
  const result = spawnSync('npm', npmArgs, { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
