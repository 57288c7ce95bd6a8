/**
 * Fulcrum as an author adopts it: packed with `npm pack`, `fulcrum init`
 * run from the tarball, installed from it into the new project (its
 * dependencies from the registry or npm's cache), then `npm run check` and
 * `npm run build` there on days this test writes. Then the author's own
 * stylesheet and footer, mistakes in the integration's options, and an
 * upgrade to a second version that must change the site and none of the
 * author's files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/npm-run.ts';
import { authorEnvironment, copyProject } from '../support/site-build.ts';

const work = mkdtempSync(join(tmpdir(), 'fulcrum-package-'));
const blog = join(work, 'my-blog');
const tarball = join(work, 'fulcrum.tgz');

/** `npm pack` of the project in `folder`, as the one tarball the author installs from. */
function pack(folder: string): void {
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
    cwd: folder,
    encoding: 'utf8',
    env: authorEnvironment(),
  })
    .trim()
    .split('\n')
    .at(-1);
  renameSync(join(work, name ?? ''), tarball);
}

interface Run {
  status: number | null;
  output: string;
}

/** A command in the author's project, as they would type it. */
function run(command: string, args: readonly string[]): Run {
  const result = spawnSync(command, args, { cwd: blog, env: authorEnvironment(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function install(): void {
  const { status, output } = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '../fulcrum.tgz']);
  if (status !== 0) throw new Error(`npm install failed:\n${output}`);
}

/** The files (not folders) below the author's project, leaving out what npm and the build put there. */
function projectFiles(): string[] {
  return (
    readdirSync(blog, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(blog, join(entry.parentPath, entry.name)))
      // What the project's .gitignore leaves out (npm's and the build's folders, Astro's generated .astro/) and npm's record of what it installed.
      .filter((path) => !['node_modules', 'dist', '.astro', 'package-lock.json'].includes(path.split(/[\\/]/)[0] ?? ''))
      .sort()
  );
}

/** Every file the author owns, with its bytes (package-lock.json is npm's record of what it installed). */
function authorFiles(): Map<string, string> {
  return new Map(projectFiles().map((path) => [path, readFileSync(join(blog, path), 'latin1')]));
}

const page = (path: string) => readFileSync(join(blog, 'dist', path), 'utf8');

/** Two days of the test's own, with figures worked out by hand: 2h in 10m is 12.0x, 45m in 5m is 9.0x; the day, 165m in 15m, 11.0x. */
const DAY_ONE = `---
date: 2026-05-04
title: Invoices and a flaky test
tasks:
  - title: Invoice export to CSV
    human: 2h
    ai: 10m
    supervision: 4m
  - title: Fix the flaky login test
    human: 45m
    ai: 5m
    supervision: 1m
---
Two tasks for the billing team.
`;
const DAY_TWO = `---
date: 2026-05-05
tasks:
  - title: Upgrade the date library
    human: 3h
    ai: 20m
    supervision: 6m
---
One larger upgrade.
`;

function writeDays(): void {
  const days = join(blog, 'content', 'days');
  for (const file of readdirSync(days)) rmSync(join(days, file));
  writeFileSync(join(days, '2026-05-04.md'), DAY_ONE);
  writeFileSync(join(days, '2026-05-05.md'), DAY_TWO);
}

function writeConfig(options: string): void {
  writeFileSync(
    join(blog, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport fulcrum from 'fulcrum';\n\nexport default defineConfig({ integrations: [fulcrum(${options})] });\n`,
  );
}

let init: Run;
let check: Run;
let build: Run;
let filesAfterInit: string[];

beforeAll(() => {
  pack(PROJECT_ROOT);
  const unpacked = join(work, 'unpacked');
  mkdirSync(unpacked);
  execFileSync('tar', ['xzf', tarball, '-C', unpacked]);
  // The command as the package ships it, compiled, run before anything is installed.
  const result = spawnSync(process.execPath, [join(unpacked, 'package/compiled/bin/fulcrum.js'), 'init', 'my-blog'], {
    cwd: work,
    encoding: 'utf8',
  });
  init = { status: result.status, output: `${result.stdout}${result.stderr}` };
  filesAfterInit = projectFiles();
  install();
  writeDays();
  check = run('npm', ['run', 'check']);
  build = run('npm', ['run', 'build']);
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a new author project', () => {
  it('is written by fulcrum init from the tarball, and holds none of Fulcrum’s sources, tests or benchmark', () => {
    expect(init.status).toBe(0);
    const date = new Date().toISOString().slice(0, 10);
    expect(filesAfterInit).toEqual(
      [
        '.github/workflows/deploy.yml',
        '.gitignore',
        'README.md',
        'astro.config.mjs',
        `content/days/${date}.md`,
        'content/site.yaml',
        'package.json',
        'public/_headers',
        'src/content.config.ts',
      ].sort(),
    );
    expect(readFileSync(join(blog, 'src/content.config.ts'), 'utf8')).toBe("export { collections } from 'fulcrum/collections';\n");
    const manifest = JSON.parse(readFileSync(join(blog, 'package.json'), 'utf8'));
    expect(manifest.scripts).toEqual({
      new: 'fulcrum new',
      check: 'fulcrum check',
      dev: 'fulcrum dev',
      build: 'fulcrum build',
      import: 'fulcrum import',
    });
    // Its deploy workflow checks and builds; it never runs Fulcrum's own tests.
    expect(readFileSync(join(blog, '.github/workflows/deploy.yml'), 'utf8')).not.toMatch(/npm test/);
  });

  it('checks the days the author wrote', () => {
    expect(check).toEqual({
      status: 0,
      output: expect.stringContaining('Checked 2 days with 3 tasks, 2026-05-04 to 2026-05-05: no problems.'),
    });
  });

  it('builds posts, feeds, cards and the search index from them', () => {
    expect(build.status, build.output).toBe(0);
    const post = page('2026/05/04/index.html');
    expect(post).toContain('Invoice export to CSV');
    expect(post).toContain('12.0x');
    expect(post).toContain('11.0x');
    for (const file of [
      'index.html',
      'rss.xml',
      'atom.xml',
      'feed.json',
      'og/2026-05-04.png',
      'og/2026-05-05.png',
      'pagefind/pagefind-entry.json',
      'sitemap-index.xml',
    ]) {
      expect(existsSync(join(blog, 'dist', file)), file).toBe(true);
    }
    expect(page('rss.xml')).toContain('Upgrade the date library');
  });

  it('writes a new day whose schema comment leads editors to the installed package’s JSON Schema', () => {
    const written = run('npm', ['run', '-s', 'new', '--', '2026-05-06', '--yaml']);
    expect(written).toEqual({ status: 0, output: 'content/days/2026-05-06.yaml\n' });
    const text = readFileSync(join(blog, 'content/days/2026-05-06.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../node_modules/fulcrum/schemas/day.schema.json');
    expect(existsSync(join(blog, 'node_modules/fulcrum/schemas/day.schema.json'))).toBe(true);
    rmSync(join(blog, 'content/days/2026-05-06.yaml'));
  });

  it('keeps its build caches inside the installed package’s project, keyed by Fulcrum’s code', () => {
    for (const cache of ['prepared', 'post-bodies', 'cards']) {
      expect(readdirSync(join(blog, 'node_modules/.cache/fulcrum', cache)), cache).toHaveLength(1);
    }
  });
});

describe('customising without forking', () => {
  it('adds the author’s stylesheet and replaces the footer with the author’s component', () => {
    mkdirSync(join(blog, 'src/styles'), { recursive: true });
    mkdirSync(join(blog, 'src/components'), { recursive: true });
    writeFileSync(join(blog, 'src/styles/brand.css'), '.brand-mark { letter-spacing: 0.31em; }\n');
    writeFileSync(
      join(blog, 'src/components/MyFooter.astro'),
      '---\nimport type { FooterProps } from \'fulcrum/components\';\ntype Props = FooterProps;\nconst { site } = Astro.props;\n---\n<footer class="brand-mark">Hand-made footer for {site.title}</footer>\n',
    );
    writeConfig("{ customCss: ['./src/styles/brand.css'], components: { Footer: './src/components/MyFooter.astro' } }");
    const built = run('npm', ['run', 'build']);
    expect(built.status, built.output).toBe(0);
    const home = page('index.html');
    expect(home).toContain('<footer class="brand-mark">Hand-made footer for My Leverage Log</footer>');
    expect(home).not.toContain('built with Fulcrum');
    const css = readdirSync(join(blog, 'dist/_astro')).filter((file) => file.endsWith('.css'));
    expect(css.map((file) => readFileSync(join(blog, 'dist/_astro', file), 'utf8')).join('')).toMatch(
      /\.brand-mark\{letter-spacing:\.31em\}/,
    );
  });

  it('names the option and the file when an option is misspelt or an override is missing, with no stack trace', () => {
    writeConfig("{ customCSS: ['./src/styles/brand.css'] }");
    const misspelt = run('npm', ['run', 'build']);
    expect(misspelt.status).not.toBe(0);
    expect(misspelt.output).toContain('astro.config.mjs: fulcrum(): unknown option "customCSS"; did you mean customCss?');
    writeConfig("{ components: { Footer: './src/components/Missing.astro' } }");
    const missing = run('npm', ['run', 'build']);
    expect(missing.status).not.toBe(0);
    expect(missing.output).toContain('astro.config.mjs: fulcrum() components.Footer: "./src/components/Missing.astro" is not a file');
    for (const output of [misspelt.output, missing.output]) expect(output).not.toMatch(/^\s+at /m);
    // The last good site is still there.
    expect(page('index.html')).toContain('Hand-made footer');
  });

  it('refuses an author page that would take the address of one of Fulcrum’s, naming both', () => {
    writeConfig('');
    mkdirSync(join(blog, 'src/pages'), { recursive: true });
    writeFileSync(join(blog, 'src/pages/about.astro'), '<p>About me</p>\n');
    writeFileSync(join(blog, 'src/pages/rss.xml.ts'), "export const GET = () => new Response('mine');\n");
    const clash = run('npm', ['run', 'build']);
    expect(clash.status).not.toBe(0);
    expect(clash.output).toContain("src/pages/rss.xml.ts makes the address /rss.xml, which is Fulcrum's own page (/rss.xml)");
    rmSync(join(blog, 'src/pages/rss.xml.ts'));
    const built = run('npm', ['run', 'build']);
    expect(built.status, built.output).toBe(0);
    expect(page('about/index.html')).toContain('About me');
    expect(page('rss.xml')).toContain('Upgrade the date library');
  });
});

describe('an upgrade', () => {
  it('brings a new version’s change with npm install, and leaves every file the author owns as it was', () => {
    const next = copyProject();
    const manifest = JSON.parse(readFileSync(join(next, 'package.json'), 'utf8'));
    writeFileSync(join(next, 'package.json'), `${JSON.stringify({ ...manifest, version: '99.0.0' }, null, 2)}\n`);
    const header = join(next, 'src/astro/components/Header.astro');
    const source = readFileSync(header, 'utf8');
    expect(source).toContain("label: 'Stats'");
    writeFileSync(header, source.replace("label: 'Stats'", "label: 'Dashboard'"));
    pack(next);
    rmSync(next, { recursive: true, force: true });
    const before = authorFiles();
    const cacheBefore = readdirSync(join(blog, 'node_modules/.cache/fulcrum/prepared'));
    install();
    const built = run('npm', ['run', 'build']);
    expect(built.status, built.output).toBe(0);
    expect(page('index.html')).toContain('>Dashboard</a>');
    expect(run('npx', ['fulcrum', '--version']).output.trim()).toBe('99.0.0');
    expect(authorFiles()).toEqual(before);
    // The new version's code keys new cache entries; the old version's are gone.
    const cacheAfter = readdirSync(join(blog, 'node_modules/.cache/fulcrum/prepared'));
    expect(cacheAfter).toHaveLength(1);
    expect(cacheAfter).not.toEqual(cacheBefore);
  });
});

it('leaves no tarball behind in the project it packed', () => {
  expect(readdirSync(PROJECT_ROOT).filter((name) => name.endsWith('.tgz'))).toEqual([]);
});
