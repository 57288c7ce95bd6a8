/**
 * Absurdly nested prose in a real project: `npm run build` stops at the
 * check with the file and line (it used to crash with "Maximum call stack
 * size exceeded" and no file name), and `astro build`, which skips the
 * check, stops with the same kind of message instead of a stack overflow.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFolder, markdownDay } from '../support/content-folder.ts';
import { buildSite } from '../support/site-build.ts';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A content folder whose 2026-04-22 has `prose` below its front matter (which ends on line 8). */
function project(prose: string): string {
  const dir = contentFolder({ 'days/2026-04-22.md': markdownDay('2026-04-22').replace('What happened.\n', prose) });
  folders.push(dir);
  return dir;
}

const nestedList = Array.from({ length: 1000 }, (_, level) => `${'  '.repeat(level)}- level ${level + 1}`).join('\n');

describe('npm run build', () => {
  it.each([
    ['a list nested 1,000 levels', `${nestedList}\n`, '41:1 error prose: quotes and lists are nested 33 levels deep here'],
    ['3,000 quote markers', `${'>'.repeat(3000)} deep\n`, '9:1 error prose: quotes and lists are nested 3000 levels deep here'],
  ])('stops at the check on %s, naming the file and line', (_, prose, diagnostic) => {
    const dir = project(prose);
    const out = join(dir, 'dist');
    const result = buildSite({ content: dir, out });
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain(`${dir}/days/2026-04-22.md:${diagnostic}`);
    expect(result.stdout + result.stderr).not.toContain('Maximum call stack size exceeded');
    expect(existsSync(out)).toBe(false);
  });
});

describe('astro build without the check', () => {
  it('stops on emphasis nested 1,500 levels with the file, line and column', () => {
    const dir = project(`${'*'.repeat(3000)}x${'*'.repeat(3000)}\n`);
    const result = buildSite({ command: 'astro', content: dir, out: join(dir, 'dist'), env: { NODE_ENV: 'production' } });
    expect(result.status).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain(`${dir}/days/2026-04-22.md:9:65 error prose: Markdown is nested more than 32 levels deep here`);
    expect(output).not.toContain('Maximum call stack size exceeded');
  });
});
