/**
 * The folder `npm run build` writes: it replaces that folder as a whole, so
 * it refuses any folder whose loss would hurt (the content, the project,
 * anything that is not an earlier build), tidies up after builds that were
 * killed, and lets only one build at a time put its site in place.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRunning } from '../../src/cli/output-swap.ts';
import { contentFolder, markdownDay } from '../support/content-folder.ts';
import { fingerprint } from '../support/fingerprint.ts';
import type { CommandResult } from '../support/npm-run.ts';
import { buildCommand, buildSite, copyProject } from '../support/site-build.ts';

const leftovers = (root: string) => readdirSync(root).filter((name) => name.startsWith('.dist-'));

/** The id of a process that has ended. */
const deadPid = () => spawnSync('true').pid as number;

describe('npm run build refuses an output folder it would destroy', () => {
  let project: string;
  beforeAll(() => {
    project = copyProject();
    // The copied project has a docs folder of its own; a guide of the author's own joins it.
    writeFileSync(join(project, 'docs/guide.md'), '# Guide\n');
    writeFileSync(join(project, 'notes.txt'), 'notes\n');
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  const replaces = 'and a build replaces the whole folder it builds into. Nothing was built.';
  // Every kind of refusal is in tests/unit/output-safety.test.ts; these are the ones an author meets.
  const cases: [string, string[], number, () => string][] = [
    [
      'the content folder',
      ['--outDir', 'content'],
      1,
      () => `will not build into content: that is content, your day files and site.yaml, ${replaces}`,
    ],
    ['the project itself', ['--outDir', '.'], 1, () => `will not build into .: that is the project folder, ${replaces}`],
    [
      'the folder holding the project',
      ['--outDir=..'],
      1,
      () => `will not build into ${dirname(project)}: that folder holds the project, ${replaces}`,
    ],
    [
      'an empty name (an unset shell variable)',
      ['--outDir', ''],
      2,
      () => '--outDir is empty (an unset shell variable?); name the folder to build into, e.g. --outDir dist. Nothing was built.',
    ],
    [
      'a folder that holds something else',
      ['--outDir', 'docs'],
      1,
      () =>
        'will not build into docs: that folder holds files and is not an earlier Fulcrum build (which has index.html, rss.xml and data/days.json), ' +
        'and a build replaces the whole folder it builds into; empty it or choose another. Nothing was built.',
    ],
    [
      'a folder in a file',
      ['--outDir', 'notes.txt/site'],
      1,
      () =>
        'will not build into notes.txt/site: a build keeps its lock and its new site beside that folder, in notes.txt, until they are swapped in, ' +
        'and notes.txt cannot hold them (EEXIST); choose an output folder inside a folder you can write to. Nothing was built.',
    ],
  ];

  it.each(cases)('%s', (_name, args, status, message) => {
    const before = {
      content: fingerprint(join(project, 'content')),
      src: fingerprint(join(project, 'src')),
      docs: fingerprint(join(project, 'docs')),
    };
    // The project's own content/, as in an author's project (tests otherwise build the sample fixture).
    expect(buildSite({ project, content: join(project, 'content'), args })).toEqual({ status, stdout: '', stderr: `${message()}\n` });
    expect({
      content: fingerprint(join(project, 'content')),
      src: fingerprint(join(project, 'src')),
      docs: fingerprint(join(project, 'docs')),
    }).toEqual(before);
    expect(leftovers(project)).toEqual([]);
  });
});

describe('after a build that was killed', () => {
  let project: string;
  let broken: string;
  beforeAll(() => {
    project = copyProject();
    broken = contentFolder({ 'days/2026-04-22.md': markdownDay('2026-04-22').replace('ai: 17m', 'ai: 17') });
  });
  afterAll(() => {
    rmSync(project, { recursive: true, force: true });
    rmSync(broken, { recursive: true, force: true });
  });

  it('puts back the build it had moved aside, removes its unfinished folder and takes over its lock', () => {
    // Killed between the two renames of the swap: no dist/, the old site beside it, the lock still there.
    const swapping = deadPid();
    const writing = deadPid();
    const site = { 'index.html': '<p>old</p>', 'rss.xml': '<rss/>', 'data/days.json': '{"site":{},"days":[]}' };
    for (const [file, text] of Object.entries(site)) {
      mkdirSync(dirname(join(project, `.dist-old-${swapping}`, file)), { recursive: true });
      writeFileSync(join(project, `.dist-old-${swapping}`, file), text);
    }
    mkdirSync(join(project, `.dist-tmp-${writing}/2026`), { recursive: true });
    writeFileSync(join(project, '.dist-lock'), `${swapping}\n`);
    const kept = fingerprint(join(project, `.dist-old-${swapping}`));

    // A build stopped by the check must leave dist/ as it was: the restored site.
    expect(buildSite({ project, content: broken })).toEqual({
      status: 1,
      stdout: '',
      stderr:
        `dist was missing: a build (process ${swapping}) was stopped while it swapped folders; put back the site that was there before, from .dist-old-${swapping}.\n` +
        `Removed what stopped builds left: .dist-tmp-${writing}.\n` +
        `${broken}/days/2026-04-22.md:6:9 error tasks[1].ai: "17" has no unit; write 17m (minutes) or 0.3h (hours)\n` +
        'Found 1 error in 1 file. Nothing was built; dist/ is as it was.\n',
    });
    expect(fingerprint(join(project, 'dist'))).toEqual(kept);
    expect(leftovers(project)).toEqual([]);
  });

  it('cleans up after a build killed with SIGKILL while Astro wrote the site, then builds', async () => {
    rmSync(join(project, 'dist'), { recursive: true, force: true });
    const { file, args, cwd, env } = buildCommand({ project });
    const first = spawn(file, args, { cwd, env, detached: true, stdio: 'ignore' });
    let unfinished: string | undefined;
    while (unfinished === undefined) {
      if (first.exitCode !== null) throw new Error('the build finished before it could be killed');
      await new Promise((resolve) => setTimeout(resolve, 100));
      unfinished = leftovers(project).find((name) => name.startsWith('.dist-tmp-') && existsSync(join(project, name, '_astro')));
    }
    process.kill(-(first.pid as number), 'SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    // The build's own process (npm's child) is gone a moment after npm.
    while (isRunning(Number(unfinished.replace('.dist-tmp-', '')))) await new Promise((resolve) => setTimeout(resolve, 20));
    // The search index is written beside the site at the same time; whether
    // it was started when the kill came depends on timing.
    const search = unfinished.replace('.dist-tmp-', '.dist-search-');
    const left = leftovers(project).sort();
    expect(left.filter((name) => name !== search)).toEqual(['.dist-lock', unfinished]);

    const second = buildSite({ project });
    expect(second.status).toBe(0);
    const removed = left.filter((name) => name !== '.dist-lock').join(', ');
    expect(second.stderr).toBe(`Removed what stopped builds left: ${removed}.\n`);
    expect(readFileSync(join(project, 'dist/2026/04/22/index.html'), 'utf8')).toContain('<table');
    expect(leftovers(project)).toEqual([]);
  });
});

describe('a dist/ that is a link to a folder elsewhere (a web server’s, say)', () => {
  let project: string;
  let www: string;
  beforeAll(() => {
    project = copyProject();
    www = mkdtempSync(join(tmpdir(), 'fulcrum-www-'));
    // An earlier build, as the web server serves it.
    const site = { 'index.html': '<p>old</p>', 'rss.xml': '<rss/>', 'data/days.json': '{"site":{},"days":[]}' };
    for (const [file, text] of Object.entries(site)) {
      mkdirSync(dirname(join(www, 'site', file)), { recursive: true });
      writeFileSync(join(www, 'site', file), text);
    }
    symlinkSync(join(www, 'site'), join(project, 'dist'));
  });
  afterAll(() => {
    rmSync(project, { recursive: true, force: true });
    rmSync(www, { recursive: true, force: true });
  });

  it('stays a link, and the folder it leads to gets the new site, swapped in beside it', () => {
    const { status, stderr } = buildSite({ project, args: ['--silent'] });
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(lstatSync(join(project, 'dist')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(project, 'dist'))).toBe(join(www, 'site'));
    expect(readFileSync(join(www, 'site/index.html'), 'utf8')).toContain('<html');
    expect(readFileSync(join(www, 'site/2026/04/22/index.html'), 'utf8')).toContain('<table');
    expect(readdirSync(www)).toEqual(['site']);
    expect(leftovers(project)).toEqual([]);
  });
});

describe('two builds at once in one project', () => {
  let project: string;
  beforeAll(() => {
    project = copyProject();
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  function build(): Promise<CommandResult> {
    const { file, args, cwd, env } = buildCommand({ project });
    const child = spawn(file, args, { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
  }

  it('run one after the other: the second waits for the first, and both succeed', async () => {
    const [a, b] = await Promise.all([build(), build()]);
    expect([a.status, b.status]).toEqual([0, 0]);
    const waited = [a, b].filter((run) => /^Another build \(process \d+\) is building dist; waiting for it to finish\.$/m.test(run.stderr));
    expect(waited).toHaveLength(1);
    expect(readFileSync(join(project, 'dist/2026/04/22/index.html'), 'utf8')).toContain('<table');
    expect(leftovers(project)).toEqual([]);
  });
});
