/**
 * What fulcrum() does under `npm run dev` only: the favicons answer at the
 * addresses the pages link (favicon.svg, not favicon.svg/), Astro's update
 * notice stays off, and the content errors reach the browser through a
 * middleware that a build never has.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { fileRoutesAsked, slashedFileRoute } from '../../src/astro/dev-server.ts';
import fulcrum from '../../src/astro/integration.ts';
import { PROJECT_ROOT } from '../support/npm-run.ts';

describe('slashedFileRoute', () => {
  const routes = fileRoutesAsked([
    '/404',
    '/favicon.[format]',
    '/og/[date].png',
    '/rss.xml',
    '/tags/[tag]/[...page]',
    '/[year]/[month]/[day]',
  ]);

  it('adds the slash Astro expects to a file whose extension is a parameter, as a browser asks for it', () => {
    expect(slashedFileRoute('/favicon.svg', routes)).toBe('/favicon.svg/');
    expect(slashedFileRoute('/favicon.ico?v=2', routes)).toBe('/favicon.ico/?v=2');
  });

  it('leaves every other address as it is', () => {
    for (const url of [
      '/favicon.svg/',
      '/og/2026-04-22.png',
      '/rss.xml',
      '/2026/04/22/',
      '/tags/billing/',
      '/favicon.',
      '/x/favicon.svg',
      '/',
    ]) {
      expect(slashedFileRoute(url, routes), url).toBe(url);
    }
  });
});

/** Runs fulcrum()'s setup hook as Astro would for `command`, in a project with no content; what it asked for. */
function setUp(command: 'dev' | 'build') {
  const root = mkdtempSync(join(tmpdir(), 'fulcrum-dev-setup-'));
  const middleware: { entrypoint: string | URL; order: string }[] = [];
  const hook = fulcrum().hooks['astro:config:setup'];
  const params = {
    command,
    config: {
      root: new URL(`file://${root}/`),
      srcDir: new URL(`file://${root}/src/`),
      publicDir: new URL(`file://${root}/public/`),
      integrations: [],
    },
    updateConfig: () => undefined,
    injectRoute: () => undefined,
    addMiddleware: (entry: { entrypoint: string | URL; order: 'pre' | 'post' }) => middleware.push(entry),
  };
  // The hook reads only the fields above; the cast stands in for the rest of Astro's setup options.
  void hook?.(params as unknown as Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0]);
  rmSync(root, { recursive: true, force: true });
  return { middleware };
}

describe("fulcrum()'s setup", () => {
  const before = process.env.ASTRO_DISABLE_UPDATE_CHECK;
  afterEach(() => {
    if (before === undefined) delete process.env.ASTRO_DISABLE_UPDATE_CHECK;
    else process.env.ASTRO_DISABLE_UPDATE_CHECK = before;
  });

  it('under astro dev, turns off the notice of a newer Astro (the version is pinned) and adds the error banner first', () => {
    delete process.env.ASTRO_DISABLE_UPDATE_CHECK;
    const { middleware } = setUp('dev');
    expect(process.env.ASTRO_DISABLE_UPDATE_CHECK).toBe('true');
    expect(middleware).toEqual([{ entrypoint: join(PROJECT_ROOT, 'src', 'astro', 'dev-error-banner.ts'), order: 'pre' }]);
  });

  it('for a build, does neither: no page of a build can carry the banner', () => {
    delete process.env.ASTRO_DISABLE_UPDATE_CHECK;
    expect(setUp('build').middleware).toEqual([]);
    expect(process.env.ASTRO_DISABLE_UPDATE_CHECK).toBeUndefined();
  });

  it('uses the variable Astro reads before it asks npm for its latest version', () => {
    const check = readFileSync(join(PROJECT_ROOT, 'node_modules/astro/dist/core/dev/update-check.js'), 'utf8');
    expect(check).toContain('process.env.ASTRO_DISABLE_UPDATE_CHECK !== "true"');
  });
});
