/**
 * `npm run bench -- --results …` once joined an absolute path onto the
 * project root and failed with ENOENT after every run had finished, losing
 * the results. The path is now resolved and checked before the first build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resultsPath } from '../lib/results-path.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-results-'));
const repo = join(dir, 'repo');
mkdirSync(join(repo, 'bench'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('resultsPath', () => {
  it('takes an absolute path as it is', () => {
    expect(resultsPath(join(dir, 'out.md'), repo)).toEqual({ ok: true, path: join(dir, 'out.md') });
  });

  it('reads a relative path from the project root', () => {
    expect(resultsPath('bench/results.md', repo)).toEqual({ ok: true, path: join(repo, 'bench/results.md') });
  });

  it('refuses a folder that does not exist, before anything runs', () => {
    expect(resultsPath(join(dir, 'missing/out.md'), repo)).toEqual({
      ok: false,
      message: `--results ${join(dir, 'missing/out.md')}: the folder ${join(dir, 'missing')} does not exist; create it or choose another path`,
    });
  });

  it('refuses a path that is a folder', () => {
    expect(resultsPath(dir, repo)).toEqual({
      ok: false,
      message: `--results ${dir}: ${dir} is a folder; give a file name such as ${join(dir, 'results.md')}`,
    });
  });

  it('refuses a path below a file', () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, '');
    expect(resultsPath(join(file, 'out.md'), repo)).toEqual({
      ok: false,
      message: `--results ${join(file, 'out.md')}: the folder ${file} does not exist; create it or choose another path`,
    });
  });
});
