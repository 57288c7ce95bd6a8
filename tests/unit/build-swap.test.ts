/** The build's output folder is replaced in one step, and only by a finished build. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBuildArgs } from '../../src/cli/build.ts';
import { removeAside, swapIn } from '../../src/cli/output-swap.ts';

describe('parseBuildArgs', () => {
  it('builds into dist/ below the project by default and passes everything else to Astro', () => {
    expect(parseBuildArgs(['--site', 'https://example.com', '--force'], '/p')).toEqual({
      outDir: '/p/dist',
      passThrough: ['--site', 'https://example.com', '--force'],
    });
  });

  it('takes --outDir in either form as the final folder', () => {
    expect(parseBuildArgs(['--outDir', 'public-site'], '/p')).toEqual({ outDir: '/p/public-site', passThrough: [] });
    expect(parseBuildArgs(['--outDir=/srv/www', '--force'], '/p')).toEqual({ outDir: '/srv/www', passThrough: ['--force'] });
  });
});

describe('swapIn', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fulcrum-swap-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const folder = (name: string, files: Record<string, string>) => {
    mkdirSync(join(dir, name));
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, name, file), text);
    return join(dir, name);
  };

  it('replaces the old folder with the new one and leaves nothing else behind', () => {
    const target = folder('dist', { 'index.html': 'old', 'gone.html': 'old' });
    swapIn(folder('.dist-tmp-1', { 'index.html': 'new' }), target);
    expect(readdirSync(dir)).toEqual(['dist']);
    expect(readdirSync(target)).toEqual(['index.html']);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
  });

  it('works for the first build, when there is no old folder', () => {
    swapIn(folder('.dist-tmp-1', { 'index.html': 'new' }), join(dir, 'dist'));
    expect(readdirSync(dir)).toEqual(['dist']);
  });

  it('hands the previous site, whole, to the remover it is given, as a work folder beside the output', () => {
    const target = folder('dist', { 'index.html': 'old', 'gone.html': 'old' });
    const removed: string[] = [];
    swapIn(folder('.dist-tmp-1', { 'index.html': 'new' }), target, (drop) => removed.push(drop));
    const drop = `.dist-drop-${process.pid}`;
    expect(removed).toEqual([join(dir, drop)]);
    expect(readdirSync(dir).sort()).toEqual([drop, 'dist']);
    expect(readdirSync(join(dir, drop)).sort()).toEqual(['gone.html', 'index.html']);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
  });

  it('has nothing to hand over on the first build', () => {
    const removed: string[] = [];
    swapIn(folder('.dist-tmp-1', { 'index.html': 'new' }), join(dir, 'dist'), (drop) => removed.push(drop));
    expect(removed).toEqual([]);
  });
});

describe('removeAside', () => {
  it('deletes a folder and everything below it, on a thread of its own', async () => {
    const drop = join(mkdtempSync(join(tmpdir(), 'fulcrum-drop-')), '.dist-drop-1');
    mkdirSync(join(drop, 'a', 'b'), { recursive: true });
    writeFileSync(join(drop, 'a', 'b', 'index.html'), 'old');
    writeFileSync(join(drop, 'feed.json'), '{}');
    await removeAside(drop);
    expect(existsSync(drop)).toBe(false);
    expect(readdirSync(dirname(drop))).toEqual([]);
    rmSync(dirname(drop), { recursive: true });
  });

  it('settles when there is nothing to delete', async () => {
    await expect(removeAside(join(tmpdir(), 'fulcrum-no-such-folder', '.dist-drop-1'))).resolves.toBeUndefined();
  });
});

describe('parseBuildArgs refuses an --outDir without a folder', () => {
  it('says an empty one is probably an unset shell variable', () => {
    expect(parseBuildArgs(['--outDir', ''], '/p')).toEqual({
      error: '--outDir is empty (an unset shell variable?); name the folder to build into, e.g. --outDir dist. Nothing was built.',
    });
    expect(parseBuildArgs(['--outDir='], '/p')).toEqual(parseBuildArgs(['--outDir', ''], '/p'));
  });

  it('asks for the folder when the option ends the line', () => {
    expect(parseBuildArgs(['--force', '--outDir'], '/p')).toEqual({
      error: '--outDir needs a folder to build into, e.g. --outDir dist. Nothing was built.',
    });
  });
});
