/**
 * Clean builds of the sample site besides dist/, made once per test run and
 * shared by the test files that need them (see build-workspace.ts). Each
 * build gets its own Astro cache folder, so nothing is carried over from an
 * earlier build: Astro keeps its content store and incremental-build state
 * in the cache (node_modules/.astro by default).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { inject } from 'vitest';
import { arabicContent } from './arabic-site.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const SHIFTED_CLOCK = join(import.meta.dirname, 'shifted-clock.ts');

/** The address the extra builds are made for: a base path, the harder case. */
export const BLOG_URL = 'https://fulcrum.example.com/blog/';

/**
 * Variables a Vitest worker sets that `npm run build` would not see. Astro
 * lets BASE_URL, DEV and MODE from the environment override its own
 * (BASE_URL=/ drops the base path from our links, DEV=1 publishes drafts).
 */
const RUNNER_VARIABLES = /^(VITEST.*|TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|FULCRUM_.*)$/;

function cleanBuild(name: string, env: Record<string, string>): string {
  const folder = join(inject('buildWorkspace'), name);
  const out = join(folder, 'out');
  const done = join(folder, 'built');
  if (existsSync(done)) return out;
  mkdirSync(folder, { recursive: true });
  // A config of our own that only moves the cache; Astro resolves --config against the project root.
  const config = join(folder, 'astro.config.mjs');
  writeFileSync(
    config,
    `import config from ${JSON.stringify(join(ROOT, 'astro.config.mjs'))};\n` +
      `export default { ...config, cacheDir: ${JSON.stringify(join(folder, 'cache/'))} };\n`,
  );
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !RUNNER_VARIABLES.test(key)));
  execFileSync(process.execPath, [ASTRO, 'build', '--silent', '--config', relative(ROOT, config), '--outDir', out], {
    cwd: ROOT,
    env: { ...inherited, FULCRUM_URL: BLOG_URL, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // As `npm run build` does, index the built pages for search.
  execFileSync(process.execPath, [join(ROOT, 'scripts/search-index.ts'), out], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  writeFileSync(done, '');
  return out;
}

/** The site built for https://fulcrum.example.com/blog/. */
export function blogBuild(): string {
  return cleanBuild('blog', { TZ: 'UTC', LC_ALL: 'C.UTF-8' });
}

/**
 * The same site built again on a machine that differs in every way the
 * output must not depend on: the clock reads 1,000 days later, the time zone
 * is UTC+14, the locale German, and the CI system sets a BASE_URL of its own
 * (Vite would let it override import.meta.env.BASE_URL).
 */
export function blogBuildElsewhen(): string {
  return cleanBuild('blog-elsewhen', {
    TZ: 'Pacific/Kiritimati',
    LC_ALL: 'de_DE.UTF-8',
    NODE_OPTIONS: `--import=${SHIFTED_CLOCK}`,
    BASE_URL: '/',
  });
}

/**
 * The site built from another content folder (FULCRUM_CONTENT), at the
 * address its own site.yaml gives: no FULCRUM_URL override.
 */
export function contentBuild(name: string, content: string): string {
  return cleanBuild(name, { FULCRUM_CONTENT: content, FULCRUM_URL: '', TZ: 'UTC', LC_ALL: 'C.UTF-8' });
}

/** The Arabic site with the author's own icon (arabic-site.ts), its content kept in the shared workspace. */
export function arabicBuild(): string {
  const content = join(inject('buildWorkspace'), 'arabic-content');
  if (!existsSync(content)) renameSync(arabicContent(), content);
  return contentBuild('arabic', content);
}
