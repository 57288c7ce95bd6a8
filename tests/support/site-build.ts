/**
 * Building a site for a test, the one way every test does it: the sample
 * content or a content folder of its own, at the address site.yaml gives or
 * another, in an author's environment (none of the variables a Vitest worker
 * sets), by `npm run build` as an author runs it (the check first, then
 * Astro, the search index and the swap into the output folder) or, for tests
 * of what Astro does on its own, by `astro build` alone.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PROJECT_ROOT, SAMPLE_CONTENT, type CommandResult } from './npm-run.ts';

export interface SiteBuild {
  /** The content folder (FULCRUM_CONTENT); the sample site's fixture when absent (never the project's content/). */
  content?: string;
  /** The site's address (FULCRUM_URL); the url in site.yaml when absent. */
  url?: string;
  /** The folder to build into (--outDir); the project's dist/ when absent. */
  out?: string;
  /** More arguments, as an author would type them after `npm run build --`. */
  args?: string[];
  /** Variables an author's shell might set: TZ, LC_ALL, NODE_ENV, NODE_OPTIONS… */
  env?: Record<string, string>;
  /** The project to build, a copy from copyProject(); this one when absent. */
  project?: string;
  /** `npm run build` (the default), or `astro build` alone, which skips the check and the swap (the integration writes the search index after the pages). */
  command?: 'npm' | 'astro';
  /**
   * A folder for Astro's cache, so nothing carries over from an earlier
   * build: Astro keeps its content store and incremental-build state there
   * (node_modules/.astro by default).
   */
  cacheDir?: string;
}

/** How a build is started: for tests that start it themselves (to kill it, or to run two at once). */
export interface BuildCommand {
  file: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/**
 * Variables a Vitest worker sets that an author's shell would not. Astro lets
 * BASE_URL, DEV and MODE from the environment override its own (BASE_URL=/
 * drops the base path from our links, DEV=1 publishes drafts); NODE_ENV=test
 * makes import.meta.env.DEV true; a developer's own FULCRUM_URL would move
 * the site.
 */
const RUNNER_VARIABLES = /^(VITEST.*|TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|FULCRUM_.*)$/;

/** The environment as an author's shell has it: this process's, without what Vitest sets. */
export function authorEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !RUNNER_VARIABLES.test(key)));
}

/** A config of our own that only moves Astro's cache; Astro resolves --config against the project folder. */
export function configWithCache(project: string, cacheDir: string): string {
  mkdirSync(cacheDir, { recursive: true });
  const config = join(cacheDir, 'astro.config.mjs');
  writeFileSync(
    config,
    `import config from ${JSON.stringify(join(project, 'astro.config.mjs'))};\n` +
      `export default { ...config, cacheDir: ${JSON.stringify(join(cacheDir, 'astro/'))} };\n`,
  );
  return relative(project, config);
}

export function buildCommand(build: SiteBuild = {}): BuildCommand {
  const cwd = build.project ?? PROJECT_ROOT;
  const args = [
    ...(build.out === undefined ? [] : ['--outDir', build.out]),
    ...(build.cacheDir === undefined ? [] : ['--config', configWithCache(cwd, build.cacheDir)]),
    ...(build.args ?? []),
  ];
  const env = {
    ...authorEnvironment(),
    FULCRUM_CONTENT: build.content ?? SAMPLE_CONTENT,
    ...(build.url === undefined ? {} : { FULCRUM_URL: build.url }),
    ...build.env,
  };
  if (build.command === 'astro') {
    return { file: process.execPath, args: [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], cwd, env };
  }
  return { file: 'npm', args: ['run', '--silent', 'build', ...(args.length > 0 ? ['--', ...args] : [])], cwd, env };
}

/** Builds and reports how it went, as the author's terminal would show it. */
export function buildSite(build: SiteBuild = {}): CommandResult {
  const { file, args, cwd, env } = buildCommand(build);
  const result = spawnSync(file, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Builds a site that must build, and returns its folder; a failed build fails the test with its output. */
export function builtSite(build: SiteBuild & { out: string }): string {
  const { status, stdout, stderr } = buildSite(build);
  if (status !== 0) throw new Error(`the build of ${build.out} failed (status ${status}):\n${stdout}${stderr}`);
  return build.out;
}

/** What copyProject copies: everything a build reads and a package ships, besides node_modules. */
const COPIED = [
  'src',
  'bin',
  'scripts',
  'content',
  'schemas',
  'docs',
  'README.md',
  'CHANGELOG.md',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
];

/** The build caches that live in node_modules: Fulcrum's content cache (.cache/fulcrum), Astro's cacheDir (.astro) and Vite's (.vite). */
const CACHES_IN_NODE_MODULES = new Set(['.cache', '.astro', '.vite']);

/**
 * A throwaway copy of the project (sources, scripts, config and sample
 * content; node_modules linked, not copied) for tests that must change code
 * or build into its own dist/ without disturbing the real one. With
 * `ownCaches`, its node_modules is a folder of links to each installed
 * package instead, so the build caches kept in node_modules start empty and
 * belong to the copy alone: for tests of what a build does with its caches.
 */
export function copyProject({ ownCaches = false }: { ownCaches?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-project-'));
  for (const entry of COPIED) cpSync(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
  const modules = join(PROJECT_ROOT, 'node_modules');
  if (!ownCaches) {
    symlinkSync(modules, join(dir, 'node_modules'), 'dir');
    return dir;
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (!CACHES_IN_NODE_MODULES.has(entry)) symlinkSync(join(modules, entry), join(dir, 'node_modules', entry));
  }
  return dir;
}
