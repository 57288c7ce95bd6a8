/**
 * `src/lib/` is plain TypeScript that any script or test can use without
 * Astro: no file there may import `astro`, `astro:*` or `astro/*`. Imports
 * are read by TypeScript's own scanner, which also sees `import()` and
 * `export … from`. And zod is one copy: the library's schemas are the very
 * objects `astro/zod` hands to defineCollection.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/npm-run.ts';

const LIBRARY = join(PROJECT_ROOT, 'src/lib');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.[cm]?[jt]sx?$/.test(entry.name) ? [path] : [];
  });
}

function imports(path: string): string[] {
  return ts.preProcessFile(readFileSync(path, 'utf8'), true, true).importedFiles.map((file) => file.fileName);
}

const isAstro = (specifier: string) => specifier === 'astro' || specifier.startsWith('astro:') || specifier.startsWith('astro/');

describe('src/lib', () => {
  it('has no Astro import in any file', () => {
    const files = sourceFiles(LIBRARY);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.flatMap((path) =>
      imports(path)
        .filter(isAstro)
        .map((specifier) => `${relative(PROJECT_ROOT, path)} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it('would be caught importing Astro, in every form', () => {
    const source = [
      "import { z } from 'astro/zod';",
      "import type { Loader } from 'astro/loaders';",
      "export { getCollection } from 'astro:content';",
      "const astro = await import('astro');",
      "import { z as zod } from 'zod';",
    ].join('\n');
    const found = ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
    expect(found.filter(isAstro)).toEqual(['astro/zod', 'astro/loaders', 'astro:content', 'astro']);
  });

  it('uses the same zod as Astro, so its schemas are the ones defineCollection gets', async () => {
    const [zod, astroZod] = await Promise.all([import('zod'), import('astro/zod')]);
    expect(zod.z.object).toBe(astroZod.z.object);
    expect(zod.z.ZodObject).toBe(astroZod.z.ZodObject);
  });
});
