/**
 * `npm run check` and `npm run new` as an author runs them, against
 * throwaway content folders: exact output and exit codes.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { todayIn } from '../../src/lib/dates.ts';
import { contentFolder, markdownDay } from '../support/content-folder.ts';
import { npmRun } from '../support/npm-run.ts';
import { buildSite } from '../support/site-build.ts';

const folders: string[] = [];
function folder(files: Parameters<typeof contentFolder>[0]): string {
  const dir = contentFolder(files);
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run check', () => {
  it('passes the sample site with a one-line summary', () => {
    const { status, stdout } = npmRun('check');
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^Checked \d+ days(?: \(\d+ drafts?\))? with \d+ tasks, \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}: no problems\.\n$/,
    );
  });

  it('sums up days, tasks, first and last date, and exits 0', () => {
    const dir = folder({ 'days/2026-04-22.md': markdownDay('2026-04-22'), 'days/2026-04-24.md': markdownDay('2026-04-24') });
    expect(npmRun('check', [], { FULCRUM_CONTENT: dir })).toEqual({
      status: 0,
      stdout: 'Checked 2 days with 2 tasks, 2026-04-22 to 2026-04-24: no problems.\n',
      stderr: '',
    });
  });

  it('prints every problem in every file, one line each, and exits 1', () => {
    const dir = folder({
      'site.yaml': 'title: Notes\n',
      'days/2026-04-22.md': markdownDay('2026-04-22').replace('ai: 17m', 'ai: 17').replace('supervision:', 'supervison:'),
      'days/2026-04-23.md': markdownDay('2026-04-23', 'Billing: fix rounding'),
      'days/2026-04-23.yaml': 'date: 2026-04-23\ntasks: []\n',
    });
    const { status, stdout } = npmRun('check', [], { FULCRUM_CONTENT: dir });
    expect(status).toBe(1);
    expect(stdout.split('\n')).toEqual([
      `${dir}/days/2026-04-22.md:6:9 error tasks[1].ai: "17" has no unit; write 17m (minutes) or 0.3h (hours)`,
      `${dir}/days/2026-04-22.md:7:5 error tasks[1].supervison: unknown key "supervison"; did you mean supervision?`,
      `${dir}/days/2026-04-23.md:4:12 error tasks[1].title: the title contains ": ", which YAML reads as another key; put it in quotes: title: "Billing: fix rounding"`,
      `${dir}/days/2026-04-23.yaml:1:1 error ${dir}/days/2026-04-23.md is already the day 2026-04-23; keep one of the two files`,
      `${dir}/days/2026-04-23.yaml:2:8 error tasks: tasks is empty; a day needs at least one task (title, human, ai, supervision)`,
      `${dir}/site.yaml:1:1 error description: description is missing; add description: "Daily records of work done with an AI agent"`,
      `${dir}/site.yaml:1:1 error url: url is missing; add url: https://example.com/ (the address the site is published at)`,
      `${dir}/site.yaml:1:1 error timeZone: timeZone is missing; add timeZone: Europe/Berlin (your time zone, an IANA name)`,
      `${dir}/site.yaml:1:1 error author: author is missing; add the author: block with name, bio indented below it`,
      `${dir}/site.yaml:1:1 error footer: footer is missing; add the footer: block with heading, body, link indented below it`,
      'Found 10 errors in 4 files.',
      '',
    ]);
  });

  it('prints the same as JSON with --json', () => {
    const dir = folder({ 'days/2026-04-22.md': markdownDay('2026-04-22').replace('ai: 17m', 'ai: 25h') });
    const { status, stdout } = npmRun('check', ['--json'], { FULCRUM_CONTENT: dir });
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      ok: true,
      errors: 0,
      warnings: 1,
      summary: { days: 1, drafts: 0, tasks: 1, first: '2026-04-22', last: '2026-04-22' },
      diagnostics: [
        {
          file: `${dir}/days/2026-04-22.md`,
          line: 6,
          column: 9,
          severity: 'warning',
          path: 'tasks[1].ai',
          message: '25h of agent time in one day is more than 24h; check the unit (m for minutes, h for hours)',
        },
      ],
    });
  });

  it('says when site.yaml is missing', () => {
    const dir = folder({ 'site.yaml': null });
    expect(npmRun('check', [], { FULCRUM_CONTENT: dir }).stdout).toBe(
      `${dir}/site.yaml:1:1 error the site settings file is missing; create ${dir}/site.yaml with title, description, url, timeZone, author and footer (see docs/site-settings.md)\nFound 1 error in 1 file.\n`,
    );
  });

  it('checks FULCRUM_URL like url in site.yaml, and says where the bad address comes from', () => {
    const dir = folder({ 'days/2026-04-22.md': markdownDay('2026-04-22') });
    const message =
      'FULCRUM_URL error "htps//preview.example.com" is not an absolute web address; set FULCRUM_URL=https://preview.example.com/ or unset it to use url in site.yaml';
    expect(npmRun('check', [], { FULCRUM_CONTENT: dir, FULCRUM_URL: 'htps//preview.example.com' })).toEqual({
      status: 1,
      stdout: `${message}\nFound 1 error.\n`,
      stderr: '',
    });
    expect(npmRun('check', [], { FULCRUM_CONTENT: dir, FULCRUM_URL: 'https://preview.example.com/a b/' }).stdout).toBe(
      'FULCRUM_URL error "https://preview.example.com/a b/" has a space in its path, which a base path cannot hold; set FULCRUM_URL=https://preview.example.com/a-b/ or unset it to use url in site.yaml\nFound 1 error.\n',
    );
    // The build runs the same check first: the message, not Astro's bare "Invalid URL".
    const build = buildSite({ content: dir, url: 'htps//preview.example.com', out: join(dir, 'out') });
    expect(build).toMatchObject({ status: 1, stderr: `${message}\nFound 1 error. Nothing was built; out/ is as it was.\n` });
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('ignores editor lock files and names what it cannot read or does not read, without a stack trace', () => {
    const dir = folder({
      'days/2026-04-22.md': markdownDay('2026-04-22'),
      'days/2026-04-23.MD': markdownDay('2026-04-23'),
      'days/2025/2025-12-31.md': markdownDay('2025-12-31'),
      'days/._2026-04-22.md': new Uint8Array([0x00, 0x05, 0x16, 0x07, 0xff]),
    });
    symlinkSync('ada@laptop.4242:1700000000', join(dir, 'days/.#2026-04-22.md'));
    symlinkSync('../../drafts/2026-04-24.md', join(dir, 'days/2026-04-24.md'));
    mkdirSync(join(dir, 'days/2026-04-25.md'));
    const { status, stdout, stderr } = npmRun('check', [], { FULCRUM_CONTENT: dir });
    expect({ status, stderr }).toEqual({ status: 1, stderr: '' });
    expect(stdout.split('\n')).toEqual([
      `${dir}/days/2025/2025-12-31.md:1:1 warning not read: only files directly in ${dir}/days/ are days, so this one is not published; move it to ${dir}/days/2025-12-31.md`,
      `${dir}/days/2026-04-24.md:1:1 error is a link to ../../drafts/2026-04-24.md, which does not exist; restore that file or remove the link`,
      `${dir}/days/2026-04-25.md:1:1 error is a folder, not a file; a day is one file, ${dir}/days/YYYY-MM-DD.md or .yaml`,
      'Found 2 errors and 1 warning in 3 files.',
      '',
    ]);
  });

  it('refuses an unknown option', () => {
    expect(npmRun('check', ['--jsn'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'unknown option --jsn; usage: npm run check [-- --json] [--strict] [--fix [--yes] [--all | <day file>...]]\n',
    });
  });
});

describe('npm run new', () => {
  it('writes the day, prints its path, and refuses to overwrite it', () => {
    const dir = folder({});
    expect(npmRun('new', ['2026-04-25'], { FULCRUM_CONTENT: dir })).toEqual({
      status: 0,
      stdout: `${dir}/days/2026-04-25.md\n`,
      stderr: '',
    });
    expect(readFileSync(join(dir, 'days/2026-04-25.md'), 'utf8')).toMatch(/^---\ndate: 2026-04-25\n/);
    expect(npmRun('new', ['2026-04-25', '--yaml'], { FULCRUM_CONTENT: dir })).toEqual({
      status: 1,
      stdout: '',
      stderr: `${dir}/days/2026-04-25.md already exists; edit it, or give another date\n`,
    });
    expect(existsSync(join(dir, 'days/2026-04-25.yaml'))).toBe(false);
  });

  it("defaults to today's date in the site's time zone", () => {
    const dir = folder({});
    const before = todayIn('Europe/Berlin', new Date());
    const { status, stdout } = npmRun('new', [], { FULCRUM_CONTENT: dir });
    const after = todayIn('Europe/Berlin', new Date());
    expect(status).toBe(0);
    // Either date is right if midnight in Berlin fell while the command ran.
    expect([`${dir}/days/${before}.md\n`, `${dir}/days/${after}.md\n`]).toContain(stdout);
  });

  it('writes a .yaml day whose blanks the check then points at', () => {
    const dir = folder({});
    expect(npmRun('new', ['2026-04-25', '--yaml'], { FULCRUM_CONTENT: dir }).stdout).toBe(`${dir}/days/2026-04-25.yaml\n`);
    const file = `${dir}/days/2026-04-25.yaml`;
    expect(npmRun('check', [], { FULCRUM_CONTENT: dir })).toEqual({
      status: 1,
      stdout: [
        `${file}:8:12 error tasks[1].title: title is empty; write title: "What was done, in a sentence"`,
        `${file}:9:12 error tasks[1].human: human is empty; write human: 2.5h (what a human would have needed)`,
        `${file}:10:9 error tasks[1].ai: ai is empty; write ai: 7m (the agent's wall-clock time)`,
        `${file}:11:18 error tasks[1].supervision: supervision is empty; write supervision: 2m (your own supervising time)`,
        'Found 4 errors in 1 file.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });
});
