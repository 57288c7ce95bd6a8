/**
 * YAML with positions: parses an author's YAML, turns syntax errors into
 * messages that say how to fix them, and finds where a field path lives so a
 * schema problem can be reported at its line and column.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { Diagnostic } from './diagnostic.ts';

export interface ParsedYaml {
  doc: Document;
  lineCounter: LineCounter;
  /** 1-based line of the file at which this YAML text starts. */
  firstLine: number;
}

export interface Position {
  line: number;
  column: number;
}

export function parseYaml(text: string, firstLine: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { doc, lineCounter, firstLine };
}

function positionAt(parsed: ParsedYaml, offset: number): Position {
  const { line, col } = parsed.lineCounter.linePos(offset);
  return { line: line + parsed.firstLine - 1, column: col };
}

/** Explains a YAML syntax error in the author's terms. */
function explain(error: YAMLError, lineText: string): { path: string; message: string } {
  const keyed = /^\s*(?:-\s+)?([A-Za-z_][\w-]*):\s*(.*)$/.exec(lineText);
  const key = keyed?.[1] ?? '';
  const value = (keyed?.[2] ?? '').trim();
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      if (keyed) {
        return {
          path: key,
          message: `the ${key} contains ": ", which YAML reads as another key; put it in quotes: ${key}: ${JSON.stringify(value)}`,
        };
      }
      break;
    case 'TAB_AS_INDENT':
      return { path: key, message: 'a tab is used for indentation; YAML allows only spaces here, replace the tab with spaces' };
    case 'MISSING_CHAR':
      return { path: key, message: 'a quoted text is never closed; add the closing quote at the end of the text' };
    case 'DUPLICATE_KEY':
      return { path: key, message: `${key === '' ? 'a key' : key} appears twice here; keep one of them` };
    case 'BAD_INDENT':
      return { path: key, message: 'this line is indented differently from the lines around it; line it up with its siblings' };
    default:
      break;
  }
  const firstLine = error.message.split('\n')[0] ?? error.message;
  return { path: key, message: `${firstLine.replace(/ at line \d+, column \d+:?$/, '')} (YAML syntax); check quotes, colons and indentation` };
}

/** Syntax errors of the document, one diagnostic each. */
export function yamlSyntaxDiagnostics(parsed: ParsedYaml, file: string, text: string): Diagnostic[] {
  const lines = text.split('\n');
  return parsed.doc.errors.map((error) => {
    const at = positionAt(parsed, error.pos[0]);
    const lineText = lines[at.line - parsed.firstLine] ?? '';
    return { file, ...at, severity: 'error' as const, ...explain(error, lineText) };
  });
}

/**
 * Where `path` is written. A path that does not exist (a missing field) is
 * placed at its nearest existing parent; `atKey` points at the key instead of
 * the value (for unknown keys).
 */
export function locate(parsed: ParsedYaml, path: readonly PropertyKey[], atKey = false): Position {
  let node: unknown = parsed.doc.contents;
  let offset = 0;
  for (const [index, segment] of path.entries()) {
    const isLast = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
      const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range;
      offset = (isLast && atKey) || !valueRange ? (keyRange?.[0] ?? offset) : valueRange[0];
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as { range?: [number, number, number] } | undefined;
      if (!item?.range) break;
      offset = item.range[0];
      node = item;
    } else {
      break;
    }
  }
  if (path.length === 0 && parsed.doc.contents?.range) offset = parsed.doc.contents.range[0];
  return positionAt(parsed, offset);
}
