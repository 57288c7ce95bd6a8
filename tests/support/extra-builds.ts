/**
 * Clean builds of the sample site besides dist/ (and of a few content
 * folders), made once per test run and shared by the test files that need
 * them (see build-workspace.ts). Each build has an Astro cache of its own,
 * so nothing is carried over from an earlier build.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { arabicContent } from './arabic-site.ts';
import { builtSite, type SiteBuild } from './site-build.ts';

const SHIFTED_CLOCK = join(import.meta.dirname, 'shifted-clock.ts');

/** The address the extra builds are made for: a base path, the harder case. */
export const BLOG_URL = 'https://fulcrum.example.com/blog/';

/** The build `name` in the shared workspace, made by the first test file that asks for it. */
function sharedBuild(name: string, build: Omit<SiteBuild, 'out' | 'cacheDir'>): string {
  const folder = join(inject('buildWorkspace'), name);
  const out = join(folder, 'out');
  const done = join(folder, 'built');
  if (existsSync(done)) return out;
  builtSite({ ...build, out, cacheDir: join(folder, 'cache') });
  writeFileSync(done, '');
  return out;
}

/** The site built for https://fulcrum.example.com/blog/. */
export function blogBuild(): string {
  return sharedBuild('blog', { url: BLOG_URL, env: { TZ: 'UTC', LC_ALL: 'C.UTF-8' } });
}

/**
 * The same site built again on a machine that differs in every way the
 * output must not depend on: the clock reads 1,000 days later, the time zone
 * is UTC+14, the locale German, and the CI system sets a BASE_URL of its own
 * (Vite would let it override import.meta.env.BASE_URL).
 */
export function blogBuildElsewhen(): string {
  return sharedBuild('blog-elsewhen', {
    url: BLOG_URL,
    env: { TZ: 'Pacific/Kiritimati', LC_ALL: 'de_DE.UTF-8', NODE_OPTIONS: `--import=${SHIFTED_CLOCK}`, BASE_URL: '/' },
  });
}

/**
 * The site built from another content folder (FULCRUM_CONTENT), at the
 * address its own site.yaml gives: no FULCRUM_URL override.
 */
export function contentBuild(name: string, content: string): string {
  return sharedBuild(name, { content, env: { TZ: 'UTC', LC_ALL: 'C.UTF-8' } });
}

/** The Arabic site with the author's own icon (arabic-site.ts), its content kept in the shared workspace. */
export function arabicBuild(): string {
  const content = join(inject('buildWorkspace'), 'arabic-content');
  if (!existsSync(content)) renameSync(arabicContent(), content);
  return contentBuild('arabic', content);
}
