/**
 * The search index of `npm run build`: Pagefind indexes each published post
 * from the data the build already holds (src/lib/search/write-index.ts).
 * Pagefind's indexer is a process of its own, so the index is made and
 * written while Astro builds the pages, into a folder beside the output
 * folder; the build moves it into the site once both are done.
 *
 * Pagefind is driven from a Node process of our own (search-indexer.ts) in
 * a process group of its own. Ctrl-C reaches every process of the group in
 * the foreground: Pagefind's indexer would die at once, and Pagefind's
 * library print a stack trace for every message it still sends it, before
 * the build could say anything. Out of that group, the indexer is stopped
 * by the build itself, when the build has decided to stop (`stop`).
 */
import { spawn } from 'node:child_process';
import { canRun, runnableFile } from '../lib/storage/package-files.ts';
import { writeSearchIndex, type SearchIndexRequest, type SearchIndexResult } from '../lib/search/write-index.ts';

export interface SearchIndexing {
  /** The index written, or why not. */
  result: Promise<SearchIndexResult>;
  /** Ends the indexing at once, Pagefind with it. */
  stop(): void;
}

const indexer = () => runnableFile('src/cli/search-indexer.ts');

/** Starts indexing `request` in the indexer's own process group (in this process when its file is missing, an unusual install). */
export function startSearchIndex(request: SearchIndexRequest): SearchIndexing {
  if (!canRun(indexer())) return { result: writeSearchIndex(request), stop: () => undefined };
  const child = spawn(process.execPath, [indexer()], { detached: true, windowsHide: true, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const result = new Promise<SearchIndexResult>((resolve) => {
    child.once('message', (answer: SearchIndexResult) => resolve(answer));
    child.once('error', (error) => resolve({ pages: 0, errors: [`the search indexer could not start: ${error.message}`] }));
    // After every message it sent has arrived: without an answer by then, it failed.
    child.once('close', (code, signal) =>
      resolve({ pages: 0, errors: [`the search indexer stopped before it was done (${signal ?? `exit code ${code}`})`] }),
    );
  });
  child.send(request);
  return {
    result,
    stop: () => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      try {
        // The whole group: the indexer and the Pagefind process it started.
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Gone already.
      }
    },
  };
}
