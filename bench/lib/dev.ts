/**
 * `npm run bench -- --dev N`: how long after an author saves a day file its
 * page shows the change, under `npm run dev` with N days. The dev server
 * runs on a copy of the benchmark's content; once it serves, one day's page
 * is read, then its file is saved with a new word in its first paragraph,
 * and the page is asked for every 20 ms until it shows that word. The time
 * runs from the save to the answer that shows it.
 */
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dayPath } from '../../src/lib/dates.ts';

export interface DevLatency {
  /** Seconds from starting the server to its first answer. */
  ready: number;
  /** Seconds the first request for the day's page took. */
  firstPage: number;
  /** Seconds from each save to the first answer showing it. */
  saves: number[];
}

const POLL_MS = 20;
const GIVE_UP_MS = 60_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : undefined;
  } catch {
    // Not listening yet.
    return undefined;
  }
}

/** Polls `url` until its text satisfies `done`; the seconds from `since` to that answer. */
async function until(url: string, done: (text: string) => boolean, since: number): Promise<number> {
  while (performance.now() - since < GIVE_UP_MS) {
    const text = await fetchText(url);
    if (text !== undefined && done(text)) return (performance.now() - since) / 1000;
    await pause(POLL_MS);
  }
  throw new Error(`${url} did not show the change within ${GIVE_UP_MS / 1000} s`);
}

export async function measureDevLatency(repo: string, content: string, work: string, saves: number, logFile: string): Promise<DevLatency> {
  const copy = join(work, 'dev-content');
  rmSync(copy, { recursive: true, force: true });
  cpSync(content, copy, { recursive: true });
  const name = readdirSync(join(copy, 'days')).sort().at(-1);
  if (name === undefined) throw new Error('no days to edit');
  const file = join(copy, 'days', name);
  const original = readFileSync(file, 'utf8');
  const port = 4600 + (process.pid % 1000);
  const origin = `http://127.0.0.1:${port}`;
  const page = `${origin}/${dayPath(name.slice(0, 10))}`;
  const { NODE_ENV: _runner, FULCRUM_URL: _preview, ...env } = process.env;
  const log: string[] = [];
  const started = performance.now();
  const server = spawn(
    process.execPath,
    [join(repo, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: repo,
      env: { ...env, FULCRUM_CONTENT: copy },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  try {
    const ready = await until(`${origin}/robots.txt`, () => true, started);
    const first = performance.now();
    const firstPage = await until(page, (text) => text.includes('<article'), first);
    const latencies: number[] = [];
    for (let run = 1; run <= saves; run++) {
      const word = `Benchmarkword${run}`;
      // The body's first paragraph starts right after the front matter.
      const edited = original.replace(/\n---\n/, `\n---\n${word} `);
      const saved = performance.now();
      writeFileSync(file, edited);
      latencies.push(await until(page, (text) => text.includes(word), saved));
      await pause(500);
    }
    return { ready, firstPage, saves: latencies };
  } finally {
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    writeFileSync(logFile, log.join(''));
    rmSync(copy, { recursive: true, force: true });
  }
}
