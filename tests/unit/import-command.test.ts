/**
 * `npm run import` as a function: what it prints, what it writes, and what
 * it never overwrites, against a throwaway project.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/cli/check-command.ts';
import { runImport, type ImportReport } from '../../src/cli/import-command.ts';
import { parseDayFile } from '../../src/lib/schema/day-file.ts';
import { contentPaths } from '../../src/lib/source/files.ts';
import { SITE_YAML } from '../support/content-folder.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');

const projects: string[] = [];
afterEach(() => {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(days: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'fulcrum-import-'));
  projects.push(root);
  mkdirSync(join(root, 'content/days'), { recursive: true });
  writeFileSync(join(root, 'content/site.yaml'), SITE_YAML);
  for (const [name, text] of Object.entries(days)) writeFileSync(join(root, 'content/days', name), text);
  return root;
}

function run(root: string, args: string[], cwd = FIXTURES) {
  const out: string[] = [];
  const err: string[] = [];
  const status = runImport(args, root, { out: (text) => out.push(text), err: (text) => err.push(text) }, cwd);
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

const SITE_WIDE = [
  'Left out of every day as site-wide parts (Fulcrum prints its own from site.yaml):',
  '  "About the author: Jonas Berg builds order and warehouse software for sm…" (repeated in 4 posts)',
  '  "About These Records" (repeated in 4 posts)',
  '  "These records cover my own projects only, never client work. Human esti…" (repeated in 4 posts)',
  '  "Work with me" (repeated in 4 posts)',
  '  "I help small teams adopt coding agents without losing sight of quality.…" (repeated in 4 posts)',
];

function postLines(verb: string): string[] {
  return [
    `posts/2026-03-02-leverage-record.html: ${verb} content/days/2026-03-02.md (4 tasks, 2026-03-02 from the title)`,
    'posts/2026-03-02-leverage-record.html: row 2, Factor: printed 13.9x, computed 13.8x (3h in 13m = 13.846…)',
    'posts/2026-03-02-leverage-record.html: audit: 1 of 14 printed figures differs',
    `posts/2026-03-03-leverage-record.md: ${verb} content/days/2026-03-03.md (3 tasks, 2026-03-03 from the title)`,
    'posts/2026-03-03-leverage-record.md: Weighted average leverage factor: printed 78.2x, computed 56.8x (40.7h in 43m = 56.790…)',
    'posts/2026-03-03-leverage-record.md: audit: 1 of 12 printed figures differs',
    `posts/2026-03-04.txt: ${verb} content/days/2026-03-04.md (3 tasks, 2026-03-04 from the title)`,
    'posts/2026-03-04.txt: left out above the title: "Skip to main content", "Harbor Notes", "TIME RECORD MAR 4, 2026"',
    'posts/2026-03-04.txt: row 1, Weeks: printed 0.3w, computed 0.4w (16h ÷ 40h = 0.4)',
    'posts/2026-03-04.txt: audit: 1 of 15 printed figures differs',
    `posts/leverage-record-march-5-2026.html: ${verb} content/days/2026-03-05.md (3 tasks, 2026-03-05 from the title)`,
    'posts/leverage-record-march-5-2026.html: note: supervision worked out from the Sup. Factor column (the Task Log has no Sup. column), so that column is not audited',
    'posts/leverage-record-march-5-2026.html: left out as the date line: "March 5, 2026"',
    'posts/leverage-record-march-5-2026.html: audit: all 14 printed figures agree',
  ];
}

describe('npm run import', () => {
  it('--dry-run prints what it would write and the audit, and writes nothing', () => {
    const root = project();
    const result = run(root, ['posts', '--dry-run']);
    expect(result).toEqual({
      status: 0,
      stdout: [
        ...SITE_WIDE,
        ...postLines('would write'),
        'Dry run: would import 4 of 4 posts into content/days/; nothing written. Audit: 3 differences in 3 of 4 posts (55 figures checked).',
      ].join('\n'),
      stderr: '',
    });
    expect(readdirSync(join(root, 'content/days'))).toEqual([]);
  });

  it('writes one day per post, which npm run check accepts', async () => {
    const root = project();
    const result = run(root, ['posts']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      ...SITE_WIDE,
      ...postLines('wrote'),
      'Imported 4 of 4 posts into content/days/. Audit: 3 differences in 3 of 4 posts (55 figures checked).',
    ]);
    expect(readdirSync(join(root, 'content/days'))).toEqual(['2026-03-02.md', '2026-03-03.md', '2026-03-04.md', '2026-03-05.md']);
    const report = await checkContent(contentPaths(root, ''));
    expect(report.diagnostics).toEqual([]);
    expect(report.summary).toEqual({ days: 4, drafts: 0, tasks: 13, first: '2026-03-02', last: '2026-03-05' });
    const json = JSON.parse(run(project(), ['posts', '--json']).stdout) as ImportReport;
    expect(json.summary).toMatchObject({ posts: 4, written: 4, wouldWrite: 0 });
  });

  it('never overwrites a day without --force, and still audits the post', () => {
    const mine = '---\ndate: 2026-03-04\ntasks:\n  - title: Mine\n    human: 1h\n    ai: 6m\n    supervision: 1m\n---\n';
    const root = project({ '2026-03-04.md': mine });
    const result = run(root, ['posts/2026-03-04.txt']);
    expect(result).toEqual({
      status: 1,
      stdout: [
        'posts/2026-03-04.txt: content/days/2026-03-04.md exists; skipped (--force replaces it)',
        'posts/2026-03-04.txt: left out above the title: "Skip to main content", "Harbor Notes", "TIME RECORD MAR 4, 2026"',
        'posts/2026-03-04.txt: row 1, Weeks: printed 0.3w, computed 0.4w (16h ÷ 40h = 0.4)',
        'posts/2026-03-04.txt: audit: 1 of 15 printed figures differs',
        'Imported 0 of 1 post into content/days/ (1 skipped). Audit: 1 difference in 1 of 1 post (15 figures checked).',
      ].join('\n'),
      stderr: '',
    });
    expect(readFileSync(join(root, 'content/days/2026-03-04.md'), 'utf8')).toBe(mine);
  });

  it('sees a day whose extension is in capitals, as the check does, and neither writes beside it nor mistakes its form', () => {
    const mine = '---\ndate: 2026-03-04\ntasks:\n  - title: Mine\n    human: 1h\n    ai: 6m\n    supervision: 1m\n---\n';
    const root = project({ '2026-03-04.MD': mine });
    expect(run(root, ['posts/2026-03-04.txt']).stdout.split('\n')[0]).toBe(
      'posts/2026-03-04.txt: content/days/2026-03-04.MD exists; skipped (--force replaces it)',
    );
    expect(readdirSync(join(root, 'content/days'))).toEqual(['2026-03-04.MD']);
    expect(run(root, ['posts/2026-03-04.txt', '--force']).status).toBe(0);
    expect(readdirSync(join(root, 'content/days'))).toEqual(['2026-03-04.MD']);
    expect(readFileSync(join(root, 'content/days/2026-03-04.MD'), 'utf8').startsWith('---\ndate: 2026-03-04\n')).toBe(true);
  });

  it('--force replaces a day in the form it was written in, at its own path', async () => {
    const root = project({ '2026-03-04.yaml': 'date: 2026-03-04\ntasks: []\n' });
    const result = run(root, ['posts/2026-03-04.txt', '--force']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      'posts/2026-03-04.txt: wrote content/days/2026-03-04.yaml (3 tasks, 2026-03-04 from the title)',
    );
    expect(readdirSync(join(root, 'content/days'))).toEqual(['2026-03-04.yaml']);
    const written = readFileSync(join(root, 'content/days/2026-03-04.yaml'), 'utf8');
    expect(written.startsWith('date: 2026-03-04\ntitle: "Leverage Record: March 4, 2026"\ntasks:\n')).toBe(true);
    expect((await checkContent(contentPaths(root, ''))).diagnostics).toEqual([]);
  });

  it('reports a bad page and a missing path, imports the rest, and exits 1', () => {
    const root = project();
    const folder = mkdtempSync(join(tmpdir(), 'fulcrum-posts-'));
    projects.push(folder);
    writeFileSync(join(folder, 'about.html'), '<h1>About me</h1><p>I write software.</p>');
    writeFileSync(
      join(folder, '2026-03-09.md'),
      '| Task | Human | AI | Sup. |\n|---|---|---|---|\n| Fix the login form | 2h | 10m | 1m |\n',
    );
    mkdirSync(join(folder, 'Leverage Record_files'));
    writeFileSync(join(folder, 'Leverage Record_files/ad.html'), '<p>an advert</p>');
    const result = run(root, ['.', 'missing.md'], folder);
    expect(result).toEqual({
      status: 1,
      stdout: [
        'missing.md: error: no such file or folder',
        '2026-03-09.md: wrote content/days/2026-03-09.md (1 task, 2026-03-09 from the file name)',
        '2026-03-09.md: note: no Aggregate Statistics table: only the Task Log was audited',
        '2026-03-09.md: audit: the post prints no figures to check',
        "about.html: error: no Task Log: the page has no table; a Task Log is a table with the columns Task, Human Est., Claude (or the agent's name) and Sup.",
        'Imported 1 of 3 posts into content/days/ (2 failed). Audit: no printed figures to check.',
      ].join('\n'),
      stderr: '',
    });
    expect(existsSync(join(root, 'content/days/2026-03-09.md'))).toBe(true);
  });

  it('reports a post it cannot read (a link to a file that is gone) in a line, not a stack trace, and imports the rest', () => {
    const root = project();
    const folder = mkdtempSync(join(tmpdir(), 'fulcrum-posts-'));
    projects.push(folder);
    symlinkSync(join(folder, 'gone.html'), join(folder, '2026-03-08.html'));
    writeFileSync(
      join(folder, '2026-03-09.md'),
      '| Task | Human | AI | Sup. |\n|---|---|---|---|\n| Fix the login form | 2h | 10m | 1m |\n',
    );
    const result = run(root, ['.', '--dry-run'], folder);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe('2026-03-08.html: error: cannot be read (ENOENT)');
    expect(result.stdout.split('\n').at(-1)).toBe(
      'Dry run: would import 1 of 2 posts into content/days/ (1 failed); nothing written. Audit: no printed figures to check.',
    );
  });

  it('imports a post that logs no supervision, audits it, and says what it lacks', () => {
    const root = project();
    const folder = mkdtempSync(join(tmpdir(), 'fulcrum-posts-'));
    projects.push(folder);
    // 120h in 40m = 180; 1h in 5m = 12.
    const post =
      '## The Numbers\n\n| # | Task | Human Est. | Claude | Leverage |\n|---|---|---|---|---|\n| 1 | Port the importer | 120 hours | 40 min | 180x |\n| 2 | Fix a test | 1 hour | 5 minutes | 13x |\n';
    writeFileSync(join(folder, '2025-06-03.md'), post);
    expect(run(root, ['.'], folder)).toEqual({
      status: 0,
      stdout: [
        '2025-06-03.md: wrote content/days/2025-06-03.md (2 tasks, 2025-06-03 from the file name)',
        '2025-06-03.md: note: no supervision logged: the Task Log (columns "#", "Task", "Human Est.", "Claude", "Leverage") has no Sup. column, so the day logs none and its supervisory figures show as not logged',
        '2025-06-03.md: note: no Aggregate Statistics table: only the Task Log was audited',
        '2025-06-03.md: row 2, Leverage: printed 13x, computed 12x (1h in 5m = 12)',
        '2025-06-03.md: audit: 1 of 2 printed figures differs',
        'Imported 1 of 1 post into content/days/. Audit: 1 difference in 1 of 1 post (2 figures checked).',
      ].join('\n'),
      stderr: '',
    });
    expect(readdirSync(join(root, 'content/days'))).toEqual(['2025-06-03.md']);
    // The day the check then reads: no supervision in any task, and nothing to fix.
    const written = readFileSync(join(root, 'content/days/2025-06-03.md'));
    expect(parseDayFile('content/days/2025-06-03.md', written).diagnostics).toEqual([]);
  });

  it("skips hidden files and editors' backups in a folder, as the days folder does", () => {
    const root = project();
    const folder = mkdtempSync(join(tmpdir(), 'fulcrum-posts-'));
    projects.push(folder);
    const post = '| Task | Human | AI | Sup. |\n|---|---|---|---|\n| Fix the login form | 2h | 10m | 1m |\n';
    writeFileSync(join(folder, '2026-03-09.md'), post);
    // A macOS resource file (binary), an Emacs lock link to nowhere, a dotfile, and backups without a post's extension.
    writeFileSync(join(folder, '._2026-03-09.md'), new Uint8Array([0x00, 0x05, 0x16, 0x07, 0xff]));
    symlinkSync('jonas@laptop.4242:1700000000', join(folder, '.#2026-03-09.md'));
    writeFileSync(join(folder, '.draft.html'), '<p>not a post</p>');
    writeFileSync(join(folder, '2026-03-09.md~'), post);
    writeFileSync(join(folder, '#2026-03-09.md#'), post);
    const result = run(root, ['.', '--dry-run'], folder);
    expect(result).toEqual({
      status: 0,
      stdout: [
        '2026-03-09.md: would write content/days/2026-03-09.md (1 task, 2026-03-09 from the file name)',
        '2026-03-09.md: note: no Aggregate Statistics table: only the Task Log was audited',
        '2026-03-09.md: audit: the post prints no figures to check',
        'Dry run: would import 1 of 1 post into content/days/; nothing written. Audit: no printed figures to check.',
      ].join('\n'),
      stderr: '',
    });
  });

  it('--drop leaves out what it names, even in a single post', () => {
    const root = project();
    const result = run(root, [
      'posts/2026-03-02-leverage-record.html',
      '--drop',
      'about the author',
      '--drop',
      'Work with me',
      '--dry-run',
    ]);
    expect(result.stdout.split('\n').slice(0, 4)).toEqual([
      'Left out of every day as site-wide parts (Fulcrum prints its own from site.yaml):',
      '  "About the author: Jonas Berg builds order and warehouse software for sm…" (matches --drop "about the author")',
      '  "Work with me" (matches --drop "Work with me")',
      '  "I help small teams adopt coding agents without losing sight of quality.…" (under a heading that matches --drop "Work with me")',
    ]);
  });

  it('--json gives the same as data', () => {
    const root = project();
    const result = run(root, ['posts', '--json', '--dry-run']);
    const report = JSON.parse(result.stdout) as ImportReport;
    expect(report.ok).toBe(true);
    expect(report.dryRun).toBe(true);
    expect(report.summary).toEqual({
      posts: 4,
      written: 0,
      wouldWrite: 4,
      skipped: 0,
      failed: 0,
      audited: 4,
      checked: 55,
      differences: 3,
      postsWithDifferences: 3,
    });
    expect(report.posts[0]).toMatchObject({
      file: 'posts/2026-03-02-leverage-record.html',
      status: 'would write',
      day: 'content/days/2026-03-02.md',
      date: '2026-03-02',
      dateFrom: 'title',
      tasks: 4,
      audit: {
        checked: 14,
        differences: [
          {
            row: 2,
            label: 'Factor',
            printed: '13.9x',
            computed: '13.8x',
            exact: '3h in 13m = 13.846…',
            agrees: false,
            message: 'posts/2026-03-02-leverage-record.html: row 2, Factor: printed 13.9x, computed 13.8x (3h in 13m = 13.846…)',
          },
        ],
        notChecked: [],
      },
    });
    expect(report.siteWide).toHaveLength(5);
    expect(readdirSync(join(root, 'content/days'))).toEqual([]);
  });

  it('refuses to run without posts or with an unknown option', () => {
    const root = project();
    expect(run(root, [])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'no posts given; usage: npm run import -- <file or folder>... [--dry-run] [--force] [--drop TEXT]... [--json]',
    });
    expect(run(root, ['posts', '--overwrite']).status).toBe(2);
  });

  it('writes hostile pages as inert text that npm run check accepts', async () => {
    const root = project();
    const folder = mkdtempSync(join(tmpdir(), 'fulcrum-posts-'));
    projects.push(folder);
    writeFileSync(
      join(folder, 'hostile.html'),
      `<h1>Leverage Record: March 9, 2026</h1><p>Use :metric[levrage] and <a href="javascript:alert(1)">this</a>.</p><p>::summary</p>
<table><tr><th>Task</th><th>Human</th><th>Claude</th><th>Sup.</th></tr><tr><td>"Quoted": a # and <code>&lt;img onerror&gt;</code></td><td>1h</td><td>6m</td><td>1m</td></tr></table>`,
    );
    expect(run(root, ['hostile.html'], folder).status).toBe(0);
    expect(readFileSync(join(root, 'content/days/2026-03-09.md'), 'utf8')).toBe(`---
date: 2026-03-09
title: "Leverage Record: March 9, 2026"
tasks:
  - title: '"Quoted": a # and \`<img onerror>\`'
    human: 1h
    ai: 6m
    supervision: 1m
---
Use \\:metric\\[levrage] and this.

\\::summary
`);
    expect((await checkContent(contentPaths(root, ''))).diagnostics).toEqual([]);
  });
});
