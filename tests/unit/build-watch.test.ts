/**
 * Under `npm run dev`, a save reloads the days. An editor that truncates a
 * file and then writes it gives two changes in a row; the reload of the
 * empty file once finished after the reload of the whole one, and the page
 * kept the version before both. Reloads run one after the other, in the
 * order of the changes, so the last change is the one that shows; and one
 * more runs once the changes have settled, for a change the watcher missed;
 * it says nothing again when it finds the files as the first look did.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { siteLoader } from '../../src/astro/loaders/site-loader.ts';
import { reloadOnChange } from '../../src/astro/loaders/watch.ts';
import { loadedSite } from '../../src/lib/project/handoff.ts';
import { SITE_YAML } from '../support/content-folder.ts';

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

describe('the site loader under npm run dev', () => {
  /** A project with `content/site.yaml`, and what a loader is given by astro dev: a watcher, a store, a logger. */
  function devProject() {
    const root = mkdtempSync(join(tmpdir(), 'fulcrum-site-watch-'));
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'package.json'), '{}\n');
    writeFileSync(join(root, 'content/site.yaml'), SITE_YAML);
    const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
    const logged: string[] = [];
    const log = (message: string) => logged.push(message);
    const entries = new Map<string, unknown>();
    const context = {
      watcher,
      config: { root: pathToFileURL(`${root}/`) },
      store: { set: (entry: { id: string }) => entries.set(entry.id, entry) },
      logger: { warn: log, error: log, info: log },
    } as unknown as LoaderContext;
    const save = (text: string) => {
      writeFileSync(join(root, 'content/site.yaml'), text);
      watcher.emit('all', 'change', join(root, 'content/site.yaml'));
    };
    return { root, context, logged, save };
  }

  it('says what is wrong with a saved site.yaml once, not again when the changes have settled', async () => {
    const { root, context, logged, save } = devProject();
    try {
      await siteLoader().load(context);
      save(SITE_YAML.replace('title: Test Notes', 'title: [Test Notes'));
      await pause(300);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toContain('content/site.yaml');
      expect(loadedSite()?.title).toBe('Test Notes');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('loads the settings as written when the watcher reported only the emptied file', async () => {
    const { root, context, save } = devProject();
    try {
      await siteLoader().load(context);
      save('');
      // The write that follows at once, which the watcher drops.
      writeFileSync(join(root, 'content/site.yaml'), SITE_YAML.replace('title: Test Notes', 'title: Saved Notes'));
      await pause(300);
      expect(loadedSite()?.title).toBe('Saved Notes');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
