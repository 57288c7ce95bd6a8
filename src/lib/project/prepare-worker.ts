/** A worker thread that prepares day files (prepare-day.ts) sent to it in batches, and sends each back as JSON. */
import { parentPort } from 'node:worker_threads';
import type { SourceFile } from '../source/files.ts';
import { prepareDayFile } from './prepare-day.ts';
import type { PreparedText } from './prepare-pool.ts';

parentPort?.on('message', async (files: SourceFile[]) => {
  const prepared: PreparedText[] = [];
  for (const { file, bytes } of files) prepared.push({ file, json: JSON.stringify(await prepareDayFile(file, bytes)) });
  parentPort?.postMessage(prepared);
});
