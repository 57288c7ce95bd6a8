/** Global setup of the `site` tests: build the sample site into dist/ once. */
import { execFileSync } from 'node:child_process';

export default function buildOnce(): void {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env: { ...process.env, FULCRUM_URL: '' } });
}
