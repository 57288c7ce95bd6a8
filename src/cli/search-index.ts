/**
 * The search index: Pagefind indexes each published post from the data the
 * build already holds (src/lib/search/record.ts), not from the built pages.
 * Pagefind's indexer is a process of its own, so the index is made and
 * written while Astro builds the pages, into a folder beside the output
 * folder; the build moves it into the site once both are done.
 */
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search/record.ts';

export interface SearchIndexResult {
  pages: number;
  errors: string[];
}

/** Indexes `records`, written in `language`, and writes Pagefind's bundle to `outputPath`. */
export async function writeSearchIndex(records: readonly SearchRecord[], language: string, outputPath: string): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) return { pages: 0, errors };
  try {
    const added = await Promise.all(
      records.map(({ url, title, date, content }) => index.addCustomRecord({ url, content, language, meta: { title }, sort: { date } })),
    );
    const written = await index.writeFiles({ outputPath });
    return { pages: added.length, errors: [...errors, ...added.flatMap((file) => file.errors), ...written.errors] };
  } finally {
    await pagefind.close();
  }
}
