/**
 * Pagefind's index of the posts, written from their search records
 * (record.ts), never from the built pages. `npm run build` runs this in a
 * process of its own while Astro builds (src/cli/search-index.ts); after
 * `astro build` alone the integration runs it once the pages are written
 * (src/astro/search-after-build.ts).
 */
import * as pagefind from 'pagefind';
import type { SearchRecord } from './record.ts';

export interface SearchIndexResult {
  pages: number;
  errors: string[];
}

/** Everything writeSearchIndex takes. */
export interface SearchIndexRequest {
  records: readonly SearchRecord[];
  language: string;
  outputPath: string;
}

/** Indexes `records`, written in `language`, and writes Pagefind's bundle to `outputPath`. */
export async function writeSearchIndex({ records, language, outputPath }: SearchIndexRequest): Promise<SearchIndexResult> {
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
