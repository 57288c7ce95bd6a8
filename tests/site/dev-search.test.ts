/**
 * The search page under `npm run dev`, where Pagefind's index does not exist
 * (it is made by `npm run build`): the page says so instead of staying blank.
 * The dev server runs on a content folder and an Astro cache of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contentFolder, markdownDay } from '../support/content-folder.ts';
import { element, textOf } from '../support/html.ts';
import { PROJECT_ROOT } from '../support/npm-run.ts';
import { authorEnvironment, configWithCache } from '../support/site-build.ts';

const WAIT_MS = 60_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let content: string;
let cache: string;
let server: ChildProcess;
let origin: string;
let log = '';

/** The page at `path` once the dev server answers it. */
async function page(path: string): Promise<string> {
  const started = Date.now();
  while (Date.now() - started < WAIT_MS) {
    try {
      const response = await fetch(`${origin}${path}`);
      if (response.ok) return await response.text();
    } catch {
      // Not serving yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${path} was never served; the server said:\n${log}`);
}

beforeAll(async () => {
  content = contentFolder({ 'days/2026-04-22.md': markdownDay('2026-04-22') });
  cache = mkdtempSync(join(tmpdir(), 'fulcrum-dev-search-cache-'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [
      join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--config',
      configWithCache(PROJECT_ROOT, cache),
    ],
    { cwd: PROJECT_ROOT, env: { ...authorEnvironment(), FULCRUM_CONTENT: content }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
});

afterAll(async () => {
  if (server?.pid !== undefined && server.exitCode === null) {
    process.kill(-server.pid, 'SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
  rmSync(content, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

test('the search page under npm run dev says that search needs a build, and loads no Pagefind', async () => {
  const html = await page('/search/');
  expect(textOf(element(html, 'main p.search-in-dev'))).toBe(
    'Search is not available under npm run dev: Pagefind makes its index when the site is built. ' +
      'Run npm run build, then npm run preview, to try it.',
  );
  expect(html).not.toContain('pagefind-ui.js');
});
