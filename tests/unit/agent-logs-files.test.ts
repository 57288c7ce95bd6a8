/** Where the agents' logs are looked for, and which files are read for a day. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logFolders, readLogFiles } from '../../src/cli/agent-logs/log-files.ts';

let home: string;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'fulcrum-home-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

function touch(path: string, when: string, text = '{}\n'): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  utimesSync(path, new Date(when), new Date(when));
}

describe('logFolders', () => {
  it("reads Claude Code's default folders that exist", () => {
    mkdirSync(join(home, '.claude', 'projects'), { recursive: true });
    expect(logFolders('claude-code', { env: {}, home, cwd: '/' })).toEqual({ ok: true, folders: [join(home, '.claude', 'projects')] });
  });

  it('takes --logs over the environment variable, and a relative folder from where the author is', () => {
    mkdirSync(join(home, 'a', 'sessions'), { recursive: true });
    mkdirSync(join(home, 'b', 'sessions'), { recursive: true });
    expect(logFolders('codex', { option: 'a', env: { CODEX_HOME: join(home, 'b') }, home, cwd: home })).toEqual({
      ok: true,
      folders: [join(home, 'a', 'sessions')],
    });
    expect(logFolders('codex', { env: { CODEX_HOME: join(home, 'b') }, home, cwd: '/' })).toEqual({ ok: true, folders: [join(home, 'b', 'sessions')] });
  });

  it('names the folder it looked in and the setting that moves it', () => {
    expect(logFolders('claude-code', { env: {}, home, cwd: '/' })).toEqual({
      ok: false,
      message: `there are no Claude Code logs at ${home}/.claude/projects or ${home}/.config/claude/projects; point --logs DIR (or CLAUDE_CONFIG_DIR) at the folder that holds projects/`,
    });
    expect(logFolders('codex', { env: { CODEX_HOME: '/nowhere' }, home, cwd: '/' })).toEqual({
      ok: false,
      message: 'there are no Codex logs at /nowhere/sessions; point CODEX_HOME at the folder that holds sessions/',
    });
    expect(logFolders('codex', { option: '/nowhere', env: {}, home, cwd: '/' })).toEqual({
      ok: false,
      message: 'there are no Codex logs at /nowhere/sessions; point --logs at the folder that holds sessions/',
    });
  });
});

describe('readLogFiles', () => {
  it('reads the logs written since the day began, oldest first, and nothing else', () => {
    const projects = join(home, 'projects');
    touch(join(projects, 'p', 'new.jsonl'), '2026-05-04T12:00:00Z', 'new\n');
    touch(join(projects, 'p', 'old.jsonl'), '2026-05-03T21:59:59Z');
    touch(join(projects, 'p', 'resumed', 'subagents', 'agent-1.jsonl'), '2026-05-04T09:00:00Z', 'sub\n');
    touch(join(projects, 'p', 'notes.txt'), '2026-05-04T12:00:00Z');
    const since = Date.parse('2026-05-03T22:00:00Z');
    expect(readLogFiles('claude-code', [projects], since)).toEqual([
      { path: join(projects, 'p', 'resumed', 'subagents', 'agent-1.jsonl'), text: 'sub\n' },
      { path: join(projects, 'p', 'new.jsonl'), text: 'new\n' },
    ]);
  });

  it("reads only Codex's rollout files", () => {
    const sessions = join(home, 'sessions');
    touch(join(sessions, '2026', '05', '04', 'rollout-a.jsonl'), '2026-05-04T12:00:00Z', 'a\n');
    touch(join(sessions, '2026', '05', '04', 'other.jsonl'), '2026-05-04T12:00:00Z');
    expect(readLogFiles('codex', [sessions], 0)).toEqual([{ path: join(sessions, '2026', '05', '04', 'rollout-a.jsonl'), text: 'a\n' }]);
  });
});
