/**
 * Under `npm run dev`, a save reloads the days. An editor that truncates a
 * file and then writes it gives two changes in a row; the reload of the
 * empty file once finished after the reload of the whole one, and the page
 * kept the version before both. Reloads run one after the other, in the
 * order of the changes, so the last change is the one that shows; and one
 * more runs once the changes have settled, for a change the watcher missed.
 */
import { EventEmitter } from 'node:events';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { reloadOnChange } from '../../src/astro/loaders/watch.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('reloadOnChange', () => {
  it('reloads once per change below the folder, one reload at a time, in the order of the changes', async () => {
    const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
    const errors: string[] = [];
    // The loaders use only the watcher and the logger of Astro's context.
    const context = { watcher, logger: { error: (message: string) => errors.push(message) } } as unknown as LoaderContext;
    const steps: string[] = [];
    let reloads = 0;
    reloadOnChange(context, '/blog/content/days', async () => {
      reloads += 1;
      const reload = reloads;
      steps.push(`start ${reload}`);
      // The first reload is the slower one.
      await pause(reload === 1 ? 60 : 5);
      steps.push(`end ${reload}`);
    });
    watcher.emit('all', 'change', '/blog/content/days/2026-04-22.md');
    watcher.emit('all', 'change', '/blog/src/pages/about.astro');
    watcher.emit('all', 'change', '/blog/content/days/2026-04-22.md');
    await pause(300);
    // The third is the reload once the changes have settled (below).
    expect(steps).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
    expect(errors).toEqual([]);
  });

  it('reloads once more when the changes have settled, for a write the watcher did not report', async () => {
    // Vite's watcher (chokidar) drops a second change to a file within 5 ms of the first: an editor's
    // write right after it emptied the file showed the empty file's error until the next save.
    const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
    const context = { watcher, logger: { error: () => undefined } } as unknown as LoaderContext;
    // Whether each reload was told it is the one after the changes settled.
    const settled: boolean[] = [];
    reloadOnChange(context, '/blog/content/days', async (settling) => {
      settled.push(settling);
    });
    watcher.emit('all', 'change', '/blog/content/days/2026-04-22.md');
    await pause(20);
    expect(settled).toEqual([false]);
    await pause(200);
    expect(settled).toEqual([false, true]);
    // Changes in a row get one reload each and one more after the last.
    watcher.emit('all', 'change', '/blog/content/days/2026-04-22.md');
    await pause(50);
    watcher.emit('all', 'change', '/blog/content/days/2026-04-23.md');
    await pause(300);
    expect(settled).toEqual([false, true, false, false, true]);
  });

  it('goes on reloading after a reload that failed, and says why it failed', async () => {
    const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
    const errors: string[] = [];
    const context = { watcher, logger: { error: (message: string) => errors.push(message) } } as unknown as LoaderContext;
    let reloads = 0;
    reloadOnChange(context, '/blog/content/days', async () => {
      reloads += 1;
      if (reloads === 1) throw new Error('content/site.yaml could not be read');
    });
    watcher.emit('all', 'change', '/blog/content/days/2026-04-22.md');
    watcher.emit('all', 'change', '/blog/content/days/2026-04-22.md');
    await pause(50);
    expect({ reloads, errors }).toEqual({ reloads: 2, errors: ['content/site.yaml could not be read'] });
  });
});
