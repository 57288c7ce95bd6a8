/**
 * Fulcrum's own files, wherever Fulcrum runs from: this repository, a copy
 * of it, or an author's node_modules/fulcrum. Caches are keyed by the code
 * that fills them and worker threads start from a file, so both need the
 * package's folder, never the project's (an author's project holds none of
 * Fulcrum's sources).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'fulcrum';
const ROOT = Symbol.for('fulcrum.package-root');
const slot = globalThis as { [ROOT]?: string };

function isFulcrum(folder: string): boolean {
  try {
    return JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

/** The nearest folder above `file` that is the fulcrum package, if any. */
function enclosingPackage(file: string): string | undefined {
  for (let folder = dirname(file); ; folder = dirname(folder)) {
    if (isFulcrum(folder)) return folder;
    if (dirname(folder) === folder) return undefined;
  }
}

/**
 * The package's folder. Code Node runs (the command, workers, the
 * integration) finds it above its own file. Pages are bundled by Vite into
 * the build's own folder, so there it is the folder the project resolves
 * `fulcrum` to, as Node would for the author's astro.config.mjs.
 */
export function packageRoot(): string {
  if (slot[ROOT]) return slot[ROOT];
  const here = import.meta.url.startsWith('file:') ? enclosingPackage(fileURLToPath(import.meta.url)) : undefined;
  const found = here ?? dirname(createRequire(join(process.cwd(), 'package.json')).resolve(`${PACKAGE_NAME}/package.json`));
  slot[ROOT] = found;
  return found;
}

/** Names the package's folder for this process: a copy of the sources under test, say; undefined finds it again. */
export function setPackageRoot(root: string | undefined): void {
  slot[ROOT] = root;
}

/**
 * A file of Fulcrum's that Node runs on its own (a worker thread's entry),
 * given as its TypeScript source below the package. Node strips types from
 * the sources of a checkout, but refuses to inside node_modules, where the
 * package ships them compiled to compiled/ (npm pack builds it).
 */
export function runnableFile(source: string): string {
  const root = packageRoot();
  const installed = `${root}${sep}`.includes(`${sep}node_modules${sep}`);
  return installed ? join(root, 'compiled', source.replace(/\.ts$/, '.js')) : join(root, source);
}

/** Whether a runnable file is there (an install without it draws and prepares on the main thread). */
export function canRun(file: string): boolean {
  return existsSync(file);
}
