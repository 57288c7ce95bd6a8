import type { LoaderContext } from 'astro/loaders';

/**
 * In `npm run dev`, reload when anything below `dir` changes. Reloads run
 * one after the other, in the order of the changes: an editor that empties
 * a file and then writes it gives two changes in a row, and a reload of the
 * empty file finishing last would put back the version before both.
 */
export function reloadOnChange(context: LoaderContext, dir: string, reload: () => Promise<void>): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(dir);
  let previous = Promise.resolve();
  watcher.on('all', (_event, path) => {
    if (!path.startsWith(dir)) return;
    previous = previous.then(reload).catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
  });
}
