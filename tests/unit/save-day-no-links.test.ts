/** createDayFile on a file system without hard links (FAT, some network shares), where link() fails with EPERM. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentPaths, type ContentPaths } from '../../src/lib/source/files.ts';
import { createDayFile } from '../../src/lib/source/save-day.ts';

vi.mock('node:fs', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:fs')>()),
  linkSync: () => {
    throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' });
  },
}));

let root: string;
let paths: ContentPaths;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fulcrum-save-day-no-links-'));
  paths = contentPaths(root, '');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('createDayFile without hard links', () => {
  it('writes the new day directly and leaves no other file', () => {
    expect(createDayFile(paths, '2026-05-04', 'yaml', 'date: 2026-05-04\n')).toEqual({
      ok: true,
      path: join(paths.days, '2026-05-04.yaml'),
    });
    expect(readFileSync(join(paths.days, '2026-05-04.yaml'), 'utf8')).toBe('date: 2026-05-04\n');
    expect(readdirSync(paths.days)).toEqual(['2026-05-04.yaml']);
  });
});
