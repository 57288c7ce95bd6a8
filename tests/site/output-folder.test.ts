/**
 * The folder `npm run build` writes: it replaces that folder as a whole, so
 * it refuses any folder whose loss would hurt (the content, the project,
 * anything that is not an earlier build).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../support/fingerprint.ts';
import { npmRun } from '../support/npm-run.ts';
import { copyProject } from '../support/project-copy.ts';

const leftovers = (root: string) => readdirSync(root).filter((name) => name.startsWith('.dist-'));

describe('npm run build refuses an output folder it would destroy', () => {
  let project: string;
  beforeAll(() => {
    project = copyProject();
    mkdirSync(join(project, 'docs'));
    writeFileSync(join(project, 'docs/guide.md'), '# Guide\n');
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  const replaces = 'and a build replaces the whole folder it builds into. Nothing was built.';
  // Every kind of refusal is in tests/unit/output-safety.test.ts; these are the ones an author meets.
  const cases: [string, string[], number, () => string][] = [
    ['the content folder', ['--outDir', 'content'], 1, () => `will not build into content: that is content, your day files and site.yaml, ${replaces}`],
    ['the project itself', ['--outDir', '.'], 1, () => `will not build into .: that is the project folder, ${replaces}`],
    ['the folder holding the project', ['--outDir=..'], 1, () => `will not build into ${dirname(project)}: that folder holds the project, ${replaces}`],
    ['an empty name (an unset shell variable)', ['--outDir', ''], 2, () => '--outDir is empty (an unset shell variable?); name the folder to build into, e.g. --outDir dist. Nothing was built.'],
    [
      'a folder that holds something else',
      ['--outDir', 'docs'],
      1,
      () =>
        'will not build into docs: that folder holds files and is not an earlier Fulcrum build (which has index.html, rss.xml and data/days.json), ' +
        'and a build replaces the whole folder it builds into; empty it or choose another. Nothing was built.',
    ],
  ];

  it.each(cases)('%s', (_name, args, status, message) => {
    const before = { content: fingerprint(join(project, 'content')), src: fingerprint(join(project, 'src')), docs: fingerprint(join(project, 'docs')) };
    expect(npmRun('build', args, {}, project)).toEqual({ status, stdout: '', stderr: `${message()}\n` });
    expect({ content: fingerprint(join(project, 'content')), src: fingerprint(join(project, 'src')), docs: fingerprint(join(project, 'docs')) }).toEqual(before);
    expect(leftovers(project)).toEqual([]);
  });
});
