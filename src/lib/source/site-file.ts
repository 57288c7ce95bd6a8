/** Reads and validates `content/site.yaml`. */
import { siteSchema, type Site } from '../schema/site.ts';
import { oneOf, yamlControlCharacters } from './control-characters.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostic.ts';
import { schemaDiagnostics } from './schema-issues.ts';
import { sourceText } from './source-text.ts';
import type { ParsedYaml } from './yaml.ts';
import { readYaml, swallowedComments } from './yaml-syntax.ts';
import { yamlValue } from './yaml-value.ts';

export interface SiteFileResult {
  site?: Site;
  diagnostics: Diagnostic[];
}

const REQUIRED_KEYS = 'title, description, url, timeZone, author and footer';

/** `bytes` is undefined when the file does not exist. */
export function parseSiteFile(file: string, bytes: Uint8Array | undefined): SiteFileResult {
  const result = readSite(file, bytes);
  return { ...result, diagnostics: sortDiagnostics(result.diagnostics) };
}

function readSite(file: string, bytes: Uint8Array | undefined): SiteFileResult {
  if (bytes === undefined) {
    const message = `the site settings file is missing; create ${file} with ${REQUIRED_KEYS} (see README.md)`;
    return { diagnostics: [{ file, line: 1, column: 1, severity: 'error', path: '', message }] };
  }
  const decoded = sourceText(file, bytes);
  if (!decoded.ok) return { diagnostics: decoded.diagnostics };
  const { parsed, text, syntax } = readYaml(decoded.text, 1, file);
  if (!parsed) return { diagnostics: syntax };
  const checked = checkSite(parsed, text, file);
  // With syntax errors, the rest was checked on a repaired copy: reported, but not used.
  return syntax.length === 0 ? checked : { diagnostics: [...syntax, ...checked.diagnostics] };
}

/** The settings written in Markdown, where tabs and line breaks are fine. */
const SITE_MARKDOWN = oneOf([['author', 'bio'], ['disclaimer'], ['footer', 'body']]);

function checkSite(parsed: ParsedYaml, text: string, file: string): SiteFileResult {
  const comments = [...swallowedComments(parsed, file, text), ...yamlControlCharacters(parsed, file, text, SITE_MARKDOWN)];
  const value = yamlValue(parsed, file, { name: 'site.yaml', keys: 'title:, url: and author:' });
  if (!value.ok) return { diagnostics: value.diagnostics };
  const result = siteSchema.safeParse(value.map);
  if (!result.success) {
    return { diagnostics: [...schemaDiagnostics(parsed, file, result.error.issues, siteSchema), ...comments] };
  }
  if (comments.some((diagnostic) => diagnostic.severity === 'error')) return { diagnostics: comments };
  return { site: result.data, diagnostics: comments };
}
