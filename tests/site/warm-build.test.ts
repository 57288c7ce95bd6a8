/**
 * A build that starts from an earlier build's caches publishes exactly what
 * a cold build of the same content publishes, byte for byte: this is what
 * makes the daily deploy's restored caches (.github/workflows/deploy.yml,
 * docs/deploy.md) and an author's second build safe.
 *
 * One copy of the project builds the sample content cold. Then it is left
 * as the deploy finds a project: everything the first build wrote is gone
 * but the folders the workflow's cache step restores. One day is added and
 * another edited, and it builds again, warm. A second copy, whose caches start empty, builds the
 * same content cold. The two sites must hold the same files with the same
 * bytes, the search index's included (Pagefind writes the same bundle for
 * the same pages: determinism.test.ts holds two cold builds to that too).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CACHE_ROOT } from '../../src/lib/content-cache.ts';
import { fingerprint } from '../support/fingerprint.ts';
import { attrsOf, elements } from '../support/html.ts';
import { PROJECT_ROOT, SAMPLE_CONTENT } from '../support/npm-run.ts';
import { builtSite, copyProject } from '../support/site-build.ts';

/** The day after the sample's last, on the tag the sample uses most and with references to the day before. */
const NEW_DAY = `---
date: 2026-04-25
tags: [billing]
tasks:
  - title: "Billing service: retry failed card payments with exponential back-off"
    human: 3h
    ai: 14m
    supervision: 3m
  - title: "Billing service: add the retry count to the invoice history page"
    human: 1.5h
    ai: 9m
    supervision: 1m
---
A Saturday morning on payments. Leverage was :metric[leverage] against :metric[previous.leverage] on :metric[previous.date].
`;

/** The folders the deploy workflow's cache step restores, as it names them. */
function restoredByDeploy(): string[] {
  const workflow = parse(readFileSync(join(PROJECT_ROOT, '.github/workflows/deploy.yml'), 'utf8')) as {
    jobs: { build: { steps: { uses?: string; with?: { path?: string } }[] } };
  };
  const step = workflow.jobs.build.steps.find((candidate) => candidate.uses?.startsWith('actions/cache@'));
  return (step?.with?.path ?? '').split('\n').map((line) => line.trim()).filter((line) => line !== '');
}

/**
 * Leaves `project` as the deploy finds it after checkout, `npm ci` and the
 * cache step: of what builds wrote (entries that were not there when the
 * copy was made, at the top and in node_modules), only `restored` stays.
 */
function asTheDeployFindsIt(project: string, untouched: { top: string[]; modules: string[] }, restored: readonly string[], stash: string): void {
  for (const path of restored) {
    if (!existsSync(join(project, path))) continue;
    mkdirSync(dirname(join(stash, path)), { recursive: true });
    renameSync(join(project, path), join(stash, path));
  }
  for (const entry of readdirSync(project)) if (!untouched.top.includes(entry)) rmSync(join(project, entry), { recursive: true, force: true });
  for (const entry of readdirSync(join(project, 'node_modules'))) {
    if (!untouched.modules.includes(entry)) rmSync(join(project, 'node_modules', entry), { recursive: true, force: true });
  }
  for (const path of restored) {
    if (!existsSync(join(stash, path))) continue;
    mkdirSync(dirname(join(project, path)), { recursive: true });
    renameSync(join(stash, path), join(project, path));
  }
}

const ENV = { TZ: 'UTC', LC_ALL: 'C.UTF-8' };

/** Every file below `dir` with its bytes' hash and its modification time. */
function filesWithTimes(dir: string): Map<string, { hash: string; mtime: number }> {
  const hashes = fingerprint(dir);
  return new Map(Object.entries(hashes).map(([file, hash]) => [file, { hash, mtime: statSync(join(dir, file)).mtimeMs }]));
}

/** The files of two folders that differ, are missing or are extra, in words; empty when the folders are the same. */
function differences(expected: string, actual: string): string[] {
  const want = fingerprint(expected);
  const got = fingerprint(actual);
  const files = [...new Set([...Object.keys(want), ...Object.keys(got)])].sort();
  return files.flatMap((file) => {
    if (!(file in got)) return [`${file}: missing from the warm build`];
    if (!(file in want)) return [`${file}: only in the warm build`];
    return want[file] === got[file] ? [] : [`${file}: different bytes`];
  });
}

let work: string;
let warmProject: string;
let coldProject: string;
let content: string;
let first: string;
let warm: string;
let cold: string;
let restored: string[];
let leftByFirstBuild: string[];
let beforeWarm: string[];
let beforeCold: string[];
let storeBeforeWarm: boolean;
let fulcrumCacheBeforeWarm: Map<string, { hash: string; mtime: number }>;
let fulcrumCacheAfterWarm: Map<string, { hash: string; mtime: number }>;
let fulcrumCacheAfterCold: Map<string, { hash: string; mtime: number }>;

/** What a build may have added to a project: its entries at the top and in node_modules/ that are not links to installed packages. */
const written = (project: string, untouched: { top: string[]; modules: string[] }) => [
  ...readdirSync(project).filter((entry) => !untouched.top.includes(entry)),
  ...readdirSync(join(project, 'node_modules'))
    .filter((entry) => !untouched.modules.includes(entry))
    .map((entry) => `node_modules/${entry}`),
];

/** Which of `paths` (below a project) exist. */
const existing = (project: string, paths: readonly string[]) => paths.filter((path) => existsSync(join(project, path))).sort();

beforeAll(() => {
  restored = restoredByDeploy();
  work = mkdtempSync(join(tmpdir(), 'fulcrum-warm-'));
  content = join(work, 'content');
  cpSync(SAMPLE_CONTENT, content, { recursive: true });
  warmProject = copyProject({ ownCaches: true });
  coldProject = copyProject({ ownCaches: true });
  const untouched = { top: readdirSync(warmProject), modules: readdirSync(join(warmProject, 'node_modules')) };

  first = builtSite({ project: warmProject, content, out: join(work, 'first'), env: ENV });
  leftByFirstBuild = existing(warmProject, restored);
  asTheDeployFindsIt(warmProject, untouched, restored, join(work, 'stash'));
  beforeWarm = written(warmProject, untouched);
  storeBeforeWarm = existsSync(join(warmProject, 'node_modules/.astro/data-store.json'));

  writeFileSync(join(content, 'days', '2026-04-25.md'), NEW_DAY);
  const friday = join(content, 'days', '2026-04-24.md');
  writeFileSync(friday, readFileSync(friday, 'utf8').replace('A short Friday to close the week.', 'A short Friday, to close the week.'));
  fulcrumCacheBeforeWarm = filesWithTimes(join(warmProject, CACHE_ROOT));
  warm = builtSite({ project: warmProject, content, out: join(work, 'warm'), env: ENV });
  fulcrumCacheAfterWarm = filesWithTimes(join(warmProject, CACHE_ROOT));

  beforeCold = written(coldProject, untouched);
  cold = builtSite({ project: coldProject, content, out: join(work, 'cold'), env: ENV });
  fulcrumCacheAfterCold = filesWithTimes(join(coldProject, CACHE_ROOT));
});

afterAll(() => {
  for (const dir of [work, warmProject, coldProject]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the builds compared', () => {
  it("restore Fulcrum's content cache and Astro's, which the first build wrote, and nothing else it wrote", () => {
    expect(restored).toEqual([CACHE_ROOT, 'node_modules/.astro']);
    expect(leftByFirstBuild).toEqual([...restored].sort());
    // node_modules/.cache holds only Fulcrum's cache; .astro/ (generated types) and Vite's cache are gone.
    expect(beforeWarm.sort()).toEqual(['node_modules/.astro', 'node_modules/.cache']);
    expect(readdirSync(join(warmProject, 'node_modules/.cache'))).toEqual(['fulcrum']);
    // Astro's content store, which a build reads back (its dev server keeps another in .astro/).
    expect(storeBeforeWarm).toBe(true);
  });

  it('build the other copy with no cache at all', () => {
    expect(beforeCold).toEqual([]);
  });

  it('reuse what the first build cached: cache entries of the unchanged days come through the warm build untouched', () => {
    const kept = [...fulcrumCacheBeforeWarm].filter(([file, { hash, mtime }]) => {
      const after = fulcrumCacheAfterWarm.get(file);
      return after?.hash === hash && after.mtime === mtime;
    });
    expect(fulcrumCacheBeforeWarm.size).toBeGreaterThan(0);
    expect(kept.length, `cache files: ${[...fulcrumCacheBeforeWarm.keys()].join(', ')}`).toBeGreaterThan(0);
  });

  it('leave the warm cache holding what the cold build cached and nothing more: the entries of the edited day’s earlier version are gone', () => {
    const gone = [...fulcrumCacheBeforeWarm.keys()].filter((file) => !fulcrumCacheAfterWarm.has(file));
    expect(gone.length).toBeGreaterThan(0);
    expect([...fulcrumCacheAfterWarm.keys()].sort()).toEqual([...fulcrumCacheAfterCold.keys()].sort());
  });

  it('publish the added day: not in the first build, in both of the others, linked from the day before', () => {
    expect(existsSync(join(first, '2026/04/25/index.html'))).toBe(false);
    expect(existsSync(join(warm, '2026/04/25/index.html'))).toBe(true);
    expect(existsSync(join(cold, '2026/04/25/index.html'))).toBe(true);
    const next = elements(readFileSync(join(warm, '2026/04/24/index.html'), 'utf8'), '.day-navigation a[rel="next"]').map((link) => attrsOf(link).href);
    expect(next).toEqual(['/2026/04/25/']);
  });
});

it('the warm build publishes exactly the files of a cold build of the same content, byte for byte, the search index included', () => {
  const files = Object.keys(fingerprint(cold));
  expect(files).toEqual(expect.arrayContaining(['2026/04/25/index.html', 'og/2026-04-25.png', 'pagefind/pagefind-entry.json', 'tags/billing/index.html', 'rss.xml']));
  expect(files.filter((file) => file.startsWith('pagefind/')).length).toBeGreaterThan(5);
  expect(differences(cold, warm)).toEqual([]);
});

it('leaves no build folder behind in the projects or beside the outputs', () => {
  expect(readdirSync(work).sort()).toEqual(['cold', 'content', 'first', 'stash', 'warm']);
  for (const project of [warmProject, coldProject]) {
    expect(readdirSync(project).filter((entry) => entry.startsWith('.dist') || entry === 'dist'), relative(tmpdir(), project)).toEqual([]);
  }
});
