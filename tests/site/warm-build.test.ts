/**
 * A build that starts from an earlier build's caches publishes exactly what
 * a cold build of the same content publishes, byte for byte: this is what
 * makes the daily deploy's restored caches (.github/workflows/deploy.yml,
 * docs/deploy.md) and an author's next build safe.
 *
 * One copy of the project builds the sample content cold. Then it is left
 * as the deploy finds a project: everything the first build wrote is gone
 * but the folders the workflow's cache step restores. One day is added and
 * another edited, and it builds again, warm. A second copy, whose caches start empty, builds the
 * same content cold. The two sites must hold the same files with the same
 * bytes, the search index's included (Pagefind writes the same bundle for
 * the same pages: determinism.test.ts holds two cold builds to that too).
 *
 * Then the table: each row changes one kind of input (a day, a title, a
 * tag, each setting of site.yaml a page shows, the address, Fulcrum's code,
 * a dependency; and changes undone), the first copy builds warm from the
 * caches the rows before it left, and the second builds the same cold. The
 * rows run in order, each on the state the one before left, as an author's
 * builds follow each other. Each row also checks that its change reached
 * the pages, so that no row passes by changing nothing. The first copy
 * builds every row into one output folder, as an author builds into dist/:
 * a row that changes nothing must find nothing to build, and every other
 * row (an input changed, or the output folder itself) must build.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CACHE_ROOT } from '../../src/lib/storage/content-cache.ts';
import { fingerprint } from '../support/fingerprint.ts';
import { attrsOf, elements } from '../support/html.ts';
import { PROJECT_ROOT, SAMPLE_CONTENT } from '../support/npm-run.ts';
import { buildCommand, builtSite, copyProject, type SiteBuild } from '../support/site-build.ts';

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
  return (step?.with?.path ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * Leaves `project` as the deploy finds it after checkout, `npm ci` and the
 * cache step: of what builds wrote (entries that were not there when the
 * copy was made, at the top and in node_modules), only `restored` stays.
 */
function asTheDeployFindsIt(
  project: string,
  untouched: { top: string[]; modules: string[] },
  restored: readonly string[],
  stash: string,
): void {
  for (const path of restored) {
    if (!existsSync(join(project, path))) continue;
    mkdirSync(dirname(join(stash, path)), { recursive: true });
    renameSync(join(project, path), join(stash, path));
  }
  for (const entry of readdirSync(project))
    if (!untouched.top.includes(entry)) rmSync(join(project, entry), { recursive: true, force: true });
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
let cachesBeforeWarm: string[];
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
  // Small pages, so the index and the tags run to several and every row below moves their boundaries.
  replaceIn(join(content, 'site.yaml'), 'postsPerPage: 5', 'postsPerPage: 2\ntasksPerTagPage: 3');
  warmProject = copyProject({ ownCaches: true });
  coldProject = copyProject({ ownCaches: true });
  const untouched = { top: readdirSync(warmProject), modules: readdirSync(join(warmProject, 'node_modules')) };

  first = builtSite({ project: warmProject, content, out: join(work, 'first'), env: ENV });
  leftByFirstBuild = existing(warmProject, restored);
  asTheDeployFindsIt(warmProject, untouched, restored, join(work, 'stash'));
  beforeWarm = written(warmProject, untouched);
  storeBeforeWarm = existsSync(join(warmProject, 'node_modules/.astro/data-store.json'));
  cachesBeforeWarm = readdirSync(join(warmProject, 'node_modules/.cache'));

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
    expect(cachesBeforeWarm).toEqual(['fulcrum']);
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

  it('leave the warm cache holding nothing a cold build would not cache: the entries of the edited day’s earlier version are gone', () => {
    const gone = [...fulcrumCacheBeforeWarm.keys()].filter((file) => !fulcrumCacheAfterWarm.has(file));
    expect(gone.length).toBeGreaterThan(0);
    // Pages Astro restores whole from its own cache never ask for their post body or card, so the
    // warm build prunes those entries too: Astro's cache holds the page instead (one mechanism, not two).
    expect([...fulcrumCacheAfterWarm.keys()].filter((file) => !fulcrumCacheAfterCold.has(file))).toEqual([]);
  });

  it('publish the added day: not in the first build, in both of the others, linked from the day before', () => {
    expect(existsSync(join(first, '2026/04/25/index.html'))).toBe(false);
    expect(existsSync(join(warm, '2026/04/25/index.html'))).toBe(true);
    expect(existsSync(join(cold, '2026/04/25/index.html'))).toBe(true);
    const next = elements(readFileSync(join(warm, '2026/04/24/index.html'), 'utf8'), '.day-navigation a[rel="next"]').map(
      (link) => attrsOf(link).href,
    );
    expect(next).toEqual(['/2026/04/25/']);
  });
});

it('the warm build publishes exactly the files of a cold build of the same content, byte for byte, the search index included', () => {
  const files = Object.keys(fingerprint(cold));
  expect(files).toEqual(
    expect.arrayContaining([
      '2026/04/25/index.html',
      'og/2026-04-25.png',
      'pagefind/pagefind-entry.json',
      'tags/billing/index.html',
      'rss.xml',
    ]),
  );
  expect(files.filter((file) => file.startsWith('pagefind/')).length).toBeGreaterThan(5);
  expect(differences(cold, warm)).toEqual([]);
});

it('leaves no build folder behind in the projects or beside the outputs', () => {
  expect(readdirSync(work).sort()).toEqual(['cold', 'content', 'first', 'stash', 'warm']);
  for (const project of [warmProject, coldProject]) {
    expect(
      readdirSync(project).filter((entry) => entry.startsWith('.dist') || entry === 'dist'),
      relative(tmpdir(), project),
    ).toEqual([]);
  }
});

/** A change to a file that must find what it replaces: a row never passes by changing nothing. */
function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  writeFileSync(file, text.replaceAll(from, to));
}

/** What a site holds at `file` (below the site), as text. */
const page = (site: string, file: string) => readFileSync(join(site, file), 'utf8');

interface Row {
  name: string;
  /** The change, to the content folder or to both projects alike. */
  change(): void;
  /** The site's address for both builds (FULCRUM_URL); site.yaml's when absent. */
  url?: string;
  /** Options of `npm run build` for both builds, besides the output folder. */
  args?: string[];
  /** Whether the warm build finds nothing to do; every row that changes an input or the output must build. */
  skips?: boolean;
  /** What the change shows on the warm site (and in its build's log), so the row can only pass if it reached the pages. */
  shows(site: string, log: string): void;
}

const siteYaml = () => join(content, 'site.yaml');
const day = (name: string) => join(content, 'days', name);
const inBothProjects = (change: (project: string) => void) => {
  change(warmProject);
  change(coldProject);
};

/** The title of 2026-04-16 as the sample has it, which the rows edit and then restore. */
const TITLE = 'Small cuts, many of them';

/** A dependency upgraded: a copy of github-slugger (heading anchors) whose slugs differ, and the lock file naming a new version, as npm install leaves them. */
function upgradeSlugger(project: string): void {
  const link = join(project, 'node_modules', 'github-slugger');
  rmSync(link);
  cpSync(join(PROJECT_ROOT, 'node_modules', 'github-slugger'), link, { recursive: true });
  replaceIn(join(link, 'index.js'), "return value.replace(regex, '')", "return 'upgraded-' + value.replace(regex, '')");
  const lock = join(project, 'package-lock.json');
  const manifest = JSON.parse(readFileSync(lock, 'utf8')) as { packages: Record<string, { version: string }> };
  const entry = manifest.packages['node_modules/github-slugger'];
  if (!entry) throw new Error('package-lock.json has no github-slugger');
  entry.version = '2.0.1';
  writeFileSync(lock, `${JSON.stringify(manifest, null, 2)}\n`);
}

const ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#7a1f5c"/></svg>\n';

/** The line of a build that finds nothing changed since the last one into its output folder. */
const NOTHING_TO_BUILD =
  /^Nothing to build: nothing the site is made from changed since the last build, and rows-warm\/ holds what it wrote\.$/m;

/** The warm copy builds every row into this one folder, as an author builds into dist/, so a row can find nothing to do. */
const warmRows = () => join(work, 'rows-warm');

/** The file of the warm site `file` with other bytes of the same length and its old times, as a careless copy might leave it. */
function editInPlace(file: string): void {
  const path = join(warmRows(), file);
  const { atime, mtime } = statSync(path);
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.replace('<title>', '<tItle>'));
  utimesSync(path, atime, mtime);
}

const FOOTER = '---\nconst { site } = Astro.props;\n---\n<footer class="brand-mark">Hand-made footer for {site.title}</footer>\n';

/** The project's astro.config.mjs with a Footer of the author's own in place of Fulcrum's. */
function overrideFooter(project: string): void {
  mkdirSync(join(project, 'src/components'), { recursive: true });
  writeFileSync(join(project, 'src/components/MyFooter.astro'), FOOTER);
  replaceIn(join(project, 'astro.config.mjs'), 'fulcrum()', "fulcrum({ components: { Footer: './src/components/MyFooter.astro' } })");
}

/** Astro's cached copy of each keyed page, with its modification time: a page rendered again rewrites its copy. */
const cachedCopies = () => filesWithTimes(join(warmProject, 'node_modules/.astro/dist'));
let copiesBefore: Map<string, { hash: string; mtime: number }>;

const ROWS: Row[] = [
  {
    name: 'nothing changed: no keyed page is rendered again',
    change: () => {
      copiesBefore = cachedCopies();
    },
    shows: () => {
      const copies = [...copiesBefore.keys()];
      expect(copies).toEqual(
        expect.arrayContaining([
          '2026/04/22/index.html',
          'og/2026-04-22.png',
          'data/days/2026-04-22.json',
          'tags/billing/index.html',
          'page/2/index.html',
        ]),
      );
      expect(cachedCopies()).toEqual(copiesBefore);
    },
  },
  {
    name: "a day's prose edited",
    change: () => replaceIn(day('2026-04-22.md'), 'The long day.', 'The longest day.'),
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toContain('The longest day.'),
  },
  {
    name: 'nothing changed since: the build has nothing to do',
    change: () => undefined,
    skips: true,
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toContain('The longest day.'),
  },
  {
    name: 'a page of the output folder deleted',
    change: () => rmSync(join(warmRows(), '2026/04/22/index.html')),
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toContain('The longest day.'),
  },
  {
    name: 'a page of the output folder edited, to the same size and with its old time',
    change: () => editInPlace('index.html'),
    shows: (site) => expect(page(site, 'index.html')).toContain('<title>'),
  },
  {
    name: 'an option given (--silent)',
    change: () => undefined,
    args: ['--silent'],
    shows: (_site, log) => expect(log).not.toContain('[build]'),
  },
  {
    name: 'the option dropped again',
    change: () => undefined,
    shows: (_site, log) => expect(log).toContain('[build]'),
  },
  {
    name: "a day's title edited, which its neighbours link by",
    change: () => replaceIn(day('2026-04-16.md'), TITLE, 'Many small cuts'),
    shows: (site) => {
      expect(page(site, '2026/04/15/index.html')).toContain('Many small cuts');
      expect(page(site, '2026/04/17/index.html')).toContain('Many small cuts');
    },
  },
  {
    name: 'the title edit undone',
    change: () => replaceIn(day('2026-04-16.md'), 'Many small cuts', TITLE),
    shows: (site) => expect(page(site, '2026/04/17/index.html')).toContain(TITLE),
  },
  {
    name: 'a tag renamed in every day',
    change: () => {
      for (const name of readdirSync(join(content, 'days'))) {
        const text = readFileSync(day(name), 'utf8');
        writeFileSync(day(name), text.replaceAll('[billing]', '[payments]'));
      }
    },
    shows: (site) => {
      expect(existsSync(join(site, 'tags/payments/index.html'))).toBe(true);
      expect(existsSync(join(site, 'tags/billing/index.html'))).toBe(false);
    },
  },
  {
    name: 'a draft published, which becomes its neighbours’ neighbour',
    change: () => replaceIn(day('2026-04-20.md'), 'draft: true\n', ''),
    shows: (site) => expect(page(site, '2026/04/17/index.html')).toContain('/2026/04/20/'),
  },
  {
    name: 'a day deleted',
    change: () => rmSync(day('2026-04-21.md')),
    shows: (site) => {
      expect(existsSync(join(site, '2026/04/21/index.html'))).toBe(false);
      expect(page(site, '2026/04/22/index.html')).toContain('/2026/04/20/');
    },
  },
  {
    name: "a task added to an old day's Task Log, which moves every later task of its tag one place on",
    change: () =>
      replaceIn(
        day('2026-04-15.md'),
        'tasks:\n',
        'tasks:\n  - title: "Docs site: fix the broken anchor links in the API reference sidebar"\n    human: 1h\n    ai: 6m\n    supervision: 1m\n    tags: [docs]\n',
      ),
    shows: (site) => expect(page(site, '2026/04/15/index.html')).toContain('broken anchor links'),
  },
  {
    name: 'a day rewritten from .md to .yaml',
    change: () => {
      const text = readFileSync(day('2026-04-14.md'), 'utf8');
      const [, front = '', prose = ''] = text.split(/^---\n/m);
      const [intro = '', analysis = ''] = prose.split(/^(?=## Analysis)/m);
      const block = (markdown: string) =>
        markdown
          .trim()
          .split('\n')
          .map((line) => (line === '' ? '' : `  ${line}`))
          .join('\n');
      writeFileSync(day('2026-04-14.yaml'), `${front}intro: |\n${block(intro)}\nanalysis: |\n${block(analysis)}\n`);
      rmSync(day('2026-04-14.md'));
    },
    shows: (site) => expect(page(site, '2026/04/14/index.html')).toContain('constant-time comparison'),
  },
  {
    name: 'site.yaml: title',
    change: () => replaceIn(siteYaml(), 'title: Fulcrum Field Notes', 'title: Leverage Ledger'),
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toContain('Leverage Ledger'),
  },
  {
    name: 'site.yaml: description',
    change: () => replaceIn(siteYaml(), "description: One engineer's daily record", 'description: A daily record'),
    shows: (site) => expect(page(site, 'index.html')).toContain('A daily record of work done'),
  },
  {
    name: 'site.yaml: url',
    change: () => replaceIn(siteYaml(), 'url: https://fulcrum.example.com/', 'url: https://notes.example.net/log/'),
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toContain('https://notes.example.net/log/2026/04/22/'),
  },
  {
    name: 'site.yaml: language',
    change: () => replaceIn(siteYaml(), 'language: en', 'language: en-GB'),
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toContain('22 April 2026'),
  },
  {
    name: 'site.yaml: timeZone',
    change: () => replaceIn(siteYaml(), 'timeZone: Europe/Berlin', 'timeZone: America/New_York'),
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toContain('2026-04-22T12:00:00-04:00'),
  },
  {
    name: 'site.yaml: author.name',
    change: () => replaceIn(siteYaml(), 'name: Mara Lindqvist', 'name: Mara Lind'),
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toContain('Mara Lind<'),
  },
  {
    name: 'site.yaml: author.bio',
    change: () => replaceIn(siteYaml(), 'web products for small teams', 'web shops for small teams'),
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toContain('web shops for small teams'),
  },
  {
    name: 'site.yaml: icon',
    change: () => {
      writeFileSync(join(content, 'icon.svg'), ICON);
      writeFileSync(siteYaml(), `${readFileSync(siteYaml(), 'utf8')}icon: icon.svg\n`);
    },
    shows: (site) => expect(existsSync(join(site, 'favicon.svg'))).toBe(false),
  },
  {
    name: 'site.yaml: aiName',
    change: () => replaceIn(siteYaml(), 'aiName: Claude', 'aiName: Codex'),
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toContain('Codex'),
  },
  {
    name: 'site.yaml: disclaimer',
    change: () => replaceIn(siteYaml(), "the author's own estimates", 'my own estimates'),
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toContain('my own estimates'),
  },
  {
    name: 'site.yaml: footer.heading',
    change: () => replaceIn(siteYaml(), 'heading: Want this kind of leverage on your team?', 'heading: Work with me'),
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toContain('Work with me'),
  },
  {
    name: 'site.yaml: footer.body',
    change: () => replaceIn(siteYaml(), 'I help engineering teams', 'I coach engineering teams'),
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toContain('I coach engineering teams'),
  },
  {
    name: 'site.yaml: footer.link',
    change: () => replaceIn(siteYaml(), 'label: Book an introductory call', 'label: Write to me'),
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toContain('Write to me'),
  },
  {
    name: 'site.yaml: theme',
    change: () => writeFileSync(siteYaml(), `${readFileSync(siteYaml(), 'utf8')}theme:\n  accent: "#7a1f5c"\n`),
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toContain('#7a1f5c'),
  },
  {
    name: 'site.yaml: postsPerPage',
    change: () => replaceIn(siteYaml(), 'postsPerPage: 2', 'postsPerPage: 3'),
    // Nine published days: pages 1 to 3 of three days each.
    shows: (site) => {
      expect(existsSync(join(site, 'page/3/index.html'))).toBe(true);
      expect(existsSync(join(site, 'page/4/index.html'))).toBe(false);
    },
  },
  {
    name: 'site.yaml: tasksPerTagPage',
    change: () => replaceIn(siteYaml(), 'tasksPerTagPage: 3', 'tasksPerTagPage: 4'),
    shows: (site) => expect(page(site, 'tags/payments/page/1/index.html')).toContain('(tasks 1–4 counted from the first)'),
  },
  {
    name: 'site.yaml: feedItems',
    change: () => writeFileSync(siteYaml(), `${readFileSync(siteYaml(), 'utf8')}feedItems: 2\n`),
    shows: (site) => expect(page(site, 'rss.xml').match(/<item>/g)).toHaveLength(2),
  },
  {
    name: 'site.yaml: summary.template',
    change: () =>
      writeFileSync(siteYaml(), `${readFileSync(siteYaml(), 'utf8')}summary:\n  template: "{tasks.words} {tasks.noun} at {leverage}."\n`),
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toMatch(/ tasks at \d+\.\dx\./),
  },
  {
    name: 'site.yaml: summary.enabled',
    change: () => replaceIn(siteYaml(), 'summary:\n', 'summary:\n  enabled: false\n'),
    shows: (site) => expect(page(site, '2026/04/22/index.html')).not.toContain('data-summary'),
  },
  {
    name: 'another day added, on a numbered page of its own',
    change: () => writeFileSync(day('2026-04-27.md'), NEW_DAY.replace('2026-04-25', '2026-04-27').replaceAll('[billing]', '[payments]')),
    // Ten published days at three a page: the tenth opens page 4.
    shows: (site) => expect(page(site, 'page/4/index.html')).toContain('/2026/04/27/'),
  },
  {
    name: "a component of the author's own in place of Fulcrum's footer",
    change: () => inBothProjects(overrideFooter),
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toContain('Hand-made footer for Leverage Ledger'),
  },
  {
    name: "the author's component edited",
    change: () => inBothProjects((project) => replaceIn(join(project, 'src/components/MyFooter.astro'), 'Hand-made', 'Home-made')),
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toContain('Home-made footer for Leverage Ledger'),
  },
  {
    name: 'FULCRUM_URL, with a base path',
    change: () => undefined,
    url: 'https://preview.example.org/staging/',
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toContain('href="/staging/2026/04/20/"'),
  },
  {
    name: 'FULCRUM_URL unset again',
    change: () => undefined,
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toContain('https://notes.example.net/log/2026/04/22/'),
  },
  {
    name: "Fulcrum's code changed",
    change: () => inBothProjects((project) => replaceIn(join(project, 'src/lib/format.ts'), '1)}x`', '1)}×`')),
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toMatch(/\d\.\d×/),
  },
  {
    name: 'a dependency upgraded',
    change: () => inBothProjects(upgradeSlugger),
    shows: (site) => expect(page(site, '2026/04/22/index.html')).toContain('id="upgraded-analysis"'),
  },
];

/** A build that must succeed, run beside another (the two builds of a row share nothing but the content they read); its log. */
function buildBeside(build: SiteBuild & { out: string }): Promise<string> {
  const { file, args, cwd, env } = buildCommand(build);
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) =>
      status === 0 ? resolve(output) : reject(new Error(`the build of ${build.out} failed (status ${status}):\n${output}`)),
    );
  });
}

describe('each kind of change, built warm, publishes what a cold build of the same publishes', () => {
  let row = 0;
  for (const { name, change, url, args, skips = false, shows } of ROWS) {
    it(name, async () => {
      row += 1;
      change();
      const coldSite = join(work, 'rows', `${row}-cold`);
      const built = (project: string, out: string) =>
        buildBeside({ project, content, out, env: ENV, ...(url === undefined ? {} : { url }), ...(args === undefined ? {} : { args }) });
      // The cold copy starts from nothing each time: no cache of any kind, as after a fresh clone and npm ci.
      for (const cache of ['node_modules/.astro', 'node_modules/.cache', 'node_modules/.vite', '.astro'])
        rmSync(join(coldProject, cache), { recursive: true, force: true });
      const [warmLog] = await Promise.all([built(warmProject, warmRows()), built(coldProject, coldSite)]);
      expect(NOTHING_TO_BUILD.test(warmLog), warmLog).toBe(skips);
      shows(warmRows(), warmLog);
      expect(differences(coldSite, warmRows())).toEqual([]);
      rmSync(coldSite, { recursive: true, force: true });
    });
  }
});
