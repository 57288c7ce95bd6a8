/**
 * The caches are keyed by a hash of the code that fills them (content-cache.ts's
 * codeHash), given as a hand-kept list of source folders and files. A file the
 * cached code runs but the list leaves out could change without changing the
 * key, and the cache would serve what the old code made. Each list is read
 * from its module's source text and checked against the files the module
 * runs: its relative imports followed transitively, and the worker threads it
 * starts by file name (runnableFile). `import type` counts for nothing: it is
 * erased before the code runs.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/npm-run.ts';

/** Each cache: the module that opens it and the name of its list of code. */
const CACHES = [
  { module: 'src/astro/loaders/days-loader.ts', list: 'LOADING_CODE' },
  { module: 'src/lib/project/prepare.ts', list: 'PREPARING_CODE' },
  { module: 'src/astro/data/post-body.ts', list: 'BODY_CODE' },
  { module: 'src/lib/cards/render-card.ts', list: 'DRAWING_CODE' },
  { module: 'src/lib/project/prose-check-memo.ts', list: 'CHECKING_CODE' },
] as const;

function parse(path: string): ts.SourceFile {
  return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** The string literals of `const <name> = [...]` in a module's source. */
function codeList(path: string, name: string): string[] {
  let found: string[] | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name) {
      const initializer = node.initializer;
      if (!initializer || !ts.isArrayLiteralExpression(initializer) || !initializer.elements.every(ts.isStringLiteral)) {
        throw new Error(`${relative(PROJECT_ROOT, path)}: ${name} should be an array of string literals, which this test reads`);
      }
      found = initializer.elements.map((element) => (element as ts.StringLiteral).text);
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(path));
  if (!found) throw new Error(`${relative(PROJECT_ROOT, path)} has no ${name}: name the module's list of code in CACHES`);
  return found;
}

/** The first argument of a call to `callee` when it is a string literal. */
function stringArgument(node: ts.CallExpression, callee: ts.SyntaxKind | string): string | undefined {
  const matches =
    typeof callee === 'string' ? ts.isIdentifier(node.expression) && node.expression.text === callee : node.expression.kind === callee;
  const [first] = node.arguments;
  return matches && first && ts.isStringLiteral(first) ? first.text : undefined;
}

/** The files a module loads when it runs: relative imports and re-exports, dynamic imports, and worker threads started by file name. */
function filesRun(path: string, packageRoot: string): string[] {
  const relativeSpecifiers: string[] = [];
  const workers: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) {
      relativeSpecifiers.push(node.moduleSpecifier.text);
    }
    if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      relativeSpecifiers.push(node.moduleSpecifier.text);
    }
    if (ts.isCallExpression(node)) {
      const imported = stringArgument(node, ts.SyntaxKind.ImportKeyword);
      if (imported !== undefined) relativeSpecifiers.push(imported);
      const worker = stringArgument(node, 'runnableFile');
      if (worker !== undefined) workers.push(worker);
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(path));
  return [
    ...relativeSpecifiers.filter((specifier) => specifier.startsWith('.')).map((specifier) => resolve(dirname(path), specifier)),
    ...workers.map((worker) => resolve(packageRoot, worker)),
  ];
}

/** Every file `start` runs, itself included, relative to the package's folder. */
function reachable(start: string, packageRoot = PROJECT_ROOT): string[] {
  const seen = new Set<string>();
  const pending = [resolve(packageRoot, start)];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (seen.has(path)) continue;
    seen.add(path);
    pending.push(...filesRun(path, packageRoot));
  }
  return [...seen].map((path) => relative(packageRoot, path).split('\\').join('/')).sort();
}

/** The files no entry of the list covers (an entry covers itself and, as a folder, everything below it). */
function uncovered(files: readonly string[], list: readonly string[]): string[] {
  return files.filter((file) => !list.some((entry) => file === entry || file.startsWith(`${entry}/`)));
}

describe('the code each cache is keyed by', () => {
  for (const { module, list } of CACHES) {
    it(`${list} (${module}) covers every file the module runs`, () => {
      expect(uncovered(reachable(module), codeList(join(PROJECT_ROOT, module), list))).toEqual([]);
    });
  }
});

describe('following what a module runs', () => {
  const root = mkdtempSync(join(tmpdir(), 'fulcrum-cache-keys-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const files: Record<string, string> = {
    'lib/cache.ts': [
      "import { a } from './a.ts';",
      "import type { T } from './only-types.ts';",
      "import { type U, b } from '../shared/b.ts';",
      "export { c } from './c.ts';",
      "export type { V } from './more-types.ts';",
      "import { parse } from 'yaml';",
      "const worker = () => runnableFile('lib/worker.ts');",
      'const LIST = [\'lib\', "shared/b.ts"];',
      "export async function later() { return import('./late.ts'); }",
    ].join('\n'),
    'lib/a.ts': "import { d } from '../deep/d.ts';\nexport const a = 1;",
    'shared/b.ts': "import { a } from '../lib/a.ts';\nexport const b = 2;",
    'lib/c.ts': 'export const c = 3;',
    'deep/d.ts': 'export const d = 4;',
    'lib/late.ts': 'export const late = 5;',
    'lib/worker.ts': "import { e } from '../workers/e.ts';",
    'workers/e.ts': 'export const e = 6;',
  };
  for (const [name, text] of Object.entries(files)) {
    const path = join(root, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }

  it('follows imports, re-exports, dynamic imports and workers transitively, never `import type`, once each', () => {
    expect(reachable('lib/cache.ts', root)).toEqual([
      'deep/d.ts',
      'lib/a.ts',
      'lib/c.ts',
      'lib/cache.ts',
      'lib/late.ts',
      'lib/worker.ts',
      'shared/b.ts',
      'workers/e.ts',
    ]);
  });

  it('reads the list from the source and names what it leaves out', () => {
    const list = codeList(join(root, 'lib/cache.ts'), 'LIST');
    expect(list).toEqual(['lib', 'shared/b.ts']);
    expect(uncovered(reachable('lib/cache.ts', root), list)).toEqual(['deep/d.ts', 'workers/e.ts']);
  });

  it('does not take a folder for a longer name that starts like it', () => {
    expect(uncovered(['lib/a.ts', 'library/b.ts', 'lib'], ['lib'])).toEqual(['library/b.ts']);
  });

  it('names a module whose list is missing', () => {
    expect(() => codeList(join(root, 'lib/cache.ts'), 'CODE')).toThrow(/lib\/cache\.ts has no CODE/);
  });
});
