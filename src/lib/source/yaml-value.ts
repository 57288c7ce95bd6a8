/** The plain value of a parsed YAML file, which must be a set of keys. */
import type { Diagnostic } from './diagnostic.ts';
import { locate, type ParsedYaml } from './yaml.ts';

export type YamlValue = { ok: true; map: Record<string, unknown> } | { ok: false; diagnostics: Diagnostic[] };

/** How the file's top level is named in messages: `the day`, and the keys it starts with. */
export interface TopLevel {
  name: string;
  keys: string;
}

export function yamlValue(parsed: ParsedYaml, file: string, topLevel: TopLevel): YamlValue {
  const fail = (message: string): YamlValue => ({
    ok: false,
    diagnostics: [{ file, ...locate(parsed, []), severity: 'error', path: '', message }],
  });
  let value: unknown;
  try {
    value = parsed.doc.toJS();
  } catch {
    // toJS refuses alias chains that would expand without bound ("billion laughs").
    return fail('the file repeats YAML aliases (*name) more than Fulcrum expands; write the values out instead');
  }
  if (value === null || value === undefined) return { ok: true, map: {} };
  if (Array.isArray(value)) {
    return fail(
      `${topLevel.name} is written as a list (lines starting with "- "); its top level must be keys such as ${topLevel.keys}, each at the start of a line`,
    );
  }
  if (typeof value !== 'object') {
    return fail(`${topLevel.name} is a single value; it must be keys such as ${topLevel.keys}, each at the start of a line`);
  }
  return { ok: true, map: value as Record<string, unknown> };
}
