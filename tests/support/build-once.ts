/** Global setup of the `site` tests: build the sample site into dist/ once. */
import { execFileSync } from 'node:child_process';

export default function buildOnce(): void {
  const env: NodeJS.ProcessEnv = { ...process.env, FULCRUM_URL: '' };
  // Vitest sets NODE_ENV=test; a build that inherits it runs as development and publishes drafts.
  delete env.NODE_ENV;
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env });
}
