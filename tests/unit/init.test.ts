/** `fulcrum init`: a new author's project, written only where nothing of theirs can be overwritten. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInit } from '../../src/cli/init.ts';
import { parseDayFile } from '../../src/lib/schema/day-file.ts';
import { parseSiteFile } from '../../src/lib/schema/site-file.ts';

const NOW = new Date('2026-12-06T09:30:00Z');

function init(cwd: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = runInit(args, cwd, { out: (text) => out.push(text), err: (text) => err.push(text) }, NOW);
  return { status, out, err };
}

describe('fulcrum init', () => {
  it('writes a project whose settings and example day pass the check, named after its folder', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fulcrum-init-'));
    expect(init(cwd, 'My Blog')).toEqual({
      status: 0,
      out: [
        'A new blog in My Blog. Next:',
        '  cd My Blog',
        '  npm install',
        '  npm run dev       (then edit content/site.yaml and replace the example day)',
      ],
      err: [],
    });
    const project = join(cwd, 'My Blog');
    expect(readdirSync(join(project, 'content/days'))).toEqual(['2026-12-06.md']);
    const day = parseDayFile('content/days/2026-12-06.md', readFileSync(join(project, 'content/days/2026-12-06.md')));
    expect(day.diagnostics).toEqual([]);
    expect(day.day?.frontmatter.date).toBe('2026-12-06');
    expect(parseSiteFile('content/site.yaml', readFileSync(join(project, 'content/site.yaml'))).diagnostics).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
    expect(manifest.name).toBe('my-blog');
    expect(manifest.dependencies.fulcrum).toMatch(/^\^\d+\.\d+\.\d+$/);
    expect(readFileSync(join(project, 'README.md'), 'utf8').split('\n')[0]).toBe('# my-blog');
    expect(readFileSync(join(project, '.gitignore'), 'utf8')).toContain('node_modules/');
  });

  it('writes into the current folder when it is empty but for a repository', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fulcrum-init-'));
    mkdirSync(join(cwd, '.git'));
    expect(init(cwd).status).toBe(0);
    expect(readdirSync(cwd).sort()).toEqual([
      '.git',
      '.github',
      '.gitignore',
      'README.md',
      'astro.config.mjs',
      'content',
      'package.json',
      'public',
      'src',
    ]);
  });

  it('refuses a folder that holds anything else, and writes nothing there', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fulcrum-init-'));
    mkdirSync(join(cwd, 'blog'));
    writeFileSync(join(cwd, 'blog/notes.md'), 'mine');
    expect(init(cwd, 'blog')).toEqual({
      status: 1,
      out: [],
      err: [
        "blog is not empty (notes.md); fulcrum init writes only into a new or empty folder, so nothing of yours is overwritten. Give a new folder's name: fulcrum init my-blog",
      ],
    });
    expect(readdirSync(join(cwd, 'blog'))).toEqual(['notes.md']);
    writeFileSync(join(cwd, 'a-file'), '');
    expect(init(cwd, 'a-file').err).toEqual(["a-file is a file; give a new folder's name: fulcrum init my-blog"]);
  });
});
