/** What the dev server leaves unwatched: what a build writes, and nothing of the site's sources. */
import { describe, expect, it } from 'vitest';
import { isBuildOutput } from '../../src/lib/storage/build-output.ts';

const OUT = ['/blog/dist', '/blog/public-site'];

describe('isBuildOutput', () => {
  it('is true for the output folders, everything in them, and what a build writes beside them', () => {
    const output = [
      '/blog/dist',
      '/blog/dist/2026/04/22/index.html',
      '/blog/public-site/rss.xml',
      '/blog/.dist-tmp-4242',
      '/blog/.dist-tmp-4242/2026/04/22/index.html',
      '/blog/.dist-search-4242/pagefind-entry.json',
      '/blog/.dist-old-17/index.html',
      '/blog/.dist-drop-17/og/2026-04-22.png',
      '/blog/dist/.dist-keep-9/index.html',
      '/blog/dist/.dist-kept-9',
      '/blog/.dist-lock',
      '/blog/.dist-lock-reap',
      // --outDir build/site
      '/blog/build/.site-tmp-4242/index.html',
      '/blog/build/.site-lock',
    ];
    expect(output.filter((path) => !isBuildOutput(path, OUT))).toEqual([]);
  });

  it('is false for the sources, the content and look-alikes', () => {
    const sources = [
      '/blog/src/pages/about.astro',
      '/blog/content/days/2026-04-22.md',
      '/blog/distant/index.html',
      '/blog/dist-notes.md',
      '/blog/.dist-tmp',
      '/blog/.dist-tmp-4242.md',
      '/blog/.dist-temp-4242/index.html',
      '/blog/content/days/.2026-04-22.md.4242-1.tmp',
    ];
    expect(sources.filter((path) => isBuildOutput(path, OUT))).toEqual([]);
  });
});
