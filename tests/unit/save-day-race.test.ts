/**
 * A day file of the other form appearing between createDayFile's look for
 * the date and its write. The look is made to miss it, as it does when the
 * file is saved in that instant.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentPaths, type ContentPaths } from '../../src/lib/source/files.ts';
import { createDayFile } from '../../src/lib/source/save-day.ts';

vi.mock('../../src/lib/source/files.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/lib/source/files.ts')>()),
  existingDayFile: () => undefined,
}));

let root: string;
let paths: ContentPaths;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fulcrum-save-day-race-'));
  paths = contentPaths(root, '');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('createDayFile when the day appears in the other form meanwhile', () => {
  it('takes back its own file and names the other', () => {
    mkdirSync(paths.days, { recursive: true });
    writeFileSync(join(paths.days, '2026-05-04.yaml'), 'date: 2026-05-04\n');
    expect(createDayFile(paths, '2026-05-04', 'md', 'day\n')).toEqual({ ok: false, existing: join(paths.days, '2026-05-04.yaml') });
    expect(readdirSync(paths.days)).toEqual(['2026-05-04.yaml']);
    expect(readFileSync(join(paths.days, '2026-05-04.yaml'), 'utf8')).toBe('date: 2026-05-04\n');
  });

  it('names a file of the same name that is already there, and leaves it', () => {
    mkdirSync(paths.days, { recursive: true });
    writeFileSync(join(paths.days, '2026-05-04.md'), 'mine\n');
    expect(createDayFile(paths, '2026-05-04', 'md', 'day\n')).toEqual({ ok: false, existing: join(paths.days, '2026-05-04.md') });
    expect(readdirSync(paths.days)).toEqual(['2026-05-04.md']);
    expect(readFileSync(join(paths.days, '2026-05-04.md'), 'utf8')).toBe('mine\n');
  });
});
