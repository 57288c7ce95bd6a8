import type { LoaderContext } from 'astro/loaders';

/** In `npm run dev`, reload when anything below `dir` changes. */
export function reloadOnChange(context: LoaderContext, dir: string, reload: () => Promise<void>): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(dir);
  watcher.on('all', (_event, path) => {
    if (!path.startsWith(dir)) return;
    reload().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
  });
}
