/**
 * The build's log: Astro's messages as Astro writes them, without the
 * per-route lines that four routes rendering at once run into each other,
 * every message on a line of its own; and the one line that ends a build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroLoggerMessage } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import buildLog, { type BuildLogConfig } from '../../src/cli/build-log.ts';
import { buildSummary } from '../../src/cli/build-summary.ts';

const info = (label: string | null, message: string, newLine = true): AstroLoggerMessage => ({ label, level: 'info', message, newLine });

/** What the destination writes to stdout, colours taken out and times of day as HH:MM:SS. */
function written(messages: AstroLoggerMessage[], config?: BuildLogConfig): string {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    const destination = buildLog(config);
    for (const message of messages) destination.write(message);
  } finally {
    spy.mockRestore();
  }
  return chunks
    .join('')
    .replace(/\u001b\[[\d;]*m/g, '')
    .replace(/\d\d:\d\d:\d\d/g, 'HH:MM:SS');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the build log', () => {
  it('leaves out the routes as Astro writes them four at a time, and ends every other message with its line', () => {
    // The order Astro 7 writes them in with build.concurrency 4 (core/build/generate.js).
    const log = written([
      info('SKIP_FORMAT', '\n generating static routes '),
      info(null, '  ├─ /404.html', false),
      info(null, '  ├─ /apple-touch-icon.png', false),
      info(null, '  ├─ /archive/index.html', false),
      info(null, '  ├─ /atom.xml', false),
      info('SKIP_FORMAT', ' (+221ms) '),
      info(null, '  ├─ /favicon.ico/', false),
      info('SKIP_FORMAT', ' (+1.2s) (file not created, response body was empty)'),
      info(null, '  ├─ /og/site.png', false),
      info('SKIP_FORMAT', ' (cached)'),
      info('SKIP_FORMAT', ' (+9ms) '),
      info('SKIP_FORMAT', ' (+5ms) '),
      info(null, '✓ Completed in 574ms.\n'),
      info('build', '20 page(s) built in 4.62s'),
      { label: 'build', level: 'warn', message: 'a warning written without its line end', newLine: false },
      info('build', 'Complete!'),
    ]);
    expect(log).toBe(
      '\n generating static routes \n' +
        'HH:MM:SS ✓ Completed in 574ms.\n\n' +
        'HH:MM:SS [build] 20 page(s) built in 4.62s\n' +
        'HH:MM:SS [WARN] [build] a warning written without its line end\n' +
        'HH:MM:SS [build] Complete!\n',
    );
  });

  it('keeps the routes as Astro writes them when asked to (npm run build -- --verbose), for their times', () => {
    const log = written([info(null, '  ├─ /404.html', false), info(null, '  ├─ /atom.xml', false), info('SKIP_FORMAT', ' (+221ms) ')], {
      routes: true,
    });
    expect(log).toBe('HH:MM:SS   ├─ /404.htmlHH:MM:SS   ├─ /atom.xml (+221ms) \n');
  });
});

describe('buildSummary', () => {
  it('counts the posts, the pages and the other files of the built folder, the search index apart', () => {
    const folder = mkdtempSync(join(tmpdir(), 'fulcrum-summary-'));
    const out = join(folder, 'site');
    for (const file of [
      'index.html',
      '404.html',
      '2026/04/22/index.html',
      'rss.xml',
      'og/2026-04-22.png',
      'data/days.json',
      'pagefind/pagefind.js',
      'pagefind/fragment/a.pf_fragment',
    ]) {
      mkdirSync(join(out, file, '..'), { recursive: true });
      writeFileSync(join(out, file), '');
    }
    expect(buildSummary(out, 1)).toBe('Built 1 post into site/: 3 pages, 3 other files and the search index.');
    expect(buildSummary(out, 8)).toMatch(/^Built 8 posts into site\/: /);
    rmSync(folder, { recursive: true, force: true });
  });
});
