/**
 * `npm run build` publishes exactly what its check read. A day saved in the
 * first seconds of a build, after the check and before Astro's loaders run,
 * once went live without its prose check (a strictClaims error among
 * them): the loader read the days folder again. Here the check runs, the
 * files change on disk, and the loaders run as Astro's build runs them
 * (no watcher), in this process.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { daysLoader } from '../../src/astro/loaders/days-loader.ts';
import { siteLoader } from '../../src/astro/loaders/site-loader.ts';
import { checkContent } from '../../src/cli/check-command.ts';
import { handOverChecked, loadedDays, loadedSite } from '../../src/lib/project/handoff.ts';
import type { Site } from '../../src/lib/schema/site-schema.ts';
import { contentPaths } from '../../src/lib/source/files.ts';
import { SITE_YAML } from '../support/content-folder.ts';

const CHECKED_DAY = `---
date: 2026-04-22
tasks:
  - title: Fix the login form
    human: 1h
    ai: 17m
    supervision: 2m
---
Leverage was 3.5x today.
`;

/** The same day saved a moment later: 60 / 17 is 3.5x, so with strictClaims its 9.9x is an error only the prose check finds. */
const SAVED_DURING_BUILD = CHECKED_DAY.replace('Leverage was 3.5x today.', 'Leverage was 9.9x today.');

let project: string;
beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'fulcrum-handoff-'));
  vi.stubEnv('FULCRUM_CONTENT', '');
  vi.stubEnv('FULCRUM_URL', '');
  writeFileSync(join(project, 'package.json'), '{}\n');
  mkdirSync(join(project, 'content/days'), { recursive: true });
  writeFileSync(join(project, 'content/site.yaml'), `${SITE_YAML}strictClaims: true\n`);
  writeFileSync(join(project, 'content/days/2026-04-22.md'), CHECKED_DAY);
});
afterEach(() => {
  handOverChecked(undefined);
  vi.unstubAllEnvs();
  rmSync(project, { recursive: true, force: true });
});

/** What a loader is given by Astro's build: the project's root, a store, a logger, and no watcher. */
function buildContext(): { context: LoaderContext; warnings: string[] } {
  const entries = new Map<string, { id: string; digest?: string }>();
  const warnings: string[] = [];
  const context = {
    collection: 'days',
    config: { root: pathToFileURL(`${project}/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; digest?: string }) => entries.set(entry.id, entry),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    logger: { warn: (message: string) => warnings.push(message), error: (message: string) => warnings.push(message) },
    generateDigest: (data: string) => data,
  };
  // The loaders use only these parts of Astro's context; the rest (parseData, meta…) would be Astro itself.
  return { context: context as unknown as LoaderContext, warnings };
}

describe('the loaders of a build started by npm run build', () => {
  it('publish the day as the check read it, not as it was saved after the check', async () => {
    const report = await checkContent(contentPaths(project));
    expect(report.ok).toBe(true);
    writeFileSync(join(project, 'content/days/2026-04-22.md'), SAVED_DURING_BUILD);
    handOverChecked({ prepared: report.prepared, site: report.project.site as Site });

    await daysLoader().load(buildContext().context);
    const days = loadedDays() ?? [];
    expect(days.map((day) => day.date)).toEqual(['2026-04-22']);
    expect(days[0]?.rendered.intro).toEqual({
      type: 'root',
      children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Leverage was 3.5x today.' }] }],
    });
  });

  it('publish the site settings as the check read them', async () => {
    const report = await checkContent(contentPaths(project));
    writeFileSync(
      join(project, 'content/site.yaml'),
      `${SITE_YAML.replace('title: Test Notes', 'title: Saved Later')}strictClaims: true\n`,
    );
    handOverChecked({ prepared: report.prepared, site: report.project.site as Site });

    await siteLoader().load(buildContext().context);
    expect(loadedSite()?.title).toBe('Test Notes');
  });

  it('read the files themselves when nothing was handed over (astro build alone), and only for the folder checked', async () => {
    const report = await checkContent(contentPaths(project));
    writeFileSync(join(project, 'content/days/2026-04-22.md'), CHECKED_DAY.replace('Leverage was 3.5x today.', 'Read by the loader.'));
    handOverChecked({ prepared: { ...report.prepared, dir: join(project, 'elsewhere') }, site: report.project.site as Site });

    await daysLoader().load(buildContext().context);
    expect(loadedDays()?.[0]?.rendered.intro).toEqual({
      type: 'root',
      children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Read by the loader.' }] }],
    });
  });
});
