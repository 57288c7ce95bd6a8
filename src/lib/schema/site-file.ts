/** Reads and validates `content/site.yaml`. */
import { iconFileProblem } from './site-icon.ts';
import { oneOf, yamlControlCharacters } from '../source/control-characters.ts';
import { sortDiagnostics, type Diagnostic } from '../source/diagnostic.ts';
import type { AssetReader, SiteSource } from '../source/files.ts';
import { sourceText } from '../source/source-text.ts';
import { locate, type ParsedYaml } from '../source/yaml.ts';
import { readYaml, swallowedComments } from '../source/yaml-syntax.ts';
import { yamlValue } from '../source/yaml-value.ts';
import { schemaDiagnostics } from './schema-issues.ts';
import { siteSchema, type Site } from './site-schema.ts';

export interface SiteFileResult {
  site?: Site;
  diagnostics: Diagnostic[];
}

const REQUIRED_KEYS = 'title, description, url, timeZone, author and footer';

/** The site settings as read from disk (files.ts): said to be unreadable or missing, or parsed. */
export function parseSiteSource({ file, bytes, unreadable, asset }: SiteSource): SiteFileResult {
  if (unreadable !== undefined) return { diagnostics: [{ file, line: 1, column: 1, severity: 'error', path: '', message: unreadable }] };
  return parseSiteFile(file, bytes, asset);
}

/** `bytes` is undefined when the file does not exist; `asset` reads the files the settings name (without it, they are not looked at). */
export function parseSiteFile(file: string, bytes: Uint8Array | undefined, asset?: AssetReader): SiteFileResult {
  const result = readSite(file, bytes, asset);
  return { ...result, diagnostics: sortDiagnostics(result.diagnostics) };
}

function readSite(file: string, bytes: Uint8Array | undefined, asset: AssetReader | undefined): SiteFileResult {
  if (bytes === undefined) {
    const message = `the site settings file is missing; create ${file} with ${REQUIRED_KEYS} (see docs/site-settings.md)`;
    return { diagnostics: [{ file, line: 1, column: 1, severity: 'error', path: '', message }] };
  }
  const decoded = sourceText(file, bytes);
  if (!decoded.ok) return { diagnostics: decoded.diagnostics };
  const { parsed, text, syntax } = readYaml(decoded.text, 1, file);
  if (!parsed) return { diagnostics: syntax };
  const checked = checkSite(parsed, text, file, asset);
  // With syntax errors, the rest was checked on a repaired copy: reported, but not used.
  return syntax.length === 0 ? checked : { diagnostics: [...syntax, ...checked.diagnostics] };
}

/** The author's icon file: there, and an image the favicon can be drawn from. */
function iconDiagnostics(parsed: ParsedYaml, file: string, icon: string, asset: AssetReader): Diagnostic[] {
  const found = asset(icon);
  const problem =
    found.bytes === undefined
      ? `${found.file} does not exist; put your icon there, or remove icon: to use Fulcrum’s`
      : iconFileProblem(
          icon.toLowerCase().endsWith('.svg')
            ? { format: 'svg', text: new TextDecoder().decode(found.bytes) }
            : { format: 'png', bytes: found.bytes },
        );
  if (problem === undefined) return [];
  const message = found.bytes === undefined ? problem : `${found.file} ${problem}`;
  return [{ file, ...locate(parsed, ['icon']), severity: 'error', path: 'icon', message }];
}

/** The settings written in Markdown, where tabs and line breaks are fine. */
const SITE_MARKDOWN = oneOf([['author', 'bio'], ['disclaimer'], ['footer', 'body']]);

function checkSite(parsed: ParsedYaml, text: string, file: string, asset: AssetReader | undefined): SiteFileResult {
  const comments = [...swallowedComments(parsed, file, text), ...yamlControlCharacters(parsed, file, text, SITE_MARKDOWN)];
  const value = yamlValue(parsed, file, { name: 'site.yaml', keys: 'title:, url: and author:' });
  if (!value.ok) return { diagnostics: value.diagnostics };
  const result = siteSchema.safeParse(value.map);
  if (!result.success) {
    return { diagnostics: [...schemaDiagnostics(parsed, file, result.error.issues, siteSchema), ...comments] };
  }
  if (comments.some((diagnostic) => diagnostic.severity === 'error')) return { diagnostics: comments };
  const icon = result.data.icon && asset ? iconDiagnostics(parsed, file, result.data.icon, asset) : [];
  return icon.length > 0 ? { diagnostics: [...icon, ...comments] } : { site: result.data, diagnostics: comments };
}
