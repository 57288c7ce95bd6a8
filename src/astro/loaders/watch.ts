import type { LoaderContext } from 'astro/loaders';

/**
 * How long after the last change the folder is read once more. Vite's
 * watcher (chokidar) drops a second change to a file that comes within 5 ms
 * of the first, which is how an editor that empties a file and then writes
 * it often saves: only the empty file was reported, and the page kept its
 * error until the next save.
 */
const SETTLE_MS = 100;

/**
 * In `npm run dev`, reload when anything below `dir` changes, and once more
 * when the changes have settled. Reloads run one after the other, in the
 * order of the changes: an editor that empties a file and then writes it
 * gives two changes in a row, and a reload of the empty file finishing last
 * would put back the version before both. `reload` is told which of the
 * two it is: the loader says nothing again when the second look finds every
 * file as the first one did.
 */
export function reloadOnChange(context: LoaderContext, dir: string, reload: (settling: boolean) => Promise<void>): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(dir);
  let previous = Promise.resolve();
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const queue = (settling: boolean) => {
    previous = previous
      .then(() => reload(settling))
      .catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
  };
  watcher.on('all', (_event, path) => {
    if (!path.startsWith(dir)) return;
    queue(false);
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => queue(true), SETTLE_MS);
  });
}
