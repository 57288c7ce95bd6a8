/**
 * Characters no page, feed or spreadsheet can carry: C0 and C1 control
 * characters (a pasted terminal colour code's escape, a bell), DEL, the
 * noncharacters U+FFFE and U+FFFF and lone surrogates. An XML feed with one
 * is not well-formed, so every subscriber's feed would break. Tab and line
 * break are whitespace in Markdown, so they are fine in prose and the site's
 * Markdown settings; every other text is one line, where a tab or a line
 * break would show differently in each output.
 *
 * Each is reported at the character itself, typed raw or written as a YAML
 * escape (`"\e"`, `"\x01"`, `"\u0007"`): the first in each YAML value, the
 * first on each line of prose.
 */
import { visit } from 'yaml';
import { formatPath, type Diagnostic } from './diagnostic.ts';
import { pathOf, positionAt, type ParsedYaml } from './yaml.ts';

const CONTROL =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const CONTROL_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const NAMES: Record<number, string> = {
  0x00: 'null',
  0x07: 'bell',
  0x08: 'backspace',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x0d: 'carriage return',
  0x1b: 'escape, left by a pasted terminal colour code',
  0x7f: 'delete',
};

function unicode(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What was found and what to do, for the character `found`. */
function problem(found: string): string {
  const code = found.charCodeAt(0);
  if (found === '\t') return 'the text contains a tab, but this is one line of text; replace the tab with a space';
  if (found === '\n') {
    return 'the text contains a line break, but this is one line of text; write it on one line (in YAML, a block written with > instead of | joins its lines with spaces)';
  }
  if (code >= 0xd800 && code <= 0xdfff) return `the text contains ${unicode(code)}, half of a character (a lone surrogate); delete it`;
  if (code === 0xfffe || code === 0xffff) return `the text contains ${unicode(code)}, which is not a character; delete it`;
  const name = NAMES[code];
  return `the text contains ${unicode(code)}${name ? ` (${name})` : ''}, a control character that pages and feeds cannot carry; delete it`;
}

/** YAML's escapes in double-quoted text, and the character each stands for. */
const ESCAPE = /\\(x[\da-fA-F]{2}|u[\da-fA-F]{4}|U[\da-fA-F]{8}|[\s\S])/g;
const SINGLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\u0007',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\u001b',
};

function unescaped(escape: string): string | undefined {
  if (escape.length === 1) return SINGLE_ESCAPES[escape];
  const code = parseInt(escape.slice(1), 16);
  return code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** Where in `source` (a scalar as typed) the character `found` is written: raw, or as an escape. */
function writtenAt(source: string, found: string): number | undefined {
  const raw = found === '\n' ? -1 : source.indexOf(found);
  if (raw !== -1) return raw;
  for (const match of source.matchAll(ESCAPE)) if (unescaped(match[1] as string) === found) return match.index;
  return undefined;
}

/**
 * Every YAML value (and key) with such a character. `multiline(path)` says
 * whether the value at `path` is Markdown, where tab and line break are fine.
 */
export function yamlControlCharacters(
  parsed: ParsedYaml,
  file: string,
  text: string,
  multiline: (path: readonly PropertyKey[]) => boolean,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  visit(parsed.doc, {
    Scalar: (_key, node, ancestors) => {
      if (typeof node.value !== 'string' || !node.range) return;
      const path = pathOf(ancestors, node);
      const allowed = multiline(path);
      // Leading and trailing whitespace is trimmed from every field; a block's final line break is no line break in the text.
      const value = allowed ? node.value : node.value.trim();
      const found = (allowed ? CONTROL : CONTROL_ONE_LINE).exec(value)?.[0];
      if (found === undefined) return;
      const [start, end] = node.range;
      const at = writtenAt(text.slice(start, end), found);
      diagnostics.push({
        file,
        ...positionAt(parsed, start + (at ?? 0)),
        severity: 'error',
        path: formatPath(path),
        message: problem(found),
      });
    },
  });
  return diagnostics;
}

/** Such characters in Markdown prose (`firstLine` is the file line it starts on): the first on each line. */
export function proseControlCharacters(file: string, markdown: string, firstLine: number): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [index, line] of markdown.split('\n').entries()) {
    const match = CONTROL.exec(line);
    if (!match) continue;
    diagnostics.push({
      file,
      line: firstLine + index,
      column: match.index + 1,
      severity: 'error',
      path: 'prose',
      message: problem(match[0]),
    });
  }
  return diagnostics;
}

/** The value at `path` is one of `paths`. */
export function oneOf(paths: readonly (readonly string[])[]): (path: readonly PropertyKey[]) => boolean {
  return (path) => paths.some((candidate) => candidate.length === path.length && candidate.every((key, index) => key === path[index]));
}
