/**
 * Day files prepared in worker threads, one per core: reading YAML, parsing
 * and rendering Markdown are each day's own work and take most of a cold
 * build's check. Each worker sends back every prepared day as JSON text, the
 * form the cache stores, which crosses between threads as one string.
 */
import { Worker } from 'node:worker_threads';
import { canRun, runnableFile } from '../storage/package-files.ts';
import type { SourceFile } from '../source/files.ts';

const worker = () => runnableFile('src/lib/project/prepare-worker.ts');

/** Files sent to a worker at a time: few enough that both workers finish together, enough that messages cost nothing. */
const BATCH = 16;

export interface PreparedText {
  file: string;
  /** The PreparedDay as JSON. */
  json: string;
}

/** Whether the worker is there to run (see runnableFile). */
export function canPrepareInWorkers(): boolean {
  return canRun(worker());
}

/** Prepares `files` in `size` worker threads, which end when they are done. */
export async function prepareInWorkers(files: readonly SourceFile[], size: number): Promise<PreparedText[]> {
  const results: PreparedText[] = [];
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= files.length) {
          resolve();
          return;
        }
        const batch = files.slice(next, next + BATCH);
        next += batch.length;
        worker.postMessage(batch);
      };
      worker.on('message', (prepared: PreparedText[]) => {
        results.push(...prepared);
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (next < files.length || code !== 0) reject(new Error(`a worker preparing day files stopped (exit code ${code})`));
      });
      send();
    });
  const workers = Array.from({ length: Math.min(size, Math.ceil(files.length / BATCH)) }, () => new Worker(worker()));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
