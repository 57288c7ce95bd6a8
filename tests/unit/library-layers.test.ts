/**
 * The folders of `src/lib/` stack one way, so each can be read without the
 * ones above it: storing files (written whole, cached, the package's own),
 * reading files, validating, measuring, checking prose, a published day;
 * then what is made of published days, the whole-project check, and the
 * tools on top. Files directly in `src/lib/` are the shared
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
  ['storage', 'workers'],
  ['source'],
  ['schema'],
  ['metrics'],
  ['prose'],
  ['published'],
  ['markdown'],
  ['cards', 'charts', 'feeds', 'post', 'project', 'search'],
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
      // However the path is written (out of src/lib and back in, say), it counts where it lands.
      const why = relative(LIBRARY, target).startsWith('..')
        ? 'the library imports nothing outside src/lib'
        : violation(folderOf(path), folderOf(target));
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
      { path: at('metrics/day-metrics.ts'), source: "export { inContext } from '../published/context.ts';" },
      { path: at('charts/charts.ts'), source: "const feeds = await import('../feeds/atom.ts');" },
      { path: at('format.ts'), source: "import { dayMetrics } from './metrics/day-metrics.ts';" },
      {
        path: at('prose/check-prose.ts'),
        source: "import { nearest } from '../schema/suggest.ts';\nimport { scanProse } from '../source/prose-scan.ts';",
      },
      { path: at('source/files.ts'), source: "import { publishDays } from '../../lib/published/publish.ts';" },
      { path: at('metrics/day-metrics.ts'), source: "import { runBuild } from '../../cli/build.ts';" },
    ]);
    expect(found).toEqual([
      'src/lib/source/files.ts imports src/lib/schema/day-file.ts: it is above',
      'src/lib/metrics/day-metrics.ts imports src/lib/published/context.ts: it is above',
      'src/lib/charts/charts.ts imports src/lib/feeds/atom.ts: peers do not import each other',
      'src/lib/format.ts imports src/lib/metrics/day-metrics.ts: the base imports no folder',
      'src/lib/source/files.ts imports src/lib/published/publish.ts: it is above',
      'src/lib/metrics/day-metrics.ts imports src/cli/build.ts: the library imports nothing outside src/lib',
    ]);
  });
});

describe('the three roles', () => {
  const ROLES = ['lib', 'astro', 'cli'] as const;
  /** What each role may import of the others: the library stands alone; the Astro side and the command line use it, not each other. */
  const MAY_IMPORT: Record<(typeof ROLES)[number], readonly string[]> = { lib: ['lib'], astro: ['lib', 'astro'], cli: ['lib', 'cli'] };
  const SRC = join(PROJECT_ROOT, 'src');
  const roleOf = (path: string) => relative(SRC, path).split(/[\\/]/)[0] ?? '';

  function crossings(files: readonly { path: string; source?: string }[]): string[] {
    return files.flatMap(({ path, source }) => {
      const from = roleOf(path) as (typeof ROLES)[number];
      return localImports(path, source).flatMap((target) => {
        const to = roleOf(target);
        return ROLES.includes(to as (typeof ROLES)[number]) && !MAY_IMPORT[from].includes(to)
          ? [`${relative(PROJECT_ROOT, path)} imports ${relative(PROJECT_ROOT, target)}`]
          : [];
      });
    });
  }

  const files = (role: string) =>
    readdirSync(join(SRC, role), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|astro)$/.test(name) && !name.startsWith('template'))
      .map((name) => ({ path: join(SRC, role, name) }));

  it('keep apart: the command line and the Astro side import only the library and themselves', () => {
    expect(crossings(ROLES.flatMap(files))).toEqual([]);
  });

  it('would catch the command line importing the Astro side, and the other way round', () => {
    expect(
      crossings([
        { path: join(SRC, 'cli/build.ts'), source: "import { getSite } from '../astro/data/published.ts';" },
        { path: join(SRC, 'astro/loaders/days-loader.ts'), source: "import { runCheck } from '../../cli/check-command.ts';" },
      ]),
    ).toEqual([
      'src/cli/build.ts imports src/astro/data/published.ts',
      'src/astro/loaders/days-loader.ts imports src/cli/check-command.ts',
    ]);
  });
});
