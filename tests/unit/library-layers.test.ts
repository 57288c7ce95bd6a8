/**
 * The folders of `src/lib/` stack one way, so each can be read without the
 * ones above it: reading files, validating, measuring, checking prose, a
 * published day; then what is made of published days, the whole-project
 * check, and the tools on top. Files directly in `src/lib/` are the shared
 * base: every folder may use them, and they use no folder. A folder imports
 * only the base, itself and folders below it; imports are read by
 * TypeScript's own scanner, as in library-imports.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/npm-run.ts';

const LIBRARY = join(PROJECT_ROOT, 'src/lib');

/** Bottom to top; folders on one line are peers and may not import each other. */
const LAYERS: readonly (readonly string[])[] = [
  ['source'],
  ['schema'],
  ['metrics'],
  ['prose'],
  ['published'],
  ['charts', 'feeds', 'project', 'search'],
  ['agent-logs', 'import'],
];

/** The base is '' (files directly in src/lib/); every other file belongs to its top folder. */
function folderOf(path: string): string {
  const parts = relative(LIBRARY, path).split(/[\\/]/);
  return parts.length === 1 ? '' : (parts[0] as string);
}

function levelOf(folder: string): number {
  if (folder === '') return -1;
  const level = LAYERS.findIndex((line) => line.includes(folder));
  if (level === -1) throw new Error(`src/lib/${folder}/ has no place in LAYERS: add it where it belongs`);
  return level;
}

/** Why importing `to` from `from` goes the wrong way, or undefined when it may. */
function violation(from: string, to: string): string | undefined {
  if (from === to) return undefined;
  if (from === '') return 'the base imports no folder';
  const [fromLevel, toLevel] = [levelOf(from), levelOf(to)];
  if (toLevel < fromLevel) return undefined;
  return toLevel === fromLevel ? 'peers do not import each other' : 'it is above';
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.[cm]?[jt]sx?$/.test(entry.name) ? [path] : [];
  });
}

/** Relative imports of a file, as files they resolve to (type-only imports count: a type is a dependency too). */
function localImports(path: string, source = readFileSync(path, 'utf8')): string[] {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((file) => file.fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolve(dirname(path), specifier));
}

function offenders(files: readonly { path: string; source?: string }[]): string[] {
  return files.flatMap(({ path, source }) =>
    localImports(path, source).flatMap((target) => {
      if (relative(LIBRARY, target).startsWith('..')) return [];
      const why = violation(folderOf(path), folderOf(target));
      return why ? [`${relative(PROJECT_ROOT, path)} imports ${relative(PROJECT_ROOT, target)}: ${why}`] : [];
    }),
  );
}

describe('the layers of src/lib', () => {
  it('give every folder a place', () => {
    const folders = readdirSync(LIBRARY, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(folders.length).toBeGreaterThan(5);
    for (const folder of folders) expect(() => levelOf(folder.name)).not.toThrow();
  });

  it('point one way: no folder imports one above it or beside it, and the base imports none', () => {
    expect(offenders(sourceFiles(LIBRARY).map((path) => ({ path })))).toEqual([]);
  });

  it('would catch an import upwards, sideways and from the base, in every form', () => {
    const at = (file: string) => join(LIBRARY, file);
    const found = offenders([
      { path: at('source/files.ts'), source: "import type { DaySource } from '../schema/day-file.ts';" },
      { path: at('metrics/day.ts'), source: "export { inContext } from '../published/context.ts';" },
      { path: at('charts/charts.ts'), source: "const feeds = await import('../feeds/atom.ts');" },
      { path: at('format.ts'), source: "import { dayMetrics } from './metrics/day.ts';" },
      { path: at('prose/check.ts'), source: "import { nearest } from '../suggest.ts';\nimport { scanProse } from '../source/prose-scan.ts';" },
    ]);
    expect(found).toEqual([
      'src/lib/source/files.ts imports src/lib/schema/day-file.ts: it is above',
      'src/lib/metrics/day.ts imports src/lib/published/context.ts: it is above',
      'src/lib/charts/charts.ts imports src/lib/feeds/atom.ts: peers do not import each other',
      'src/lib/format.ts imports src/lib/metrics/day.ts: the base imports no folder',
    ]);
  });
});
