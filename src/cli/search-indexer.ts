/**
 * The search indexer's process (see search-index.ts): it is sent one
 * request, writes the index, answers with the result and ends. It ends too
 * when the build that started it is gone (killed with kill -9, say), which
 * closes Pagefind's process with it.
 */
import { writeSearchIndex, type SearchIndexRequest } from '../lib/search/write-index.ts';

process.once('disconnect', () => process.exit(1));
process.once('message', async (request: SearchIndexRequest) => {
  const result = await writeSearchIndex(request).catch((error: unknown) => ({
    pages: 0,
    errors: [error instanceof Error ? error.message : String(error)],
  }));
  process.send?.(result, () => process.exit(0));
});
