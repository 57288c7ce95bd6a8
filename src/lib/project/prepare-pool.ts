/**
 * Day files prepared in worker threads, one per core: reading YAML, parsing
 * and rendering Markdown are each day's own work and take most of a cold
 * build's check. Each worker sends back every prepared day as JSON text, the
 * form the cache stores, which crosses between threads as one string.
 */
import { canRun, runnableFile } from '../storage/package-files.ts';
import type { SourceFile } from '../source/files.ts';
import { createWorkerPool } from '../workers/worker-pool.ts';

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

/** Prepares `files` in `size` worker threads at most, which end when they are done; the results are in the files' order. */
export async function prepareInWorkers(files: readonly SourceFile[], size: number): Promise<PreparedText[]> {
  const batches = Array.from({ length: Math.ceil(files.length / BATCH) }, (_, index) => files.slice(index * BATCH, (index + 1) * BATCH));
  const pool = createWorkerPool<SourceFile[], PreparedText[]>({ file: worker(), size, name: 'preparing day files' });
  try {
    return (await Promise.all(batches.map((batch) => pool.run(batch)))).flat();
  } finally {
    await pool.close();
  }
}
