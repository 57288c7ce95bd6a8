/**
 * YAML with positions: parses an author's YAML and finds where a field path
 * lives, so a problem can be reported at its line and column.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';

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

/** Line and column in the file of an offset in the YAML text. */
export function positionAt(parsed: ParsedYaml, offset: number): Position {
  const { line, col } = parsed.lineCounter.linePos(offset);
  return { line: line + parsed.firstLine - 1, column: col };
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

/** The field path of a node, from the chain of its ancestors that `visit` passes. */
export function pathOf(ancestors: readonly unknown[], node: unknown): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (const [index, ancestor] of ancestors.entries()) {
    const child = ancestors[index + 1] ?? node;
    if (isPair(ancestor) && isScalar(ancestor.key) && child !== ancestor.key) path.push(String(ancestor.key.value));
    else if (isSeq(ancestor)) path.push(ancestor.items.indexOf(child as Node));
  }
  return path;
}

/**
 * The path of the outermost key written on a line (1-based line of the YAML
 * text), e.g. `tasks[2].title` for `  - title: …`; undefined if no key starts there.
 */
export function keyPathOnLine(parsed: ParsedYaml, line: number): PropertyKey[] | undefined {
  let found: PropertyKey[] | undefined;
  visit(parsed.doc, {
    Pair: (_key, pair: Pair, ancestors) => {
      const start = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      if (start === undefined || parsed.lineCounter.linePos(start).line !== line) return undefined;
      found = [...pathOf(ancestors, pair), String((pair.key as { value: unknown }).value)];
      return visit.BREAK;
    },
  });
  return found;
}
