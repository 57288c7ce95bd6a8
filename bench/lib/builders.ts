/**
 * The three builders measured side by side. Each knows where it reads the
 * posts, how to forget every cache (a cold build starts from nothing), the
 * command that builds it, and where its output lands.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { CACHE_ROOT } from '../../src/lib/storage/content-cache.ts';
import type { BenchContent } from './content.ts';
import { ELEVENTY_POSTS, eleventyFiles } from './eleventy.ts';
import type { Command } from './measure.ts';
import { installedVersion, replaceFolder, setUpProject } from './project.ts';
import { starterFiles } from './starter.ts';

export type BuilderId = 'fulcrum' | 'starter' | 'eleventy';

export interface Builder {
  id: BuilderId;
  label: string;
  /** Where the built site lands. */
  outDir: string;
  /** Feed files to weigh, relative to outDir. */
  feeds: string[];
  /** Points the builder at one size's content (once per size, not timed). */
  load(content: BenchContent): void;
  /** Deletes the output and every cache the builder keeps. */
  clean(): void;
  command(): Command;
  /** The command as a reader would type it, for results.md. */
  describe(): string;
}

function remove(...paths: string[]): void {
  for (const path of paths) rmSync(path, { recursive: true, force: true });
}

/** The environment of a build as an author's shell has it (no test runner's NODE_ENV). */
function buildEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_ENV: _runner, FULCRUM_URL: _preview, FULCRUM_CONTENT: _content, ...env } = process.env;
  return { ...env, ...extra };
}

/**
 * Fulcrum is measured doing what `npm run build` does, minus npm's own
 * start-up: the package's build script run by a shell, with the output
 * folder moved from dist/ to ours (so the repository's dist/ is untouched)
 * and `options` after it.
 */
function fulcrumShellCommand(script: string, outDir: string, options: readonly string[]): string {
  const quoted = `'${outDir.replace(/'/g, `'\\''`)}'`;
  const added = [`--outDir ${quoted}`, ...options].join(' ');
  return script
    .replace(/\bastro build\b(?![^&;|]*--outDir)/g, `astro build ${added}`)
    .replace(/\bbin\/fulcrum\.ts build\b(?![^&;|]*--outDir)/g, `bin/fulcrum.ts build ${added}`)
    .replace(/(?<=\s)\.?\/?dist\/?(?=\s|$|;|&)/g, quoted);
}

/** `options`: more of `npm run build`'s options, as `--verbose` for Astro's line per route. */
export function fulcrumBuilder(repo: string, work: string, options: readonly string[] = []): Builder {
  const outDir = join(work, 'out', 'fulcrum');
  const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const script = manifest.scripts?.build;
  if (!script) throw new Error('package.json has no build script');
  const shellCommand = fulcrumShellCommand(script, outDir, options);
  let contentDir = '';
  return {
    id: 'fulcrum',
    label: 'Fulcrum',
    outDir,
    feeds: ['rss.xml', 'atom.xml', 'feed.json'],
    load: (content) => {
      contentDir = content.fulcrum;
    },
    clean: () =>
      remove(
        outDir,
        join(repo, '.astro'),
        join(repo, 'node_modules', '.astro'),
        join(repo, 'node_modules', '.vite'),
        join(repo, CACHE_ROOT),
      ),
    command: () => ({
      file: 'sh',
      args: ['-c', shellCommand],
      cwd: repo,
      env: buildEnv({
        FULCRUM_CONTENT: contentDir,
        PATH: [join(repo, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter),
      }),
    }),
    describe: () => `FULCRUM_CONTENT=… sh -c "${shellCommand.replaceAll(outDir, '<out>')}" (package.json build: \`${script}\`)`,
  };
}

export function starterBuilder(repo: string, work: string): Builder {
  const dir = join(work, 'astro-blog');
  const versions = {
    astro: installedVersion(repo, 'astro'),
    rss: installedVersion(repo, '@astrojs/rss'),
    sitemap: installedVersion(repo, '@astrojs/sitemap'),
  };
  setUpProject(dir, starterFiles(versions));
  const astro = join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return {
    id: 'starter',
    label: 'Astro blog starter',
    outDir: join(dir, 'dist'),
    feeds: ['rss.xml'],
    load: (content) => replaceFolder(content.posts, join(dir, 'src', 'content', 'blog')),
    clean: () => remove(join(dir, 'dist'), join(dir, '.astro'), join(dir, 'node_modules', '.astro'), join(dir, 'node_modules', '.vite')),
    command: () => ({ file: process.execPath, args: [astro, 'build'], cwd: dir, env: buildEnv({}) }),
    describe: () => 'astro build',
  };
}

export function eleventyBuilder(work: string): Builder {
  const dir = join(work, 'eleventy');
  const files = eleventyFiles();
  setUpProject(dir, files);
  const eleventy = join(dir, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
  const postsData = `${ELEVENTY_POSTS}/posts.json`;
  return {
    id: 'eleventy',
    label: 'Eleventy',
    outDir: join(dir, '_site'),
    feeds: [],
    load: (content) => {
      replaceFolder(content.posts, join(dir, ELEVENTY_POSTS));
      writeFileSync(join(dir, postsData), files[postsData] ?? '');
    },
    clean: () => remove(join(dir, '_site'), join(dir, '.cache'), join(dir, 'node_modules', '.cache')),
    command: () => ({ file: process.execPath, args: [eleventy], cwd: dir, env: buildEnv({}) }),
    describe: () => 'eleventy',
  };
}
