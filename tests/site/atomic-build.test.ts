/**
 * A failed build never touches what is published: dist/ stays byte for byte
 * as it was, whether the check stops the build before Astro starts, Astro
 * itself fails halfway through writing the site (which, left to itself,
 * empties the output folder first), or the author presses Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFolder, markdownDay } from '../support/content-folder.ts';
import { fingerprint } from '../support/fingerprint.ts';
import { PROJECT_ROOT } from '../support/npm-run.ts';
import { buildCommand, buildSite, copyProject } from '../support/site-build.ts';

const temporaryFolders = (root: string) => readdirSync(root).filter((name) => name.startsWith('.dist-'));

describe('a build stopped by the check', () => {
  let broken: string;
  beforeAll(() => {
    broken = contentFolder({ 'days/2026-04-22.md': markdownDay('2026-04-22').replace('ai: 17m', 'ai: 17') });
  });
  afterAll(() => rmSync(broken, { recursive: true, force: true }));

  it('prints the check’s message, not Astro’s, exits 1 and leaves dist/ as it was', () => {
    // dist/ holds the sample site, built by the global setup.
    const before = fingerprint(join(PROJECT_ROOT, 'dist'));
    expect(Object.keys(before)).toContain('index.html');
    expect(buildSite({ content: broken })).toEqual({
      status: 1,
      stdout: '',
      stderr:
        `${broken}/days/2026-04-22.md:6:9 error tasks[1].ai: "17" has no unit; write 17m (minutes) or 0.3h (hours)\n` +
        'Found 1 error in 1 file. Nothing was built; dist/ is as it was.\n',
    });
    expect(fingerprint(join(PROJECT_ROOT, 'dist'))).toEqual(before);
    expect(temporaryFolders(PROJECT_ROOT)).toEqual([]);
  });
});

describe('a build stopped by a day file that cannot be read', () => {
  let broken: string;
  beforeAll(() => {
    broken = contentFolder({ 'days/2026-04-22.md': markdownDay('2026-04-22') });
    // An Emacs lock is ignored; a link to nothing where a day should be is not.
    symlinkSync('ada@laptop.4242:1700000000', join(broken, 'days/.#2026-04-22.md'));
    symlinkSync('2026-04-20.md', join(broken, 'days/2026-04-23.md'));
  });
  afterAll(() => rmSync(broken, { recursive: true, force: true }));

  it('names the file, with no stack trace, exits 1 and leaves dist/ as it was', () => {
    const before = fingerprint(join(PROJECT_ROOT, 'dist'));
    expect(buildSite({ content: broken })).toEqual({
      status: 1,
      stdout: '',
      stderr:
        `${broken}/days/2026-04-23.md:1:1 error is a link to 2026-04-20.md, which does not exist; restore that file or remove the link\n` +
        'Found 1 error in 1 file. Nothing was built; dist/ is as it was.\n',
    });
    expect(fingerprint(join(PROJECT_ROOT, 'dist'))).toEqual(before);
  });

  it('says the same through Astro’s own loader (astro build run directly), without a stack trace', () => {
    const result = buildSite({ command: 'astro', content: broken, out: join(broken, 'out') });
    expect(result.status).toBe(1);
    expect(result.stderr + result.stdout).toContain(
      `1 problem in the content:\n${broken}/days/2026-04-23.md:1:1 error is a link to 2026-04-20.md, which does not exist; restore that file or remove the link\n`,
    );
    expect(result.stderr + result.stdout).not.toMatch(/Stack trace|\n\s+at /);
  });
});

describe('a build that fails inside Astro', () => {
  let project: string;
  beforeAll(() => {
    project = copyProject();
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('leaves dist/ as it was and removes its unfinished output', () => {
    expect(buildSite({ project }).status).toBe(0);
    const before = fingerprint(join(project, 'dist'));
    expect(Object.keys(before)).toContain('rss.xml');

    // An author's page that throws while Astro renders the site, after it has started writing output.
    mkdirSync(join(project, 'src/pages'), { recursive: true });
    writeFileSync(join(project, 'src/pages/broken.astro'), '---\nthrow new Error("broken page");\n---\n');
    const { status, stderr } = buildSite({ project });
    expect(status).toBe(1);
    expect(stderr).toMatch(/broken page[\s\S]*\.dist-tmp-\d+[\s\S]*The build failed; dist\/ is as it was\.\n$/);
    expect(fingerprint(join(project, 'dist'))).toEqual(before);
    expect(temporaryFolders(project)).toEqual([]);
  });
});

/** The names of the processes started by `pid` and by those it started (Linux's /proc: fast enough to catch a short-lived one). */
function descendants(pid: number): string[] {
  const table = readdirSync('/proc').flatMap((entry) => {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (name) state ppid …: the name may hold spaces and brackets, so it ends at the last ')'.
      const close = stat.lastIndexOf(')');
      return [{ id: Number(entry), name: stat.slice(stat.indexOf('(') + 1, close), parent: Number(stat.slice(close + 2).split(' ')[1]) }];
    } catch {
      return [];
    }
  });
  const found: string[] = [];
  const below = (parent: number) => {
    for (const row of table.filter((candidate) => candidate.parent === parent)) {
      found.push(row.name);
      below(row.id);
    }
  };
  below(pid);
  return found;
}

describe('a build stopped with Ctrl-C while Pagefind indexes', () => {
  let project: string;
  beforeAll(() => {
    project = copyProject();
    const site = { 'index.html': '<p>old</p>', 'rss.xml': '<rss/>', 'data/days.json': '{"site":{},"days":[]}' };
    for (const [file, text] of Object.entries(site)) {
      mkdirSync(join(project, 'dist', file, '..'), { recursive: true });
      writeFileSync(join(project, 'dist', file), text);
    }
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('says in one line that it was stopped, with no stack trace, and leaves dist/ as it was', async () => {
    const before = fingerprint(join(project, 'dist'));
    const { file, args, cwd, env } = buildCommand({ project, args: ['--silent'] });
    // In a process group of its own, as a terminal runs a command: Ctrl-C signals the whole group.
    const build = spawn(file, args, { cwd, env, detached: true });
    let stdout = '';
    let stderr = '';
    build.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    build.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const ended = new Promise<NodeJS.Signals | null>((resolve) => build.on('close', (_code, signal) => resolve(signal)));
    while (!descendants(build.pid as number).some((name) => name.startsWith('pagefind'))) {
      if (build.exitCode !== null) throw new Error(`the build ended before Pagefind was seen:\n${stdout}${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    process.kill(-(build.pid as number), 'SIGINT');
    // npm ends as Ctrl-C ends it, by the signal; the build has said what it had to first.
    expect({ signal: await ended, stdout, stderr }).toEqual({
      signal: 'SIGINT',
      stdout: '',
      stderr: 'The build was stopped; dist/ is as it was.\n',
    });
    expect(fingerprint(join(project, 'dist'))).toEqual(before);
    expect(temporaryFolders(project)).toEqual([]);
  });
});
