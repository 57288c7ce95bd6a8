/**
 * Under `npm run dev`, a save reloads the days. An editor that truncates a
 * file and then writes it gives two changes in a row; the reload of the
 * empty file once finished after the reload of the whole one, and the page
 * kept the version before both. Reloads run one after the other, in the
 * order of the changes, so the last change is the one that shows.
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
    await pause(200);
    expect(steps).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
    expect(errors).toEqual([]);
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
