/**
 * What `npm run build` prints, for a small site of three days: Astro's
 * messages each on a line of its own, no route written in halves by pages
 * rendering four at a time ("├─ /404.html09:50:28 ├─ …", a bare " (+9ms)",
 * "/favicon.ico/"), and one line at the end saying what was built.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFolder, markdownDay } from '../support/content-folder.ts';
import { buildSite } from '../support/site-build.ts';

let content: string;
let workspace: string;
let lines: string[];

beforeAll(() => {
  content = contentFolder({
    'days/2026-04-20.md': markdownDay('2026-04-20'),
    'days/2026-04-21.md': markdownDay('2026-04-21'),
    'days/2026-04-22.md': markdownDay('2026-04-22'),
  });
  workspace = mkdtempSync(join(tmpdir(), 'fulcrum-build-log-'));
  const { status, stdout, stderr } = buildSite({ content, out: join(workspace, 'site') });
  if (status !== 0) throw new Error(`the build failed (status ${status}):\n${stdout}${stderr}`);
  lines = stdout.replace(/\u001b\[[\d;]*m/g, '').split('\n');
});

afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(workspace, { recursive: true, force: true });
});

describe('the log of npm run build', () => {
  it('writes each message on a line of its own: one time of day at most, at its start', () => {
    expect(lines.filter((line) => /\d\d:\d\d:\d\d.*\d\d:\d\d:\d\d/.test(line))).toEqual([]);
    expect(lines.filter((line) => /^\d\d:\d\d:\d\d /.test(line)).length).toBeGreaterThan(5);
  });

  it('leaves out the routes Astro writes in halves, and their bare times', () => {
    expect(lines.filter((line) => line.includes('├─') || /^\s*\(\+[\d.]+m?s\)/.test(line) || line.includes('/favicon.ico/'))).toEqual([]);
  });

  it('ends with one line of what was built', () => {
    // 10 pages: the home page, 404, archive, search, subscribe, dashboard, tags and the 3 posts. 20 other files: 3 feeds, robots.txt,
    // 2 sitemaps, 3 icons, 4 cards (the site's and 3 days'), 5 open data files (days.json, tasks.csv, 3 days), the stylesheet, _headers.
    expect(lines.filter((line) => line !== '').at(-1)).toBe('Built 3 posts into site/: 10 pages, 20 other files and the search index.');
  });
});
