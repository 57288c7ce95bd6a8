/** Where the agents' logs are looked for, and which files are read for a day. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogFile } from '../../src/cli/agent-logs/activity.ts';
import { logLines } from '../../src/cli/agent-logs/jsonl.ts';
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

/** A file as the readers see it: its path and its lines, each ended again. */
function whole(file: LogFile): { path: string; text: string } {
  return { path: file.path, text: [...logLines(file)].map((line) => `${line}\n`).join('') };
}

/** The files read for a day, whole, and what could not be read. */
function read(source: 'claude-code' | 'codex', folders: string[], since: number) {
  const { files, unreadable } = readLogFiles(source, folders, since);
  return { files: files.map(whole), unreadable };
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
    expect(logFolders('codex', { env: { CODEX_HOME: join(home, 'b') }, home, cwd: '/' })).toEqual({
      ok: true,
      folders: [join(home, 'b', 'sessions')],
    });
  });

  it('names the folder it looked in and the setting that moves it', () => {
    expect(logFolders('claude-code', { env: {}, home, cwd: '/' })).toEqual({
      ok: false,
      message: `there are no Claude Code logs at ${home}/.claude/projects or ${home}/.config/claude/projects; point --logs DIR (or CLAUDE_CONFIG_DIR) at the folder that holds projects/`,
    });
    expect(logFolders('codex', { env: { CODEX_HOME: '/nowhere' }, home, cwd: '/' })).toEqual({
      ok: false,
      message:
        'there are no Codex logs at /nowhere/sessions or /nowhere/archived_sessions; point CODEX_HOME at the folder that holds sessions/',
    });
    expect(logFolders('codex', { option: '/nowhere', env: {}, home, cwd: '/' })).toEqual({
      ok: false,
      message:
        'there are no Codex logs at /nowhere/sessions or /nowhere/archived_sessions; point --logs at the folder that holds sessions/',
    });
  });
});

describe("Codex's archived sessions", () => {
  it('reads archived_sessions/ beside sessions/, or alone', () => {
    const codex = join(home, '.codex');
    mkdirSync(join(codex, 'archived_sessions'), { recursive: true });
    expect(logFolders('codex', { env: {}, home, cwd: '/' })).toEqual({ ok: true, folders: [join(codex, 'archived_sessions')] });
    mkdirSync(join(codex, 'sessions'));
    expect(logFolders('codex', { env: {}, home, cwd: '/' })).toEqual({
      ok: true,
      folders: [join(codex, 'sessions'), join(codex, 'archived_sessions')],
    });
  });

  it('reads the rollouts Codex moved to archived_sessions/', () => {
    const codex = join(home, '.codex');
    touch(join(codex, 'sessions', '2026', '05', '04', 'rollout-a.jsonl'), '2026-05-04T12:00:00Z', 'a\n');
    touch(join(codex, 'archived_sessions', 'rollout-b.jsonl'), '2026-05-04T11:00:00Z', 'b\n');
    const located = logFolders('codex', { env: {}, home, cwd: '/' });
    expect(located.ok && read('codex', located.folders, 0)).toEqual({
      files: [
        { path: join(codex, 'archived_sessions', 'rollout-b.jsonl'), text: 'b\n' },
        { path: join(codex, 'sessions', '2026', '05', '04', 'rollout-a.jsonl'), text: 'a\n' },
      ],
      unreadable: [],
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
    expect(read('claude-code', [projects], since)).toEqual({
      files: [
        { path: join(projects, 'p', 'resumed', 'subagents', 'agent-1.jsonl'), text: 'sub\n' },
        { path: join(projects, 'p', 'new.jsonl'), text: 'new\n' },
      ],
      unreadable: [],
    });
  });

  it("reads only Codex's rollout files", () => {
    const sessions = join(home, 'sessions');
    touch(join(sessions, '2026', '05', '04', 'rollout-a.jsonl'), '2026-05-04T12:00:00Z', 'a\n');
    touch(join(sessions, '2026', '05', '04', 'other.jsonl'), '2026-05-04T12:00:00Z');
    expect(read('codex', [sessions], 0)).toEqual({
      files: [{ path: join(sessions, '2026', '05', '04', 'rollout-a.jsonl'), text: 'a\n' }],
      unreadable: [],
    });
  });

  it('follows links to project folders and to logs, reading each log once', () => {
    const projects = join(home, 'projects');
    touch(join(home, 'elsewhere', 'billing', 'a.jsonl'), '2026-05-04T09:00:00Z', 'a\n');
    touch(join(home, 'elsewhere', 'b.jsonl'), '2026-05-04T10:00:00Z', 'b\n');
    mkdirSync(projects);
    symlinkSync(join(home, 'elsewhere', 'billing'), join(projects, 'billing'));
    symlinkSync(join(home, 'elsewhere', 'billing'), join(projects, 'billing-again'));
    symlinkSync(join(home, 'elsewhere', 'b.jsonl'), join(projects, 'b.jsonl'));
    expect(read('claude-code', [projects], 0)).toEqual({
      files: [
        { path: join(projects, 'billing', 'a.jsonl'), text: 'a\n' },
        { path: join(projects, 'b.jsonl'), text: 'b\n' },
      ],
      unreadable: [],
    });
  });

  it('goes round a loop of folder links once', () => {
    const projects = join(home, 'projects');
    touch(join(projects, 'p', 'a.jsonl'), '2026-05-04T09:00:00Z', 'a\n');
    symlinkSync('..', join(projects, 'p', 'up'));
    symlinkSync(projects, join(projects, 'p', 'top'));
    expect(read('claude-code', [projects], 0)).toEqual({ files: [{ path: join(projects, 'p', 'a.jsonl'), text: 'a\n' }], unreadable: [] });
  });

  it('names a link it cannot follow and reads the other logs', () => {
    const projects = join(home, 'projects');
    touch(join(projects, 'p', 'a.jsonl'), '2026-05-04T09:00:00Z', 'a\n');
    symlinkSync('gone.jsonl', join(projects, 'p', 'b.jsonl'));
    symlinkSync('c.jsonl', join(projects, 'p', 'c.jsonl'));
    symlinkSync('loop', join(projects, 'loop'));
    expect(read('claude-code', [projects], 0)).toEqual({
      files: [{ path: join(projects, 'p', 'a.jsonl'), text: 'a\n' }],
      unreadable: [
        { path: join(projects, 'loop'), code: 'ELOOP' },
        { path: join(projects, 'p', 'b.jsonl'), code: 'ENOENT' },
        { path: join(projects, 'p', 'c.jsonl'), code: 'ELOOP' },
      ],
    });
  });
});
