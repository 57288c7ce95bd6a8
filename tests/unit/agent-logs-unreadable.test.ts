/**
 * Logs and folders the system refuses to read (EACCES). Tests run as root
 * here, which reads everything, so the refusal is simulated by node:fs
 * failing for the names below as it does for another user's files.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readLogFiles } from '../../src/lib/agent-logs/log-files.ts';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const refused = (path: unknown) => String(path).includes('locked');
  const denied = (path: unknown) => Object.assign(new Error(`EACCES: permission denied, '${String(path)}'`), { code: 'EACCES' });
  return {
    ...fs,
    readdirSync: ((path: unknown, ...rest: unknown[]) => {
      if (refused(path)) throw denied(path);
      return (fs.readdirSync as (...args: unknown[]) => unknown)(path, ...rest);
    }) as typeof fs.readdirSync,
    openSync: ((path: unknown, ...rest: unknown[]) => {
      if (refused(path)) throw denied(path);
      return (fs.openSync as (...args: unknown[]) => unknown)(path, ...rest);
    }) as typeof fs.openSync,
  };
});

let home: string;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'fulcrum-unreadable-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

describe('readLogFiles with files and folders it may not read', () => {
  it('names each and reads the others', () => {
    const projects = join(home, 'projects');
    for (const folder of ['open', 'locked-project']) mkdirSync(join(projects, folder), { recursive: true });
    writeFileSync(join(projects, 'open', 'a.jsonl'), '{"a":1}\n');
    writeFileSync(join(projects, 'open', 'locked.jsonl'), '{"b":2}\n');
    const { files, unreadable } = readLogFiles('claude-code', [projects], 0);
    expect(unreadable).toEqual([{ path: join(projects, 'locked-project'), code: 'EACCES' }]);
    const read = files.map((file) => ({ path: file.path, lines: 'text' in file ? [file.text] : [...file.lines()] }));
    expect(read).toEqual([
      { path: join(projects, 'open', 'a.jsonl'), lines: ['{"a":1}'] },
      { path: join(projects, 'open', 'locked.jsonl'), lines: [] },
    ]);
    expect(unreadable).toEqual([
      { path: join(projects, 'locked-project'), code: 'EACCES' },
      { path: join(projects, 'open', 'locked.jsonl'), code: 'EACCES' },
    ]);
  });
});
