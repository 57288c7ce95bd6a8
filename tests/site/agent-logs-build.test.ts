/**
 * The whole path an author takes: `npm run new -- 2026-05-04 --from
 * claude-code` on the invented logs, the check refusing the day until each
 * human estimate is in, then a build whose post shows the figures worked out
 * by hand (see tests/unit/agent-logs-fixtures.test.ts), and nothing else
 * from the logs.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copiedLogs } from '../support/agent-log-fixtures.ts';
import { contentFolder } from '../support/content-folder.ts';
import { TOTAL_LABELS } from '../support/expected-days.ts';
import { contentBuild } from '../support/extra-builds.ts';
import { rowTexts, tableByClass } from '../support/html.ts';
import { npmRun, type CommandResult } from '../support/npm-run.ts';

let content: string;
let logs: ReturnType<typeof copiedLogs>;
let written: CommandResult;
let checkBefore: CommandResult;
let checkAfter: CommandResult;
let out: string;

beforeAll(() => {
  content = contentFolder({});
  logs = copiedLogs();
  const env = { FULCRUM_CONTENT: content, CLAUDE_CONFIG_DIR: logs.claude };
  written = npmRun('new', ['2026-05-04', '--from', 'claude-code'], env);
  checkBefore = npmRun('check', [], env);
  // The author's estimates, task by task in the file's order (by each session's first prompt).
  const file = join(content, 'days', '2026-05-04.md');
  const estimates = ['2h', '1.5h', '1h'];
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/human: ""/g, () => `human: ${estimates.shift()}`),
  );
  checkAfter = npmRun('check', [], env);
  out = contentBuild('agent-logs', content);
});

afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(logs.root, { recursive: true, force: true });
});

describe('a day written from Claude Code logs', () => {
  it('is written by the command, and refused by the check until each human estimate is filled in', () => {
    expect(written.status).toBe(0);
    expect(written.stdout).toBe(`${content}/days/2026-05-04.md\n`);
    expect(checkBefore.status).toBe(1);
    expect(checkBefore.stdout.split('\n').filter((line) => line.includes(' error '))).toEqual([
      `${content}/days/2026-05-04.md:10:12 error tasks[1].human: human is empty; write human: 2.5h (what a human would have needed)`,
      `${content}/days/2026-05-04.md:16:12 error tasks[2].human: human is empty; write human: 2.5h (what a human would have needed)`,
      `${content}/days/2026-05-04.md:22:12 error tasks[3].human: human is empty; write human: 2.5h (what a human would have needed)`,
    ]);
    expect(checkAfter).toMatchObject({ status: 0, stdout: 'Checked 1 day with 3 tasks, 2026-05-04: no problems.\n' });
  });

  it('builds into a post whose Task Log shows the measured minutes, ranked by factor', () => {
    const html = readFileSync(join(out, '2026/05/04/index.html'), 'utf8');
    // Each title is followed by the task's tag, its session's project (billing-api, release-tools).
    expect(rowTexts(tableByClass(html, 'task-log'))).toEqual([
      // 2h in 12m = 10.0x; 2h over 13m of supervision = 9.23… → 9.2x.
      ['1', 'Invoice export: a JSON flag billing-api', '2h', '12m', '13m', '10.0x', '9.2x'],
      // 13.5 min measured is written 14m (whole minutes from 10m, half up); 1.5h in 14m = 6.42… → 6.4x; 1.5h over 6m = 15.0x.
      ['2', 'Use token ghp_FAKE0example0token0not0real to fix the release workflow release-tools', '1.5h', '14m', '6m', '6.4x', '15.0x'],
      // 1h in 15m = 4.0x; 1h over 1m = 60.0x.
      ['3', 'Investigate the nightly export timeout billing-api', '1h', '15m', '1m', '4.0x', '60.0x'],
    ]);
  });

  it('and whose Aggregate Statistics add them up', () => {
    const html = readFileSync(join(out, '2026/05/04/index.html'), 'utf8');
    // 4.5 human hours (270 min); 12 + 14 + 15 = 41 agent minutes as written; 13 + 6 + 1 = 20 supervision minutes;
    // 27,524 + 7,130 + 2,320 tokens; 270 / 41 = 6.58… → 6.6x; 270 / 20 = 13.5x.
    expect(rowTexts(tableByClass(html, 'aggregate'))).toEqual(
      TOTAL_LABELS.map((label, index) => [label, ['3', '4.5', '41', '20', '36,974', '6.6x', '13.5x'][index]]),
    );
  });

  it('publishes no prompt text and no session id anywhere in the site', () => {
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((path) => /\.(html|xml|json|csv|txt)$/.test(path));
    expect(files.length).toBeGreaterThan(10);
    for (const path of files) {
      const text = readFileSync(join(out, path), 'utf8');
      for (const secret of ['hunter2', 'one object per invoice', 'export.log', '5b1f7c9e-2d4a', 'claude-code/']) {
        expect(text.includes(secret), `${secret} in ${path}`).toBe(false);
      }
    }
  });
});
