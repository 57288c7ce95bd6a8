/**
 * Parsed day files, kept between runs: `npm run build` checks every file
 * before Astro starts, and Astro's loader then reads the same files again.
 * With this cache each unchanged file is parsed once, not twice per build,
 * and not at all in the next one. An entry is found by the file's name and
 * bytes, among those parsed by the same library code (content-cache.ts).
 */
import { inputKey, openContentCache } from '../content-cache.ts';
import { parseDayFile, type DayFileResult } from '../schema/day-file.ts';

export interface ParseCache {
  parse(file: string, bytes: Uint8Array): DayFileResult;
  /** Stores what was parsed since the cache was opened. */
  save(): void;
}

/** Parsing a day file runs code from every layer of the library, and only from there. */
const PARSING_CODE = ['src/lib'];

export function openParseCache(root: string): ParseCache {
  const cache = openContentCache(root, 'parse', PARSING_CODE);
  const parsed = new Map<string, DayFileResult>();
  const stored = (key: string): DayFileResult | undefined => {
    const entry = cache.read(key);
    try {
      return entry === undefined ? undefined : (JSON.parse(entry.toString('utf8')) as DayFileResult);
    } catch {
      // Written whole, so unreadable only if someone edited it: parse again.
      return undefined;
    }
  };
  return {
    parse(file, bytes) {
      const key = inputKey(file, bytes);
      const known = stored(key);
      if (known !== undefined) return known;
      const result = parseDayFile(file, bytes);
      parsed.set(key, result);
      return result;
    },
    save() {
      for (const [key, result] of parsed) cache.write(key, JSON.stringify(result));
      parsed.clear();
    },
  };
}
