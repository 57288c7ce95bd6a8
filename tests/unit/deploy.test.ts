/**
 * The publishing set-up as a host reads it: the GitHub Pages workflow parsed
 * as YAML, and the cache rules of public/_headers applied as Cloudflare Pages
 * applies them (every rule whose path matches adds its headers; a header set
 * by two rules gets both values, joined by a comma).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CACHE_ROOT } from '../../src/lib/storage/content-cache.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

/** The files a `hashFiles(…)` expression hashes, in the order written. */
function hashedFiles(expression: string): string[] {
  const match = /^\$\{\{\s*hashFiles\((.*)\)\s*\}\}$/.exec(expression);
  if (!match) throw new Error(`not a hashFiles expression: ${expression}`);
  return (match[1] ?? '').split(',').map((argument) => argument.trim().replace(/^'(.*)'$/, '$1'));
}
interface Workflow {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; needs?: string; steps: Step[] }>;
}

describe('.github/workflows/deploy.yml', () => {
  // The shape is asserted below; the cast only names it.
  const workflow = parse(read('.github/workflows/deploy.yml')) as Workflow;
  const build = workflow.jobs['build']?.steps ?? [];
  const indexOf = (found: (step: Step) => boolean) => build.findIndex(found);

  it('runs on every push to main with the rights GitHub Pages asks for', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('installs, checks the content, tests and builds, in that order', () => {
    const commands = ['npm ci', 'npm run check', 'npm test', 'npm run build'].map((command) => indexOf((step) => step.run === command));
    expect(
      commands.every((index) => index >= 0),
      `steps: ${build.map((step) => step.run ?? step.uses).join(', ')}`,
    ).toBe(true);
    expect([...commands].sort((a, b) => a - b)).toEqual(commands);
    expect(new Set(commands).size).toBe(4);
  });

  it('runs the browser tests with the Chrome of the runner', () => {
    expect(build.find((step) => step.run === 'npm test')?.env?.['CHROMIUM_PATH']).toBe('/usr/bin/google-chrome');
  });

  it('sets up Node 24 before installing', () => {
    const setup = indexOf((step) => step.uses?.startsWith('actions/setup-node@') ?? false);
    expect(setup).toBeGreaterThanOrEqual(0);
    expect(build[setup]?.with?.['node-version']).toBe(24);
    expect(setup).toBeLessThan(indexOf((step) => step.run === 'npm ci'));
  });

  describe('the build caches', () => {
    const cacheSteps = build.filter((step) => step.uses?.startsWith('actions/cache@'));
    const cache = cacheSteps[0];
    const cacheAt = indexOf((step) => step === cache);
    const { path = '', key = '', 'restore-keys': restoreKeys = '' } = (cache?.with ?? {}) as Record<string, string>;
    const lines = (text: string) =>
      text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
    /** The key's parts: a name, the runner's system, the hash of the code, the hash of the content. */
    const parts = /^(fulcrum-build-\$\{\{ runner\.os \}\}-)(\$\{\{ hashFiles\(.*?\) \}\})-(\$\{\{ hashFiles\(.*?\) \}\})$/.exec(key);

    it('are restored by one actions/cache step, after npm ci (which deletes node_modules/) and before anything checks, tests or builds', () => {
      expect(cacheSteps).toHaveLength(1);
      expect(cacheAt).toBeGreaterThan(indexOf((step) => step.run === 'npm ci'));
      for (const command of ['npm run check', 'npm test', 'npm run build'])
        expect(cacheAt, command).toBeLessThan(indexOf((step) => step.run === command));
    });

    it("are Fulcrum's content cache and Astro's cache folder (its content store), where a build keeps them", async () => {
      expect(lines(path)).toEqual([CACHE_ROOT, 'node_modules/.astro']);
      // node_modules/.astro is Astro's cacheDir unless the configuration moves it.
      const config = (await import('../../astro.config.mjs')).default as { cacheDir?: string };
      expect(config.cacheDir).toBeUndefined();
      // Loading the configuration loads the integration and what it imports: seconds on a busy machine.
    }, 30_000);

    it("are keyed by the hash of Fulcrum's code and dependencies, then by the content's", () => {
      expect(parts, key).not.toBeNull();
      const [, , code = '', content = ''] = parts ?? [];
      expect(hashedFiles(code)).toEqual(['package.json', 'package-lock.json', 'astro.config.mjs', 'tsconfig.json', 'src/**', 'scripts/**']);
      expect(hashedFiles(content)).toEqual(['content/**']);
    });

    it('fall back only to a cache of the same code: a change of code or dependencies starts cold', () => {
      const [, name = '', code = ''] = parts ?? [];
      expect(lines(restoreKeys)).toEqual([`${name}${code}-`]);
    });
  });

  it('uploads dist/ after the build, and deploys it in a job that waits for the build', () => {
    const upload = indexOf((step) => step.uses?.startsWith('actions/upload-pages-artifact@') ?? false);
    expect(upload).toBeGreaterThan(indexOf((step) => step.run === 'npm run build'));
    expect(build[upload]?.with).toEqual({ path: 'dist' });
    expect(workflow.jobs['deploy']?.needs).toBe('build');
    expect(workflow.jobs['deploy']?.steps.map((step) => step.uses)).toEqual([expect.stringMatching(/^actions\/deploy-pages@/)]);
  });
});

describe('.ci/run', () => {
  const script = read('.ci/run');
  const commands = script
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))
    .join('\n')
    .replaceAll('\\\n', ' ');

  it('installs nothing with apt: npm brings the browser', () => {
    expect(commands).not.toMatch(/apt(-get)?\b/);
    expect(commands).toContain('npm ci');
    expect(commands).toContain('\nnpm test\n');
  });

  it('runs every browser test file a second time with the system browser ignored', () => {
    const browserTests = readdirSync(new URL('../site', import.meta.url))
      .filter((name) => read(`tests/site/${name}`).includes("from '../support/browser.ts'"))
      .map((name) => `tests/site/${name}`);
    expect(browserTests.length).toBeGreaterThanOrEqual(3);
    const second = commands.split('\n').find((line) => line.startsWith('FULCRUM_IGNORE_SYSTEM_BROWSER=1 npx vitest run'));
    expect(
      second
        ?.split(/\s+/)
        .filter((word) => word.startsWith('tests/'))
        .sort(),
    ).toEqual(browserTests.sort());
  });
});

describe('public/_headers', () => {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of read('public/_headers').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] });
      continue;
    }
    const [name = '', ...value] = line.trim().split(':');
    rules.at(-1)?.headers.push([name.toLowerCase(), value.join(':').trim()]);
  }
  /** Every Cache-Control value the rules give a path; more than one means the host joins them. */
  const cacheControl = (path: string) =>
    rules
      .filter(({ pattern }) => pattern.test(path))
      .flatMap(({ headers }) => headers.filter(([name]) => name === 'cache-control').map(([, value]) => value));
  const maxAge = (value: string) => Number(/max-age=(\d+)/.exec(value)?.[1]);

  it('caches the content-hashed files under _astro/ for a year, immutable, and nothing joins that', () => {
    expect(cacheControl('/_astro/Base.pZLe5nWQ.css')).toEqual(['public, max-age=31536000, immutable']);
  });

  it.each([
    '/',
    '/page/2/',
    '/2026/04/22/',
    '/404.html',
    '/search/',
    '/rss.xml',
    '/atom.xml',
    '/feed.json',
    '/sitemap-index.xml',
    '/data/days.json',
  ])('keeps %s short: the host default (max-age=0, must-revalidate) or at most five minutes', (path) => {
    const values = cacheControl(path);
    expect(values.length).toBeLessThanOrEqual(1);
    for (const value of values) expect(maxAge(value)).toBeLessThanOrEqual(300);
  });

  it.each([
    ['/pagefind/pagefind-entry.json', 3600],
    ['/og/2026-04-22.png', 86400],
  ])('gives %s one rule of %i seconds', (path, seconds) => {
    expect(cacheControl(path).map(maxAge)).toEqual([seconds]);
  });
});
