/**
 * The content collections take their schemas from the library, which builds
 * them with `zod` itself, not `astro/zod`. Astro must still accept them, and
 * a build started as `astro build` (without `npm run build`'s own check
 * first) must stop at a bad day with the library's message, at its line.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFolder, markdownDay } from '../support/content-folder.ts';
import { buildSite } from '../support/site-build.ts';

describe('astro build with a day the library rejects', () => {
  let broken: string;
  let out: string;
  beforeAll(() => {
    broken = contentFolder({ 'days/2026-04-22.md': markdownDay('2026-04-22').replace('ai: 17m', 'ai: 17') });
    out = join(broken, 'out');
  });
  afterAll(() => rmSync(broken, { recursive: true, force: true }));

  it("fails with the library's message at the file, line and column", () => {
    const result = buildSite({ command: 'astro', content: broken, out });
    expect(result.status).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toContain(
      `1 problem in the content:\n${broken}/days/2026-04-22.md:6:9 error tasks[1].ai: "17" has no unit; write 17m (minutes) or 0.3h (hours)`,
    );
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});
