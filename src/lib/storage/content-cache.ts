/**
 * Caches that can never be stale. An entry is found by the hash of its input
 * in a folder named by the hash of the code that produces it: every file
 * below the source folders and files the cache names, and package-lock.json
 * (the versions of the dependencies that code calls). Changing the input or
 * that code finds no entry, so the work is done again; nothing else does.
 * Nobody bumps a version number by hand.
 *
 * Entries live in node_modules/.cache/fulcrum/<cache>/<code>/, one file
 * each. They are written to a temporary file and renamed into place, so
 * concurrent builds and killed ones never leave half an entry to be read.
 * Nothing else keeps them from growing with every version of every day, so
 * what no build can use again is removed: opening a cache removes the
 * entries of earlier code; after a build, `removeUnusedEntries` removes
 * every entry the build neither read nor wrote (an older version of a day,
 * a day deleted); and `remove` takes out one entry its owner knows is
 * replaced (a day saved again under `npm run dev`). A removed entry that is
 * wanted after all is only made again. A cache that cannot be written only
 * makes the next build slower.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot } from './package-files.ts';
import { writeWhole } from './write-whole.ts';

/** Where every cache lives, below the project. */
export const CACHE_ROOT = join('node_modules', '.cache', 'fulcrum');

/** The lock file pins every dependency's version: a new version can change what the code produces. */
const LOCK_FILE = 'package-lock.json';

function hashFiles(root: string, path: string, hash: Hash): void {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) hashFiles(root, join(path, name), hash);
    return;
  }
  const contents = readFileSync(path);
  // Each file's name and length go in first, so moving bytes between files changes the hash too.
  hash.update(`${relative(root, path).split('\\').join('/')}\0${contents.length}\0`).update(contents);
}

/**
 * The hash of the code behind a cache: `sources` are folders and files
 * relative to `root`, the package's folder (a folder counts with everything
 * below it), plus its package.json (the version) and the project's lock
 * file when there are. Undefined when a source is missing (an unusual
 * install without the source): then nothing can be keyed on it.
 */
export function codeHash(root: string, sources: readonly string[], project = root): string | undefined {
  const paths = sources.map((source) => join(root, source));
  if (!paths.every((path) => existsSync(path))) return undefined;
  const hash = createHash('sha256');
  for (const path of paths) hashFiles(root, path, hash);
  const version = join(root, 'package.json');
  if (existsSync(version)) hashFiles(root, version, hash);
  const lock = join(project, LOCK_FILE);
  if (existsSync(lock)) hashFiles(project, lock, hash);
  return hash.digest('hex');
}

/** The key of an input given in parts (a file's name and its bytes, say): each part is counted, so no two inputs share a key. */
export function inputKey(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex').slice(0, 40);
}

export interface ContentCache {
  /** The stored entry for this input, or undefined. */
  read(key: string): Buffer | undefined;
  write(key: string, data: string | Uint8Array): void;
  /** Removes the entry for this input: one its owner will not ask for again. */
  remove(key: string): void;
}

const NO_CACHE: ContentCache = { read: () => undefined, write: () => undefined, remove: () => undefined };

/**
 * The entries this process read or wrote since it last removed the unused
 * ones, by cache folder. Caches are opened by the command and by the pages
 * Vite loads (module instances of their own) in one process, so the record
 * is process-wide.
 */
const USED = Symbol.for('fulcrum.cache-entries-used');
const used: Map<string, Set<string>> = ((globalThis as { [USED]?: Map<string, Set<string>> })[USED] ??= new Map());

function markUsed(folder: string, key: string): void {
  const keys = used.get(folder) ?? new Set<string>();
  keys.add(key);
  used.set(folder, keys);
}

/**
 * After a build: removes every entry of the caches it opened that it
 * neither read nor wrote, so the caches hold what the next build of the
 * same content uses and nothing more; then starts the record afresh.
 * Temporary files are left alone: another process may be writing them.
 */
export function removeUnusedEntries(): void {
  for (const [folder, keys] of used) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (keys.has(name) || name.startsWith('.')) continue;
      try {
        rmSync(join(folder, name), { force: true });
      } catch {
        // Not ours to remove after all (a read-only node_modules): it stays, as before.
      }
    }
  }
  used.clear();
}

/**
 * The cache `name` of the project at `root`, for what the code in `sources`
 * (Fulcrum's own, below `code`) produces (see codeHash). Keys come from inputKey.
 */
export function openContentCache(root: string, name: string, sources: readonly string[], codeRoot = packageRoot()): ContentCache {
  const code = codeHash(codeRoot, sources, root);
  if (code === undefined) return NO_CACHE;
  const home = join(root, CACHE_ROOT, name);
  const folder = join(home, code.slice(0, 32));
  const stale = existsSync(home) ? readdirSync(home).filter((entry) => join(home, entry) !== folder) : [];
  for (const entry of stale) {
    try {
      rmSync(join(home, entry), { recursive: true, force: true });
    } catch {
      // Another build is writing there: whatever it leaves is removed next time.
    }
  }
  return {
    read(key) {
      try {
        const entry = readFileSync(join(folder, key));
        markUsed(folder, key);
        return entry;
      } catch {
        return undefined;
      }
    },
    write(key, data) {
      markUsed(folder, key);
      try {
        mkdirSync(folder, { recursive: true });
        writeWhole(join(folder, key), data);
      } catch {
        // A full disk or a read-only node_modules: the entry is made again next time.
      }
    },
    remove(key) {
      used.get(folder)?.delete(key);
      try {
        rmSync(join(folder, key), { force: true });
      } catch {
        // A read-only node_modules: the entry stays, and is still right for its input.
      }
    },
  };
}
