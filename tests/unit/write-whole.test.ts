/**
 * Every writer of a day (check --fix, import --force, new --merge) writes
 * through a symbolic link: the link stays, the file it points to changes.
 */
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPlans } from '../../src/cli/fix-command.ts';
import { runImport } from '../../src/cli/import-command.ts';
import { writeWhole } from '../../src/lib/storage/write-whole.ts';
import { SITE_YAML } from '../support/content-folder.ts';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fulcrum-write-whole-'));
  mkdirSync(join(root, 'content', 'days'), { recursive: true });
  mkdirSync(join(root, 'notes'));
  writeFileSync(join(root, 'content', 'site.yaml'), SITE_YAML);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const days = (...names: string[]) => join(root, 'content', 'days', ...names);

describe('writeWhole', () => {
  it('writes a plain file whole and leaves nothing beside it', () => {
    writeWhole(days('2026-05-04.md'), 'new\n');
    expect(readFileSync(days('2026-05-04.md'), 'utf8')).toBe('new\n');
    expect(readdirSync(days())).toEqual(['2026-05-04.md']);
  });

  it('writes through a chain of relative links to the file at its end, and keeps both links', () => {
    writeFileSync(join(root, 'notes', 'may-4.md'), 'old\n');
    symlinkSync('may-4.md', join(root, 'notes', 'latest.md'));
    symlinkSync('../../notes/latest.md', days('2026-05-04.md'));
    writeWhole(days('2026-05-04.md'), 'new\n');
    expect(lstatSync(days('2026-05-04.md')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(root, 'notes', 'latest.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'notes', 'may-4.md'), 'utf8')).toBe('new\n');
    expect(readdirSync(days())).toEqual(['2026-05-04.md']);
    expect(readdirSync(join(root, 'notes')).sort()).toEqual(['latest.md', 'may-4.md']);
  });
});

describe('the writers of a day keep its link', () => {
  it('check --fix writes into the file a linked day points to', () => {
    writeFileSync(join(root, 'notes', 'may-4.md'), 'before\n');
    symlinkSync('../../notes/may-4.md', days('2026-05-04.md'));
    const plan = {
      file: 'content/days/2026-05-04.md',
      read: 'before\n',
      fix: { text: 'after\n', changes: [{ line: 1, before: 'before', after: 'after' }], leftAlone: [] },
    };
    expect(applyPlans(root, [plan])).toEqual({ written: 1, changed: [] });
    expect(lstatSync(days('2026-05-04.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'notes', 'may-4.md'), 'utf8')).toBe('after\n');
  });

  it('import --force replaces the file a linked day points to', () => {
    writeFileSync(join(root, 'notes', 'march-4.md'), '---\ndate: 2026-03-04\ntasks: []\n---\n');
    symlinkSync('../../notes/march-4.md', days('2026-03-04.md'));
    const quiet = { out: () => undefined, err: () => undefined };
    expect(runImport(['posts/2026-03-04.txt', '--force'], root, quiet, join(import.meta.dirname, '../fixtures/import'))).toBe(0);
    expect(lstatSync(days('2026-03-04.md')).isSymbolicLink()).toBe(true);
    expect(
      readFileSync(join(root, 'notes', 'march-4.md'), 'utf8').startsWith(
        '---\ndate: 2026-03-04\ntitle: "Leverage Record: March 4, 2026"\ntasks:\n',
      ),
    ).toBe(true);
  });
});
