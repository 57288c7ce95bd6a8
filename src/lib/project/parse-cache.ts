/**
 * Parsed day files, kept between runs: `npm run build` checks every file
 * before Astro starts, and Astro's loader then reads the same files again.
 * With this cache each unchanged file is parsed once, not twice per build,
 * and not at all in the next one. An entry is used only for the same bytes
 * and the same parsing code (a hash of src/lib), so it can never be stale.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDayFile, type DayFileResult } from '../schema/day-file.ts';

interface CacheFile {
  code: string;
  entries: Record<string, { digest: string; result: DayFileResult }>;
}

export interface ParseCache {
  parse(file: string, bytes: Uint8Array): DayFileResult;
  save(): void;
}

function hashOfTree(dir: string, hash = createHash('sha256')): ReturnType<typeof createHash> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashOfTree(path, hash);
    else if (entry.name.endsWith('.ts')) hash.update(entry.name).update(readFileSync(path));
  }
  return hash;
}

export function openParseCache(root: string): ParseCache {
  const library = join(root, 'src', 'lib');
  // Without the library's source (an unusual install) there is nothing to key on: parse every time.
  if (!existsSync(library)) return { parse: parseDayFile, save: () => undefined };
  const code = hashOfTree(library).digest('hex');
  const path = join(root, 'node_modules', '.cache', 'fulcrum-parse.json');
  let previous: CacheFile['entries'] = {};
  try {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    if (stored.code === code) previous = stored.entries;
  } catch {
    // No cache yet, or an unreadable one: start afresh.
  }
  const entries: CacheFile['entries'] = {};
  return {
    parse(file, bytes) {
      const digest = createHash('sha256').update(bytes).digest('hex');
      const known = previous[file];
      const result = known?.digest === digest ? known.result : parseDayFile(file, bytes);
      entries[file] = { digest, result };
      return result;
    },
    save() {
      mkdirSync(dirname(path), { recursive: true });
      const partial = `${path}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify({ code, entries } satisfies CacheFile));
      renameSync(partial, path);
    },
  };
}
