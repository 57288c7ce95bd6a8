/** Turns zod issues into diagnostics placed at the offending YAML node. */
import type { z } from 'zod';
import { formatPath, type Diagnostic } from '../source/diagnostic.ts';
import { nearest } from './suggest.ts';
import { locate, type ParsedYaml } from '../source/yaml.ts';

/** The parts of a zod 4 schema definition needed to walk to an object's keys. */
interface Walkable {
  def: { type: string; shape?: Record<string, Walkable>; element?: Walkable; innerType?: Walkable; in?: Walkable };
}

/** The keys an object at `path` may have, read from the schema itself. */
function knownKeys(schema: Walkable, path: readonly PropertyKey[]): string[] {
  let node: Walkable | undefined = schema;
  let remaining = [...path];
  while (node) {
    const def: Walkable['def'] = node.def;
    if (def.innerType) node = def.innerType;
    else if (def.type === 'pipe') node = def.in;
    else if (def.type === 'array' && typeof remaining[0] === 'number') [node, remaining] = [def.element, remaining.slice(1)];
    else if (def.type === 'object' && remaining.length === 0) return Object.keys(def.shape ?? {});
    else if (def.type === 'object') [node, remaining] = [def.shape?.[String(remaining[0])], remaining.slice(1)];
    else return [];
  }
  return [];
}

export function schemaDiagnostics(parsed: ParsedYaml, file: string, issues: readonly z.core.$ZodIssue[], schema: Walkable): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // A misspelt key (`tittle`) also makes the right one (`title`) missing; the
  // "did you mean" message says all there is to say, so the other is dropped.
  const suggested = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = knownKeys(schema, issue.path);
    for (const key of issue.keys) {
      const suggestion = nearest(key, allowed);
      if (suggestion !== undefined) suggested.add(JSON.stringify([...issue.path, suggestion]));
    }
  }
  for (const issue of issues) {
    if (suggested.has(JSON.stringify(issue.path)) && !parsed.doc.hasIn(issue.path)) continue;
    if (issue.code === 'unrecognized_keys') {
      const allowed = knownKeys(schema, issue.path);
      for (const key of issue.keys) {
        const suggestion = nearest(key, allowed);
        diagnostics.push({
          file,
          ...locate(parsed, [...issue.path, key], true),
          severity: 'error',
          path: formatPath([...issue.path, key]),
          message: suggestion
            ? `unknown key "${key}"; did you mean ${suggestion}?`
            : `unknown key "${key}"; the keys allowed here are ${allowed.join(', ')}`,
        });
      }
      continue;
    }
    diagnostics.push({
      file,
      ...locate(parsed, issue.path),
      severity: 'error',
      path: formatPath(issue.path),
      message: issue.message,
    });
  }
  return diagnostics;
}
