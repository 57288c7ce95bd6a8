/** Reads and validates `content/site.yaml`. */
import { siteSchema, type Site } from '../schema/site.ts';
import { decodeSource } from './decode.ts';
import type { Diagnostic } from './diagnostic.ts';
import { schemaDiagnostics } from './schema-issues.ts';
import { parseYaml, yamlSyntaxDiagnostics } from './yaml.ts';

export interface SiteFileResult {
  site?: Site;
  diagnostics: Diagnostic[];
}

export function parseSiteFile(file: string, bytes: Uint8Array): SiteFileResult {
  const decoded = decodeSource(bytes);
  if (!decoded.ok) {
    const { line, column, offset } = decoded;
    const message = `byte ${offset} is not UTF-8 text; save the file as UTF-8`;
    return { diagnostics: [{ file, line, column, severity: 'error', path: '', message }] };
  }
  const parsed = parseYaml(decoded.text, 1);
  const syntax = yamlSyntaxDiagnostics(parsed, file, decoded.text);
  if (syntax.length > 0) return { diagnostics: syntax };
  const result = siteSchema.safeParse(parsed.doc.toJS() ?? {});
  if (!result.success) return { diagnostics: schemaDiagnostics(parsed, file, result.error.issues, siteSchema) };
  return { site: result.data, diagnostics: [] };
}
