/** What a build wrote: how many pages, how many bytes, how large its feeds are. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface OutputSummary {
  /** HTML files: the pages a reader can open. */
  pages: number;
  files: number;
  bytes: number;
  /** Feed file name → bytes (absent feeds are left out). */
  feeds: Record<string, number>;
}

export function summariseOutput(dir: string, feeds: readonly string[]): OutputSummary {
  const summary: OutputSummary = { pages: 0, files: 0, bytes: 0, feeds: {} };
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      summary.files += 1;
      summary.bytes += statSync(path).size;
      if (entry.name.endsWith('.html')) summary.pages += 1;
    }
  };
  walk(dir);
  for (const feed of feeds) {
    const path = join(dir, feed);
    if (existsSync(path)) summary.feeds[feed] = statSync(path).size;
  }
  return summary;
}
