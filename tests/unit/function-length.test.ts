/**
 * No function in src/ or bin/ runs over 60 lines, counted from its signature
 * to its closing brace, comments and blank lines included. Biome's
 * noExcessiveLinesPerFunction leaves out the signature and closing lines, so
 * it lets a 66-line function through; this counts as a reader does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const LIMIT = 60;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The TypeScript of a file: an .astro file's frontmatter, with the line its code starts on. */
function script(file: string): { text: string; firstLine: number } {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return { text, firstLine: 1 };
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text);
  return { text: frontmatter?.[1] ?? '', firstLine: 2 };
}

/** Each function's first line and length in lines, signature to closing brace. */
function functionSpans(name: string, text: string): { line: number; lines: number }[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const spans: { line: number; lines: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      spans.push({ line: start + 1, lines: source.getLineAndCharacterOfPosition(node.getEnd()).line - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return spans;
}

/** Every function longer than the limit, as "file:line (lines)". */
function longFunctions(file: string): string[] {
  const { text, firstLine } = script(file);
  return functionSpans(file, text)
    .filter(({ lines }) => lines > LIMIT)
    .map(({ line, lines }) => `${relative(ROOT, file)}:${line + firstLine - 1} (${lines} lines)`);
}

describe(`functions of at most ${LIMIT} lines`, () => {
  it('holds for every function in src/ and bin/', () => {
    const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'bin'))];
    expect(files.length).toBeGreaterThan(200);
    expect(files.flatMap(longFunctions)).toEqual([]);
  });

  it('counts from the signature to the closing brace, comments and nested functions included', () => {
    const body = Array.from({ length: LIMIT - 4 }, (_, n) => (n % 2 === 0 ? '  // why' : `  f(${n});`)).join('\n');
    const text = `const x = 1;\nfunction outer() {\n  const inner = () => {\n    g();\n  };\n${body}\n}\n`;
    expect(functionSpans('probe.ts', text)).toEqual([
      { line: 2, lines: LIMIT + 1 },
      { line: 3, lines: 3 },
    ]);
  });
});
