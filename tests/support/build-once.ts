/** Global setup of the `site` tests: build the sample site into dist/ once. */
import { execFileSync } from 'node:child_process';

export default function buildOnce(): void {
  // Build as an author's shell would: vitest sets NODE_ENV=test, which Vite
  // would otherwise carry into the build (it makes import.meta.env.DEV true).
  const { NODE_ENV: _testEnv, ...env } = process.env;
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env: { ...env, FULCRUM_URL: '' } });
}
