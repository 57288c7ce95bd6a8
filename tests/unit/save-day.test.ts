/** Saving a day: never over another file of its date, never over a save made meanwhile. */
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentPaths, type ContentPaths } from '../../src/lib/source/files.ts';
import { createDayFile, replaceDayFile } from '../../src/lib/source/save-day.ts';

let root: string;
let paths: ContentPaths;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fulcrum-save-day-'));
  paths = contentPaths(root, '');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const days = (...names: string[]) => join(root, 'content', 'days', ...names);

describe('createDayFile', () => {
  it('writes a new day, making the days folder, and leaves nothing else', () => {
    expect(createDayFile(paths, '2026-05-04', 'md', 'day\n')).toEqual({ ok: true, path: days('2026-05-04.md') });
    expect(readFileSync(days('2026-05-04.md'), 'utf8')).toBe('day\n');
    expect(readdirSync(days())).toEqual(['2026-05-04.md']);
  });

  it.each([['2026-05-04.md'], ['2026-05-04.yaml'], ['2026-05-04.YML']])('names %s rather than write beside it or over it', (name) => {
    mkdirSync(days(), { recursive: true });
    writeFileSync(days(name), 'mine\n');
    expect(createDayFile(paths, '2026-05-04', 'md', 'day\n')).toEqual({ ok: false, existing: days(name) });
    expect(readdirSync(days())).toEqual([name]);
    expect(readFileSync(days(name), 'utf8')).toBe('mine\n');
  });

  it('names a link to nothing that holds the date, and leaves it', () => {
    mkdirSync(days(), { recursive: true });
    symlinkSync('gone.md', days('2026-05-04.md'));
    expect(createDayFile(paths, '2026-05-04', 'md', 'day\n')).toEqual({ ok: false, existing: days('2026-05-04.md') });
    expect(lstatSync(days('2026-05-04.md')).isSymbolicLink()).toBe(true);
  });
});

describe('replaceDayFile', () => {
  it('writes over the day when it still reads as it did', () => {
    mkdirSync(days(), { recursive: true });
    writeFileSync(days('2026-05-04.md'), 'read\n');
    expect(replaceDayFile(days('2026-05-04.md'), 'read\n', 'merged\n')).toBe('written');
    expect(readFileSync(days('2026-05-04.md'), 'utf8')).toBe('merged\n');
  });

  it('writes nothing when the day was saved, or deleted, since it was read', () => {
    mkdirSync(days(), { recursive: true });
    writeFileSync(days('2026-05-04.md'), 'saved meanwhile\n');
    expect(replaceDayFile(days('2026-05-04.md'), 'read\n', 'merged\n')).toBe('changed');
    expect(readFileSync(days('2026-05-04.md'), 'utf8')).toBe('saved meanwhile\n');
    expect(replaceDayFile(days('2026-05-05.md'), 'read\n', 'merged\n')).toBe('changed');
    expect(readdirSync(days())).toEqual(['2026-05-04.md']);
  });

  it('writes through a link, comparing with the file it leads to', () => {
    mkdirSync(days(), { recursive: true });
    writeFileSync(join(root, 'mine.md'), 'read\n');
    symlinkSync('../../mine.md', days('2026-05-04.md'));
    expect(replaceDayFile(days('2026-05-04.md'), 'read\n', 'merged\n')).toBe('written');
    expect(lstatSync(days('2026-05-04.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'mine.md'), 'utf8')).toBe('merged\n');
  });
});
