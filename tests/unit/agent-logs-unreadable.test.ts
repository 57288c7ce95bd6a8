/**
 * Logs and folders the system refuses to read (EACCES). Tests run as root
 * here, which reads everything, so the refusal is simulated by node:fs
 * failing for the names below as it does for another user's files.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logLines } from '../../src/cli/agent-logs/jsonl.ts';
import { readLogFiles } from '../../src/cli/agent-logs/log-files.ts';

/**
 * Names with "locked" cannot be listed or opened (EACCES); a file with
 * "broken" in its name opens but fails to read (EIO), as on a failing disk.
 */
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const refused = (path: unknown) => String(path).includes('locked');
  const failure = (code: string, path: unknown) => Object.assign(new Error(`${code}: '${String(path)}'`), { code });
  const broken = new Set<number>();
  return {
    ...fs,
    readdirSync: ((path: unknown, ...rest: unknown[]) => {
      if (refused(path)) throw failure('EACCES', path);
      return (fs.readdirSync as (...args: unknown[]) => unknown)(path, ...rest);
    }) as typeof fs.readdirSync,
    openSync: ((path: unknown, ...rest: unknown[]) => {
      if (refused(path)) throw failure('EACCES', path);
      const fd = (fs.openSync as (...args: unknown[]) => number)(path, ...rest);
      if (String(path).includes('broken')) broken.add(fd);
      else broken.delete(fd);
      return fd;
    }) as typeof fs.openSync,
    readSync: ((fd: number, ...rest: unknown[]) => {
      if (broken.has(fd)) throw failure('EIO', fd);
      return (fs.readSync as (...args: unknown[]) => number)(fd, ...rest);
    }) as typeof fs.readSync,
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
    const read = files.map((file) => ({ path: file.path, lines: [...logLines(file)] }));
    expect(read).toEqual([
      { path: join(projects, 'open', 'a.jsonl'), lines: ['{"a":1}'] },
      { path: join(projects, 'open', 'locked.jsonl'), lines: [] },
    ]);
    expect(unreadable).toEqual([
      { path: join(projects, 'locked-project'), code: 'EACCES' },
      { path: join(projects, 'open', 'locked.jsonl'), code: 'EACCES' },
    ]);
  });

  it('names a log that fails while it is read', () => {
    const projects = join(home, 'projects');
    mkdirSync(join(projects, 'p'), { recursive: true });
    writeFileSync(join(projects, 'p', 'broken.jsonl'), '{"a":1}\n');
    const { files, unreadable } = readLogFiles('claude-code', [projects], 0);
    expect(files.map((file) => [...logLines(file)])).toEqual([[]]);
    // A reader that goes through the file twice gets it named once.
    expect(files.map((file) => [...logLines(file)])).toEqual([[]]);
    expect(unreadable).toEqual([{ path: join(projects, 'p', 'broken.jsonl'), code: 'EIO' }]);
  });
});
