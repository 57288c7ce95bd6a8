/**
 * `astro dev` on a content folder, as `npm run dev` starts it, for the tests
 * that need a running dev server: on a free port of 127.0.0.1, with Astro's
 * cache in a folder of its own (so its content store never meets the
 * builds'), in a process group of its own, so that stopping it stops Vite's
 * children too.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './npm-run.ts';
import { authorEnvironment, configWithCache } from './site-build.ts';

/** How often to ask again, and for how long at most, for whatever a test waits for. */
export const POLL_MS = 50;
export const WAIT_MS = 60_000;

export interface DevServer {
  origin: string;
  /** The page's text once `done` says it is what the test waits for and it answered with `status`; throws with the server's log after a minute. */
  pageWhen(path: string, done?: (html: string) => boolean, status?: number): Promise<string>;
  /** What the server has printed so far. */
  log(): string;
  /** Stops the server and deletes its cache folder. */
  stop(): Promise<void>;
}

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

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the dev server on the content folder `content`; it may not answer yet (pageWhen waits). */
export async function startDevServer(content: string): Promise<DevServer> {
  const cache = mkdtempSync(join(tmpdir(), 'fulcrum-dev-cache-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const astro = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
  const config = configWithCache(PROJECT_ROOT, cache);
  const server = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port), '--config', config], {
    cwd: PROJECT_ROOT,
    env: { ...authorEnvironment(), FULCRUM_CONTENT: content },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return {
    origin,
    log: () => log,
    async pageWhen(path, done = () => true, status = 200) {
      const started = Date.now();
      let last = '';
      while (Date.now() - started < WAIT_MS) {
        try {
          const response = await fetch(`${origin}${path}`);
          last = await response.text();
          if (response.status === status && done(last)) return last;
        } catch {
          // Not serving yet.
        }
        await pause(POLL_MS);
      }
      throw new Error(`${path} never showed what was expected; it last said:\n${last.slice(0, 2000)}\nThe server said:\n${log}`);
    },
    async stop() {
      if (server.pid !== undefined && server.exitCode === null) {
        process.kill(-server.pid, 'SIGTERM');
        await new Promise((resolve) => server.once('exit', resolve));
      }
      rmSync(cache, { recursive: true, force: true });
    },
  };
}
