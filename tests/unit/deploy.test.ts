/**
 * The publishing set-up as a host reads it: the GitHub Pages workflow parsed
 * as YAML, and the cache rules of public/_headers applied as Cloudflare Pages
 * applies them (every rule whose path matches adds its headers; a header set
 * by two rules gets both values, joined by a comma).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
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
    expect(commands.every((index) => index >= 0), `steps: ${build.map((step) => step.run ?? step.uses).join(', ')}`).toBe(true);
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
  const commands = script.split('\n').filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#')).join('\n').replaceAll('\\\n', ' ');

  it('installs nothing with apt: npm brings the browser', () => {
    expect(commands).not.toMatch(/apt(-get)?\b/);
    expect(commands).toContain('npm ci');
    expect(commands).toContain('\nnpm test\n');
  });

  it('runs every browser test file a second time with the system browser ignored', () => {
    const browserTests = readdirSync(new URL('../site/', import.meta.url))
      .filter((name) => read(`tests/site/${name}`).includes("from '../support/browser.ts'"))
      .map((name) => `tests/site/${name}`);
    expect(browserTests.length).toBeGreaterThanOrEqual(3);
    const second = commands.split('\n').find((line) => line.startsWith('FULCRUM_IGNORE_SYSTEM_BROWSER=1 npx vitest run'));
    expect(second?.split(/\s+/).filter((word) => word.startsWith('tests/')).sort()).toEqual(browserTests.sort());
  });
});

describe('public/_headers', () => {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of read('public/_headers').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] });
      continue;
    }
    const [name = '', ...value] = line.trim().split(':');
    rules.at(-1)?.headers.push([name.toLowerCase(), value.join(':').trim()]);
  }
  /** Every Cache-Control value the rules give a path; more than one means the host joins them. */
  const cacheControl = (path: string) =>
    rules.filter(({ pattern }) => pattern.test(path)).flatMap(({ headers }) => headers.filter(([name]) => name === 'cache-control').map(([, value]) => value));
  const maxAge = (value: string) => Number(/max-age=(\d+)/.exec(value)?.[1]);

  it('caches the content-hashed files under _astro/ for a year, immutable, and nothing joins that', () => {
    expect(cacheControl('/_astro/Base.pZLe5nWQ.css')).toEqual(['public, max-age=31536000, immutable']);
  });

  it.each(['/', '/page/2/', '/2026/04/22/', '/404.html', '/search/', '/rss.xml', '/atom.xml', '/feed.json', '/sitemap-index.xml', '/data/days.json'])(
    'keeps %s short: the host default (max-age=0, must-revalidate) or at most five minutes',
    (path) => {
      const values = cacheControl(path);
      expect(values.length).toBeLessThanOrEqual(1);
      for (const value of values) expect(maxAge(value)).toBeLessThanOrEqual(300);
    },
  );

  it.each([
    ['/pagefind/pagefind-entry.json', 3600],
    ['/og/2026-04-22.png', 86400],
  ])('gives %s one rule of %i seconds', (path, seconds) => {
    expect(cacheControl(path).map(maxAge)).toEqual([seconds]);
  });
});
