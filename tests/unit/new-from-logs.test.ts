/**
 * `npm run new -- --from claude-code|codex` on the invented logs of
 * tests/fixtures/agent-logs/: what it prints, what it writes, what it
 * refuses. The figures are those worked out by hand in agent-logs-fixtures.test.ts.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/source/diagnostic.ts';
import { parseDayFile } from '../../src/lib/schema/day-file.ts';
import { runNew } from '../../src/cli/new-day.ts';
import { copiedLogs } from '../support/agent-log-fixtures.ts';
import { SITE_YAML } from '../support/content-folder.ts';

const NOW = new Date('2026-05-04T20:00:00Z');
const S1 = '5b1f7c9e-2d4a-4c1e-9f3b-7a6d2e8c4b10';
const S2 = 'c0ffee12-8d3b-4f6a-a1e2-3b4c5d6e7f80';
const S3 = '7d3e9a41-5c2b-4e8f-b6a0-1f2e3d4c5b6a';
const CODEX = '0197a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

let root: string;
let logs: ReturnType<typeof copiedLogs>;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fulcrum-from-logs-'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content', 'site.yaml'), SITE_YAML);
  logs = copiedLogs();
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(logs.root, { recursive: true, force: true });
});

function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const env = { CLAUDE_CONFIG_DIR: logs.claude, CODEX_HOME: logs.codex, INIT_CWD: root };
  const status = runNew(args, root, { out: (text) => out.push(text), err: (text) => err.push(text) }, NOW, env);
  return { status, out: out.join('\n'), err: err.join('\n') };
}

const day = (date = '2026-05-04', ext = 'md') => join(root, 'content', 'days', `${date}.${ext}`);
/** How the command names a day: relative to the project. */
const shown = (date = '2026-05-04', ext = 'md') => `content/days/${date}.${ext}`;
const COMMENT = [
  "# Measured from Claude Code's logs by npm run new. Fill in each task's human",
  '# (how long it would have taken by hand), check the titles, write about the day,',
  '# then run npm run check.',
];

/** The day written from the Claude Code fixtures for May 4: see agent-logs-fixtures.test.ts for each figure. */
const MAY_4 = [
  '---',
  ...COMMENT,
  '',
  'date: 2026-05-04',
  'tokens: 36974', // 27,524 + 7,130 + 2,320
  'tasks:',
  '  - title: "Invoice export: a JSON flag"',
  '    human: ""',
  '    ai: 12m',
  '    supervision: 13m',
  '    tags: [billing-api]',
  `    session: claude-code/${S1}`,
  '  - title: Use token ghp_FAKE0example0token0not0real to fix the release workflow',
  '    human: ""',
  '    ai: 14m', // 13.5 min measured: whole minutes from 10m, half up
  '    supervision: 6m',
  '    tags: [release-tools]',
  `    session: claude-code/${S2}`,
  '  - title: Investigate the nightly export timeout',
  '    human: ""',
  '    ai: 15m',
  '    supervision: 1m',
  '    tags: [billing-api]',
  `    session: claude-code/${S3}`,
  '---',
  '',
].join('\n');

describe('npm run new --from claude-code', () => {
  it('with --dry-run prints the sessions and the day it would write, and writes nothing', () => {
    const { status, out, err } = run('2026-05-04', '--from', 'claude-code', '--dry-run');
    expect(status).toBe(0);
    expect(out).toBe(
      [
        `Claude Code sessions on 2026-05-04 (Europe/Berlin) in ${logs.claude}/projects:`,
        'session   start  end      agent  supervision  tokens  task',
        '5b1f7c9e  09:00  09:43    12m    13m          27,524  Invoice export: a JSON flag',
        'c0ffee12  09:02  09:21    14m    6m           7,130   Use token ghp_FAKE0example0token0not0real to fix the release workflow',
        '7d3e9a41  23:49  00:05+1  15m    1m           2,320   Investigate the nightly export timeout',
        'total                     41m    20m          36,974  3 tasks',
        '',
        `Would write ${shown()} (3 tasks measured from Claude Code's logs):`,
        MAY_4.replace(/\n$/, ''),
      ].join('\n'),
    );
    expect(err).toBe(
      `warning: skipped 1 log line that Fulcrum could not read: ${logs.claude}/projects/-home-ada-src-billing-api/${S1}.jsonl:17 (not complete JSON, as when a session is still being written); the figures leave it out`,
    );
    expect(existsSync(day())).toBe(false);
  });

  it('writes the day, prints its path, and the check then asks for each human estimate', () => {
    const { status, out, err } = run('2026-05-04', '--from', 'claude-code');
    expect(status).toBe(0);
    expect(out).toBe(shown());
    expect(err.split('\n').at(-1)).toBe(
      "3 tasks measured from Claude Code's logs; fill in each task's human (your estimate by hand), check the titles, then run npm run check",
    );
    const text = readFileSync(day(), 'utf8');
    expect(text).toBe(MAY_4);
    expect(parseDayFile('content/days/2026-05-04.md', new TextEncoder().encode(text)).diagnostics.map(formatDiagnostic)).toEqual([
      'content/days/2026-05-04.md:10:12 error tasks[1].human: human is empty; write human: 2.5h (what a human would have needed)',
      'content/days/2026-05-04.md:16:12 error tasks[2].human: human is empty; write human: 2.5h (what a human would have needed)',
      'content/days/2026-05-04.md:22:12 error tasks[3].human: human is empty; write human: 2.5h (what a human would have needed)',
    ]);
  });

  it('writes a title the check accepts from a prompt pasted with terminal colour codes', () => {
    const rollout = join(logs.codex, 'sessions', '2026', '05', '04', `rollout-2026-05-04T11-30-00-${CODEX}.jsonl`);
    const coloured = readFileSync(rollout, 'utf8').replaceAll(
      '"Speed up the tag page build',
      '"\\u001b[1;33mSpeed up\\u001b[0m the tag page build',
    );
    writeFileSync(rollout, coloured);
    expect(run('2026-05-04', '--from', 'codex').status).toBe(0);
    const text = readFileSync(day(), 'utf8');
    expect(text).toContain('  - title: Speed up the tag page build\n');
    expect(parseDayFile('content/days/2026-05-04.md', new TextEncoder().encode(text)).diagnostics.map(formatDiagnostic)).toEqual([
      'content/days/2026-05-04.md:10:12 error tasks[1].human: human is empty; write human: 2.5h (what a human would have needed)',
    ]);
  });

  it('takes today in the site’s time zone when no date is given', () => {
    // 20:00 UTC on May 4 is 22:00 in Berlin.
    expect(run('--from', 'claude-code').out).toBe(shown('2026-05-04'));
  });

  it('writes the next day from the session that crossed midnight: its last turn and the wait before it', () => {
    expect(run('2026-05-05', '--from', 'claude-code', '--yaml').status).toBe(0);
    expect(readFileSync(day('2026-05-05', 'yaml'), 'utf8')).toBe(
      [
        ...COMMENT,
        '',
        'date: 2026-05-05',
        'tokens: 1255', // 5 + 50 + 1,200
        'tasks:',
        '  - title: Investigate the nightly export timeout',
        '    human: ""',
        '    ai: 1m',
        '    supervision: 4m',
        '    tags: [billing-api]',
        `    session: claude-code/${S3}`,
        '',
      ].join('\n'),
    );
  });

  it('follows the supervision cap and the token rule of site.yaml', () => {
    writeFileSync(join(root, 'content', 'site.yaml'), `${SITE_YAML}agentLogs:\n  supervisionGapCap: 5m\n  tokens: [output]\n`);
    run('2026-05-04', '--from', 'claude-code');
    const text = readFileSync(day(), 'utf8');
    // Output tokens only: 1,250 + 500 + 300. Waits capped at 5 minutes: the first session's 3 + 28 → 3 + 5 = 8,
    // the second's 6 → 5, the third's 1 stays 1.
    expect(text).toContain('tokens: 2050\n');
    expect(text.match(/supervision: .*/g)).toEqual(['supervision: 8m', 'supervision: 5m', 'supervision: 1m']);
  });

  it('copies nothing from the prompts but the first line as a title, and with --no-titles not even that', () => {
    const fixture = readFileSync(join(logs.claude, 'projects', '-home-ada-src-release-tools', `${S2}.jsonl`), 'utf8');
    expect(fixture).toContain('hunter2-FAKE-not-real');
    run('2026-05-04', '--from', 'claude-code');
    const titled = readFileSync(day(), 'utf8');
    expect(titled.split('ghp_FAKE0example0token0not0real')).toHaveLength(2);
    expect(titled).toContain('  - title: Use token ghp_FAKE0example0token0not0real to fix the release workflow\n');
    for (const text of ['hunter2', 'one object per invoice', 'export.log', 'Set model', 'CSV']) expect(titled).not.toContain(text);

    rmSync(day());
    const { out } = run('2026-05-04', '--from', 'claude-code', '--no-titles', '--dry-run');
    for (const text of ['ghp_', 'hunter2', 'Invoice', 'nightly', 'billing-api', 'release-tools']) expect(out).not.toContain(text);
    run('2026-05-04', '--from', 'claude-code', '--no-titles');
    const untitled = readFileSync(day(), 'utf8');
    expect(untitled.match(/ {2}- title: .*/g)).toEqual(['  - title: ""', '  - title: ""', '  - title: ""']);
    for (const text of ['ghp_', 'hunter2', 'billing-api', 'release-tools', 'tags']) expect(untitled).not.toContain(text);
  });

  it('never overwrites a day; --merge adds the sessions it lacks and leaves the rest alone', () => {
    mkdirSync(join(root, 'content', 'days'));
    const mine = '---\ndate: 2026-05-04\ntasks:\n  - title: Planning\n    human: 1h\n    ai: 5m\n    supervision: 5m\n---\nMy own words.\n';
    writeFileSync(day(), mine);
    expect(run('2026-05-04', '--from', 'codex')).toEqual({
      status: 1,
      out: '',
      err: `${shown()} already exists; add --merge to add the sessions it does not have yet, or give another date`,
    });
    expect(readFileSync(day(), 'utf8')).toBe(mine);

    const merged = run('2026-05-04', '--from', 'codex', '--merge');
    expect(merged.status).toBe(0);
    expect(merged.out).toBe(shown());
    expect(merged.err.split('\n').at(-1)).toBe(
      "1 task added from Codex's logs, tokens 21,500; fill in each task's human (your estimate by hand), check the titles, then run npm run check",
    );
    expect(readFileSync(day(), 'utf8')).toBe(
      [
        '---',
        'date: 2026-05-04',
        'tokens: 21500', // 5,000 fresh input + 15,000 cache reads + 1,500 output
        'tasks:',
        '  - title: Planning',
        '    human: 1h',
        '    ai: 5m',
        '    supervision: 5m',
        '  - title: Speed up the tag page build',
        '    human: ""',
        '    ai: 11m',
        '    supervision: 8m',
        '    tags: [fulcrum]',
        `    session: codex/${CODEX}`,
        '---',
        'My own words.',
        '',
      ].join('\n'),
    );

    const again = run('2026-05-04', '--from', 'codex', '--merge');
    expect(again.status).toBe(0);
    expect(again.err.split('\n').at(-1)).toBe(`${shown()} already has the Codex session of 2026-05-04; nothing to add`);
  });

  it('merges into a day whose extension is in capitals, as the check reads it, and refuses a .YML one', () => {
    mkdirSync(join(root, 'content', 'days'));
    const mine = 'date: 2026-05-04\ntasks:\n  - title: Planning\n    human: 1h\n    ai: 5m\n    supervision: 5m\n';
    writeFileSync(join(root, 'content', 'days', '2026-05-04.YAML'), mine);
    const merged = run('2026-05-04', '--from', 'codex', '--merge');
    expect(merged).toMatchObject({ status: 0, out: 'content/days/2026-05-04.YAML' });
    expect(readFileSync(join(root, 'content', 'days', '2026-05-04.YAML'), 'utf8')).toContain(`    session: codex/${CODEX}\n`);

    writeFileSync(join(root, 'content', 'days', '2026-05-05.YML'), mine.replace('05-04', '05-05'));
    expect(run('2026-05-05', '--from', 'claude-code', '--merge')).toEqual({
      status: 1,
      out: '',
      err: 'content/days/2026-05-05.YML: day files written in YAML end in .yaml; rename it, then merge',
    });
  });

  it('merges into the file a linked day points to, and keeps the link', () => {
    mkdirSync(join(root, 'content', 'days'));
    mkdirSync(join(root, 'drafts'));
    const mine = '---\ndate: 2026-05-04\ntasks:\n  - title: Planning\n    human: 1h\n    ai: 5m\n    supervision: 5m\n---\n';
    writeFileSync(join(root, 'drafts', '2026-05-04.md'), mine);
    symlinkSync('../../drafts/2026-05-04.md', day());
    expect(run('2026-05-04', '--from', 'codex', '--merge').status).toBe(0);
    expect(lstatSync(day()).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'drafts', '2026-05-04.md'), 'utf8')).toContain(`    session: codex/${CODEX}\n`);
  });

  it('says so, without a stack trace, when the day to merge into cannot be read', () => {
    mkdirSync(join(root, 'content', 'days'));
    symlinkSync('../../drafts/gone.md', day());
    const { status, out, err } = run('2026-05-04', '--from', 'codex', '--merge');
    expect({ status, out }).toEqual({ status: 1, out: '' });
    expect(err.split('\n').at(-1)).toBe(`cannot add the sessions to ${shown()}: it cannot be read (ENOENT); nothing written`);
  });

  it('shows a merge with --dry-run without changing the file', () => {
    run('2026-05-04', '--from', 'codex');
    const before = readFileSync(day(), 'utf8');
    const { status, out } = run('2026-05-04', '--from', 'claude-code', '--merge', '--dry-run');
    expect(status).toBe(0);
    expect(out).toContain(`Would change ${shown()} (3 tasks added from Claude Code's logs, tokens 21,500 → 58,474):\n---\n`);
    expect(readFileSync(day(), 'utf8')).toBe(before);
  });

  it('says when there is nothing to write, and where it looked', () => {
    expect(run('2026-05-06', '--from', 'claude-code')).toMatchObject({
      status: 1,
      out: '',
      err: expect.stringMatching(
        new RegExp(
          `no Claude Code sessions with agent work on 2026-05-06 \\(Europe/Berlin\\) in ${logs.claude}/projects; nothing written$`,
        ),
      ),
    });
    expect(run('2026-05-04', '--from', 'codex', '--logs', 'nowhere')).toEqual({
      status: 1,
      out: '',
      err: `there are no Codex logs at ${root}/nowhere/sessions or ${root}/nowhere/archived_sessions; point --logs at the folder that holds sessions/`,
    });
  });

  it('refuses options it does not know or that need --from', () => {
    const usage = 'usage: npm run new [YYYY-MM-DD] [-- --yaml] [--from claude-code|codex [--dry-run] [--merge] [--no-titles] [--logs DIR]]';
    expect(run('--from', 'cursor')).toEqual({
      status: 2,
      out: '',
      err: '--from cursor is not a source Fulcrum reads; write --from claude-code or --from codex',
    });
    expect(run('--merge')).toEqual({ status: 2, out: '', err: `--merge goes with --from claude-code or --from codex; ${usage}` });
    expect(run('--from')).toEqual({ status: 2, out: '', err: `--from needs a value; ${usage}` });
    expect(run('--dryrun')).toEqual({ status: 2, out: '', err: `unknown option --dryrun; ${usage}` });
    expect(run('2026-05-04', '2026-05-05')).toEqual({ status: 2, out: '', err: `unexpected 2026-05-04 2026-05-05; ${usage}` });
  });
});

describe('npm run new --from while the day changes under it', () => {
  const rollout = () => join(logs.codex, 'sessions', '2026', '05', '04', `rollout-2026-05-04T11-30-00-${CODEX}.jsonl`);
  const PLANNING = '---\ndate: 2026-05-04\ntasks:\n  - title: Planning\n    human: 1h\n    ai: 5m\n    supervision: 5m\n---\n';

  /** Runs the command with `meanwhile` done while the logs are read: at the warning about a log line it could not read. */
  function runWhileReading(meanwhile: () => void, ...args: string[]) {
    writeFileSync(rollout(), `${readFileSync(rollout(), 'utf8')}{"cut off\n`);
    const out: string[] = [];
    const err: string[] = [];
    const env = { CLAUDE_CONFIG_DIR: logs.claude, CODEX_HOME: logs.codex, INIT_CWD: root };
    const io = {
      out: (text: string) => out.push(text),
      err: (text: string) => {
        if (text.startsWith('warning: skipped')) meanwhile();
        err.push(text);
      },
    };
    const status = runNew(args, root, io, NOW, env);
    return { status, out: out.join('\n'), err: err.join('\n') };
  }

  it('merges again into what an editor saved during --merge, losing neither', () => {
    mkdirSync(join(root, 'content', 'days'));
    writeFileSync(day(), PLANNING);
    const saved = PLANNING.replace('human: 1h', 'human: 2h');
    const { status, out } = runWhileReading(() => writeFileSync(day(), saved), '2026-05-04', '--from', 'codex', '--merge');
    expect({ status, out }).toEqual({ status: 0, out: shown() });
    const text = readFileSync(day(), 'utf8');
    expect(text).toContain('    human: 2h\n');
    expect(text).toContain(`    session: codex/${CODEX}\n`);
  });

  it('says the day exists when its .yaml appears while the logs are read, and writes no second file', () => {
    const yaml = 'date: 2026-05-04\ntasks: []\n';
    const { status, out, err } = runWhileReading(
      () => {
        mkdirSync(join(root, 'content', 'days'), { recursive: true });
        writeFileSync(day('2026-05-04', 'yaml'), yaml);
      },
      '2026-05-04',
      '--from',
      'codex',
    );
    expect({ status, out }).toEqual({ status: 1, out: '' });
    expect(err.split('\n').at(-1)).toBe(
      `${shown('2026-05-04', 'yaml')} already exists; add --merge to add the sessions it does not have yet, or give another date`,
    );
    expect(readdirSync(join(root, 'content', 'days'))).toEqual(['2026-05-04.yaml']);
    expect(readFileSync(day('2026-05-04', 'yaml'), 'utf8')).toBe(yaml);
  });

  it('says the day exists when the same file appears while the logs are read, and leaves it', () => {
    const { status, out, err } = runWhileReading(
      () => {
        mkdirSync(join(root, 'content', 'days'), { recursive: true });
        writeFileSync(day(), PLANNING);
      },
      '2026-05-04',
      '--from',
      'codex',
    );
    expect({ status, out }).toEqual({ status: 1, out: '' });
    expect(err.split('\n').at(-1)).toBe(
      `${shown()} already exists; add --merge to add the sessions it does not have yet, or give another date`,
    );
    expect(readFileSync(day(), 'utf8')).toBe(PLANNING);
  });

  it('with --merge, adds the sessions to a day that appeared while the logs were read', () => {
    const { status, out } = runWhileReading(
      () => {
        mkdirSync(join(root, 'content', 'days'), { recursive: true });
        writeFileSync(day(), PLANNING);
      },
      '2026-05-04',
      '--from',
      'codex',
      '--merge',
    );
    expect({ status, out }).toEqual({ status: 0, out: shown() });
    const text = readFileSync(day(), 'utf8');
    expect(text.startsWith('---\ndate: 2026-05-04\ntokens: 21500\ntasks:\n  - title: Planning\n')).toBe(true);
    expect(text).toContain(`    session: codex/${CODEX}\n`);
  });
});

describe('npm run new --from with logs it cannot read', () => {
  it('names each log or folder it cannot read, and writes the day from the others', () => {
    const projects = join(logs.claude, 'projects');
    symlinkSync('gone.jsonl', join(projects, '-home-ada-src-billing-api', 'moved.jsonl'));
    symlinkSync('loop', join(projects, 'loop'));
    const { status, out, err } = run('2026-05-04', '--from', 'claude-code');
    expect({ status, out }).toEqual({ status: 0, out: shown() });
    expect(err.split('\n')[0]).toBe(
      `warning: could not read 2 logs or folders: ${projects}/-home-ada-src-billing-api/moved.jsonl (ENOENT: a link to nothing), ` +
        `${projects}/loop (ELOOP: a loop of links); the figures leave out what could not be read`,
    );
    expect(readFileSync(day(), 'utf8')).toBe(MAY_4);
  });
});
