/**
 * Moving a blog across, end to end: the fixture folder of published posts
 * imports in one `npm run import`, `npm run check` accepts the days, and the
 * built posts show Fulcrum's recomputed figures, not the ones the old posts
 * printed (13.8x where the old post said 13.9x, 56.8x where it said 78.2x).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFolder } from '../support/content-folder.ts';
import { contentBuild } from '../support/extra-builds.ts';
import { rowTexts, tableByClass } from '../support/html.ts';
import { npmRun, PROJECT_ROOT, type CommandResult } from '../support/npm-run.ts';

const POSTS = join(PROJECT_ROOT, 'tests/fixtures/import/posts');
let content: string;
let imported: CommandResult;
let checked: CommandResult;
let dir: string;

beforeAll(() => {
  content = contentFolder({});
  imported = npmRun('import', [POSTS], { FULCRUM_CONTENT: content });
  checked = npmRun('check', [], { FULCRUM_CONTENT: content });
  dir = contentBuild('imported', content);
});

afterAll(() => {
  rmSync(content, { recursive: true, force: true });
});

function post(date: string): string {
  return readFileSync(join(dir, date.replaceAll('-', '/'), 'index.html'), 'utf8');
}

describe('a folder of published posts', () => {
  it('imports in one command, with the audit', () => {
    expect(imported.status).toBe(0);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain(
      'tests/fixtures/import/posts/2026-03-02-leverage-record.html: row 2, Factor: printed 13.9x, computed 13.8x (3h in 13m = 13.846…)\n',
    );
    expect(
      imported.stdout.endsWith(`Imported 4 of 4 posts into ${content}/days/. Audit: 3 differences in 3 of 4 posts (55 figures checked).\n`),
    ).toBe(true);
  });

  it('gives days npm run check accepts', () => {
    expect(checked).toEqual({ status: 0, stdout: 'Checked 4 days with 13 tasks, 2026-03-02 to 2026-03-05: no problems.\n', stderr: '' });
  });

  it('builds posts whose Task Log shows the recomputed factors', () => {
    expect(rowTexts(tableByClass(post('2026-03-02'), 'task-log'))).toEqual([
      ['1', 'Inventory service: add a reserved column and backfill it from open orders', '12h', '20m', '2m', '36.0x', '360.0x'],
      ['2', 'Fix the CSV export that dropped rows with a comma in the customer name', '3h', '13m', '1m', '13.8x', '180.0x'],
      ['3', 'Docs: explain the retry policy for webhooks', '1.5h', '9m', '1m', '10.0x', '90.0x'],
      ['4', 'Upgrade the test runner and fix the two flaky date tests', '0.33h', '5m', '0m', '4.0x', '—'],
    ]);
    // The older posts' rows, with Fulcrum's one decimal: 24h in 8m is 180.0x, 12.7h in 25m is 30.48, 30.5x.
    expect(rowTexts(tableByClass(post('2026-03-03'), 'task-log')).map((row) => row.slice(2))).toEqual([
      ['24h', '8m', '2m', '180.0x', '720.0x'],
      ['12.7h', '25m', '5m', '30.5x', '152.4x'],
      ['4h', '10m', '3m', '24.0x', '80.0x'],
    ]);
    // Supervision worked out from the Sup. Factor: 4m, 2m and 1m.
    expect(rowTexts(tableByClass(post('2026-03-05'), 'task-log')).map((row) => row.slice(2))).toEqual([
      ['30h', '25m', '4m', '72.0x', '450.0x'],
      ['10h', '15m', '2m', '40.0x', '300.0x'],
      ['5h', '10m', '1m', '30.0x', '300.0x'],
    ]);
  });

  it('builds Aggregate Statistics with the weighted leverage, not the mean the old post printed', () => {
    expect(rowTexts(tableByClass(post('2026-03-03'), 'aggregate'))).toEqual([
      ['Total tasks', '3'],
      ['Total human-equivalent hours', '40.7'],
      ['Total Claude minutes', '43'],
      ['Total supervisory minutes', '10'],
      ['Total tokens', '3,030,000'],
      ['Weighted average leverage factor', '56.8x'],
      ['Weighted average supervisory leverage factor', '244.2x'],
    ]);
    expect(rowTexts(tableByClass(post('2026-03-02'), 'aggregate')).slice(4)).toEqual([
      ['Total tokens', '867,500'],
      ['Weighted average leverage factor', '21.5x'],
      ['Weighted average supervisory leverage factor', '252.5x'],
    ]);
  });

  it('keeps the prose and its links, without the old site-wide parts', () => {
    const html = post('2026-03-02');
    expect(html).toContain('<a href="https://harbor.example.com/data/orders-sample.csv">last week’s orders</a>');
    expect(html).not.toContain('Jonas Berg builds order and warehouse software');
    expect(html).not.toContain('These records cover my own projects only');
  });
});
