/** A worker thread that prepares day files (prepare-day.ts) sent to it in batches, and sends each back as JSON. */
import type { SourceFile } from '../source/files.ts';
import { serveJobs } from '../workers/worker-pool.ts';
import { prepareDayFile } from './prepare-day.ts';
import type { PreparedText } from './prepare-pool.ts';

serveJobs(async (files: SourceFile[]): Promise<PreparedText[]> => {
  const prepared: PreparedText[] = [];
  for (const { file, bytes } of files) prepared.push({ file, json: JSON.stringify(await prepareDayFile(file, bytes)) });
  return prepared;
});
