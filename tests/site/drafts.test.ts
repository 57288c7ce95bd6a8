/**
 * Drafts must stay unpublished however the build is started. Vite derives
 * import.meta.env.DEV from NODE_ENV, so an author whose shell exports
 * NODE_ENV=development once got the draft day 2026-04-20 published by
 * `npm run build`. This builds with that environment into a folder of its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const OUT = '.dist-drafts';

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  execFileSync('npx', ['astro', 'build', '--outDir', OUT], {
    stdio: 'pipe',
    env: { ...process.env, NODE_ENV: 'development', FULCRUM_URL: '' },
  });
});

afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
});

describe('a build run with NODE_ENV=development', () => {
  it('builds the published days', () => {
    expect(existsSync(`${OUT}/2026/04/22/index.html`)).toBe(true);
  });

  it('does not publish the draft day', () => {
    expect(existsSync(`${OUT}/2026/04/20`)).toBe(false);
    expect(readFileSync(`${OUT}/index.html`, 'utf8')).not.toContain('2026-04-20');
    expect(readFileSync(`${OUT}/rss.xml`, 'utf8')).not.toContain('2026/04/20');
  });
});
