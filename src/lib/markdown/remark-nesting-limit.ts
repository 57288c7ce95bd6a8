/**
 * Markdown nested deeper than the site allows stops here, with its line,
 * before the recursive steps after it (Markdown to HTML, HTML to text) run
 * out of stack. The check refuses such prose first; this keeps a build that
 * skips the check (`astro build`, `npm run dev`) from crashing on it.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { MAX_NESTING, treeNesting } from '../source/nesting.ts';
import { lineColumn } from '../source/prose-scan.ts';

/** Where, in the Markdown rendered, it nests too deep (1-based line and column). */
class NestingError extends Error {
  readonly line: number;
  readonly column: number;

  constructor(line: number, column: number) {
    super(`Markdown is nested more than ${MAX_NESTING} levels deep at line ${line}, column ${column}; flatten it`);
    this.name = 'NestingError';
    this.line = line;
    this.column = column;
  }
}

export function remarkNestingLimit() {
  return (tree: Root, file: VFile) => {
    const offset = treeNesting(tree);
    if (offset === undefined) return;
    const { line, column } = lineColumn(String(file.value), offset);
    throw new NestingError(line, column);
  };
}
