/**
 * Drafts must stay unpublished however the build is started. Vite derives
 * import.meta.env.DEV from NODE_ENV, so an author whose shell exports
 * NODE_ENV=development once got the draft day 2026-04-20 published by
 * `npm run build`. This builds with that environment into a folder of its own.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../support/site-build.ts';

let folder: string;
let out: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'fulcrum-drafts-'));
  out = builtSite({ command: 'astro', out: join(folder, 'dist'), env: { NODE_ENV: 'development' } });
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('a build run with NODE_ENV=development', () => {
  it('builds the published days', () => {
    expect(existsSync(`${out}/2026/04/22/index.html`)).toBe(true);
  });

  it('does not publish the draft day', () => {
    expect(existsSync(`${out}/2026/04/20`)).toBe(false);
    expect(readFileSync(`${out}/index.html`, 'utf8')).not.toContain('2026-04-20');
    expect(readFileSync(`${out}/rss.xml`, 'utf8')).not.toContain('2026/04/20');
  });
});
