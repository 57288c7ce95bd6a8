/**
 * Drafts must stay unpublished however the build is started. Vite derives
 * import.meta.env.DEV from NODE_ENV, so an author whose shell exports
 * NODE_ENV=development once got the draft day 2026-04-20 published by
 * `npm run build`; so did `npm run build -- --mode development`. Each builds
 * into a folder of its own.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../support/site-build.ts';

let folder: string;
let out: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'fulcrum-drafts-'));
  out = builtSite({ command: 'astro', out: join(folder, 'dist'), env: { NODE_ENV: 'development' } });
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('a build run with NODE_ENV=development', () => {
  it('builds the published days', () => {
    expect(existsSync(`${out}/2026/04/22/index.html`)).toBe(true);
  });

  it('does not publish the draft day', () => {
    expect(existsSync(`${out}/2026/04/20`)).toBe(false);
    expect(readFileSync(`${out}/index.html`, 'utf8')).not.toContain('2026-04-20');
    expect(readFileSync(`${out}/rss.xml`, 'utf8')).not.toContain('2026/04/20');
  });
});

/** Every file below `dir` a reader or a feed reader gets as text (the search index is compressed, and tested in search.test.ts). */
function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    ['.html', '.xml', '.json', '.csv', '.txt'].includes(extname(file)),
  );
}

describe('npm run build -- --mode development', () => {
  let developmentOut: string;
  beforeAll(() => {
    developmentOut = builtSite({ out: join(folder, 'development'), args: ['--mode', 'development'] });
  });

  it('builds the published days', () => {
    expect(existsSync(`${developmentOut}/2026/04/22/index.html`)).toBe(true);
  });

  it('publishes nothing of the draft day: no page, card or open data, and no mention in any page, feed or sitemap', () => {
    expect(
      ['2026/04/20', 'og/2026-04-20.png', 'data/days/2026-04-20.json'].filter((path) => existsSync(join(developmentOut, path))),
    ).toEqual([]);
    // The draft's date in both forms, and words of its first task's title that no other day uses.
    const mentions = textFiles(developmentOut).filter((file) =>
      /2026-04-20|2026\/04\/20|native controls/.test(readFileSync(join(developmentOut, file), 'utf8')),
    );
    expect(mentions).toEqual([]);
    expect(textFiles(developmentOut)).toEqual(
      expect.arrayContaining(['index.html', 'rss.xml', 'atom.xml', 'feed.json', 'sitemap-0.xml', 'data/days.json', 'data/tasks.csv']),
    );
  });
});
