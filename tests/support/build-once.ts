/** Global setup of the `site` tests: build the sample site into dist/ once, as an author does. */
import { buildSite } from './site-build.ts';

export default function buildOnce(): void {
  const { status, stdout, stderr } = buildSite();
  if (status !== 0) throw new Error(`npm run build of the sample site failed (status ${status}):\n${stdout}${stderr}`);
}
