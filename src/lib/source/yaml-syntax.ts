/**
 * YAML syntax errors in an author's terms. The parser's own messages describe
 * YAML's grammar ("Nested mappings are not allowed in compact mappings"); these
 * say what the author wrote and what to write instead, at the line and column
 * where the fix goes.
 */
import { visit, type YAMLError } from 'yaml';
import { formatPath, type Diagnostic } from './diagnostic.ts';
import { keyPathOnLine, parseYaml, pathOf, positionAt, type ParsedYaml, type Position } from './yaml.ts';

interface Explained extends Position {
  path: string;
  message: string;
  /** The indentation is wrong: the parser's picture of the structure after this point is unreliable. */
  structural?: boolean;
  /** The error's line as the message says to write it, when the fix is that certain. */
  fixedLine?: string;
}

/** `  - title: Billing: fix it` → indent, key, the text after "key: ", and where that text starts. */
const KEYED_LINE = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/;

/** What YAML makes of a value's first character, when that is not what the author meant. */
const SPECIAL_START: Record<string, string> = {
  '[': 'starts with [, which YAML reads as a list',
  '{': 'starts with {, which YAML reads as a mapping',
  '*': 'starts with *, which YAML reads as a reference to an anchor',
  '&': 'starts with &, which YAML reads as the name of an anchor',
  '!': 'starts with !, which YAML reads as a type tag',
  '|': 'starts with |, which YAML reads as the start of a block of text',
  '>': 'starts with >, which YAML reads as the start of a block of text',
  '%': 'starts with %, which YAML reserves for directives',
  '@': 'starts with @, which YAML reserves',
  '`': 'starts with `, which YAML reserves',
  '"': 'starts with a quoted part and goes on after it',
  "'": 'starts with a quoted part and goes on after it',
};

/** The shortest correct way to write `text` as one quoted YAML value. */
function quoteYaml(text: string): string {
  if (!text.includes('"') && !text.includes('\\')) return `"${text}"`;
  return `'${text.replaceAll("'", "''")}'`;
}

const QUOTED = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')$/;

/** Why `value` cannot be written unquoted, if it can be told from the value alone. */
function quotingReason(value: string): string | undefined {
  if (QUOTED.test(value)) return undefined;
  if (value.includes(': ') || value.endsWith(':')) return 'contains ": ", which YAML reads as another key';
  return SPECIAL_START[value[0] ?? ''];
}

function indentOf(line: string): number {
  return /^[ -]*/.exec(line)?.[0].length ?? 0;
}

/** An explanation placed `lineOffset` lines below the error's line. */
interface KeyedExplanation {
  lineOffset: number;
  column: number;
  message: string;
  structural: boolean;
  fixedLine?: string;
}

/** Explains an error on a `key: value` line, or returns undefined if the line is not one. */
function explainKeyedLine(lines: readonly string[], index: number): KeyedExplanation | undefined {
  const text = lines[index] ?? '';
  if (/^\s*-[^\s-]/.test(text)) {
    const column = text.indexOf('-') + 1;
    const message = `a list item needs a space after the dash; write - ${text.slice(column).trim()}`;
    return { lineOffset: 0, column, message, structural: true };
  }
  const glued = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):(\S.*)$/.exec(text);
  if (glued) {
    const [, indent = '', key = '', value = ''] = glued;
    return {
      lineOffset: 0,
      column: indent.length + key.length + 2,
      message: `a key needs a space after its colon; write ${key}: ${value}`,
      structural: true,
    };
  }
  const keyed = KEYED_LINE.exec(text);
  if (!keyed) return undefined;
  const [, indent = '', key = '', rawValue = ''] = keyed;
  const value = rawValue.trim();
  const valueColumn = indent.length + key.length + 2 + (rawValue.length - rawValue.trimStart().length) + 1;
  const reason = quotingReason(value);
  if (reason) {
    const message = `the ${key} ${reason}; put it in quotes: ${key}: ${quoteYaml(value)}`;
    return { lineOffset: 0, column: valueColumn, message, structural: false, fixedLine: `${indent}${key}: ${quoteYaml(value)}` };
  }
  const nextOffset = lines.slice(index + 1).findIndex((line) => line.trim() !== '') + 1;
  const next = nextOffset === 0 ? undefined : lines[index + nextOffset];
  if (next !== undefined && indentOf(next) > indentOf(text)) {
    return {
      lineOffset: nextOffset,
      column: (/^\s*/.exec(next)?.[0].length ?? 0) + 1,
      message: `this line is indented further than ${key}: above it, so YAML reads it as part of the ${key}; line it up with ${key}:`,
      structural: true,
    };
  }
  return undefined;
}

/** The quoted text a "Missing closing quote" error is about: it is reported where the quote opens. */
function unclosedQuote(parsed: ParsedYaml, offset: number): (Omit<Explained, 'message'> & { quote: string }) | undefined {
  let found: (Omit<Explained, 'message'> & { quote: string }) | undefined;
  visit(parsed.doc, {
    Scalar: (_key, node, ancestors) => {
      const start = node.range?.[0];
      if (start === undefined || start > offset || (node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE')) return;
      const quote = node.type === 'QUOTE_DOUBLE' ? '"' : "'";
      found = { ...positionAt(parsed, start), path: formatPath(pathOf(ancestors, node)), quote };
    },
  });
  return found;
}

/**
 * The path of the key on a line, as far as a document with syntax errors can
 * tell: keys that are not plain names show that the parser lost the structure.
 */
function sanePath(parsed: ParsedYaml, line: number): string {
  const path = keyPathOnLine(parsed, line);
  const sane = path?.every((segment) => typeof segment === 'number' || /^[A-Za-z_][\w-]*$/.test(String(segment)));
  return path && sane ? formatPath(path) : '';
}

function explain(parsed: ParsedYaml, lines: readonly string[], error: YAMLError): Explained {
  const at = positionAt(parsed, error.pos[0]);
  const index = at.line - parsed.firstLine;
  const path = sanePath(parsed, index + 1);
  const key = KEYED_LINE.exec(lines[index] ?? '')?.[2] ?? 'value';
  switch (error.code) {
    case 'MISSING_CHAR': {
      const quote = /^Missing closing (["'])/.exec(error.message)?.[1];
      const opened = quote === undefined ? undefined : unclosedQuote(parsed, error.pos[0]);
      if (opened) {
        const { quote: mark, ...where } = opened;
        return { ...where, message: `the quote ${mark} that opens here is never closed; add a closing ${mark} at the end of the text` };
      }
      if (error.message.startsWith('Sequence item without')) {
        const message = `the line is not indented like the lines around it; line ${key}: up with the keys above it`;
        return { ...at, path: '', message, structural: true };
      }
      break;
    }
    case 'DUPLICATE_KEY':
      return { ...at, path, message: `${key} appears twice here; keep one of them` };
    case 'BAD_DQ_ESCAPE':
      return {
        ...at,
        path,
        message: `inside "double quotes" a backslash starts an escape such as \\n; write \\\\ for a backslash, or use 'single quotes'`,
      };
    case 'BAD_INDENT':
      return {
        ...at,
        path: '',
        message: 'the line is not indented like the lines around it; line it up with its siblings',
        structural: true,
      };
    case 'MULTIPLE_DOCS':
      return {
        ...at,
        path: '',
        message: 'a second --- line starts another YAML document; remove it (in a .yaml day, the prose goes under analysis: |)',
      };
    case 'TAB_AS_INDENT':
      return {
        ...at,
        path: '',
        message: 'a tab is used for indentation; YAML allows only spaces there, replace the tab with spaces',
      };
    default: {
      const keyed = explainKeyedLine(lines, index);
      if (keyed) {
        const { lineOffset, column, message, structural, fixedLine } = keyed;
        // A path read from a document whose structure is broken would mislead.
        const explained = { line: at.line + lineOffset, column, path: structural ? '' : path, message, structural };
        return fixedLine === undefined ? explained : { ...explained, fixedLine };
      }
    }
  }
  const parserSays = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
  return { ...at, path, message: `${parserSays} (YAML syntax); check quotes, colons and indentation` };
}

/** Aliases (`*name`) with no anchor: YAML reads a value starting with * that way. */
function unresolvedAliases(parsed: ParsedYaml, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  visit(parsed.doc, {
    Alias: (_key, node, ancestors) => {
      if (node.resolve(parsed.doc) !== undefined) return;
      const path = pathOf(ancestors, node);
      const key = String(path.at(-1) ?? 'value');
      diagnostics.push({
        file,
        ...positionAt(parsed, node.range?.[0] ?? 0),
        severity: 'error',
        path: formatPath(path),
        message: `the ${key} starts with *, which YAML reads as a reference to an anchor; put it in quotes: ${key}: ${quoteYaml(`*${node.source}`)}`,
      });
    },
  });
  return diagnostics;
}

/**
 * Syntax errors of the document, at most one per line (later ones on a line
 * are echoes of the first), and the corrected lines if every error is one the
 * messages say exactly how to fix (a value that needs quotes).
 */
function syntaxErrors(parsed: ParsedYaml, file: string, text: string): { diagnostics: Diagnostic[]; fixes?: Map<number, string> } {
  const lines = text.split('\n');
  // A tab in the indentation confuses the parser about everything after it:
  // when there is one, the tabs are the only problems worth reporting.
  const tabs = parsed.doc.errors.filter((error) => error.code === 'TAB_AS_INDENT');
  const byLine = new Map<number, Diagnostic>();
  let fixes: Map<number, string> | undefined = new Map();
  for (const error of tabs.length > 0 ? tabs : parsed.doc.errors) {
    const { structural, fixedLine, ...explained } = explain(parsed, lines, error);
    if (byLine.has(explained.line)) continue;
    byLine.set(explained.line, { file, severity: 'error', ...explained });
    if (fixedLine === undefined) fixes = undefined;
    else fixes?.set(explained.line - parsed.firstLine, fixedLine);
    if (structural) break;
  }
  if (byLine.size > 0) return { diagnostics: [...byLine.values()], ...(fixes ? { fixes } : {}) };
  return { diagnostics: unresolvedAliases(parsed, file) };
}

export interface YamlRead {
  /**
   * The document to validate: the author's, or a copy with the quoting
   * mistakes fixed, so that one run reports what else is wrong too.
   * Undefined when the syntax errors leave nothing reliable to validate.
   */
  parsed?: ParsedYaml;
  /** The text `parsed` was read from. */
  text: string;
  syntax: Diagnostic[];
}

export function readYaml(text: string, firstLine: number, file: string): YamlRead {
  const parsed = parseYaml(text, firstLine);
  const { diagnostics, fixes } = syntaxErrors(parsed, file, text);
  if (diagnostics.length === 0) return { parsed, text, syntax: [] };
  if (!fixes) return { text, syntax: diagnostics };
  const repairedText = text
    .split('\n')
    .map((line, index) => fixes.get(index) ?? line)
    .join('\n');
  const repaired = parseYaml(repairedText, firstLine);
  if (syntaxErrors(repaired, file, repairedText).diagnostics.length > 0) return { text, syntax: diagnostics };
  return { parsed: repaired, text: repairedText, syntax: diagnostics };
}

/**
 * A plain value followed by `#text` (no space after the #) was probably meant
 * to include it, as in `title: Fix bug #12`; YAML drops it as a comment.
 */
export function swallowedComments(parsed: ParsedYaml, file: string, text: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  visit(parsed.doc, {
    Scalar: (key, node, ancestors) => {
      if (key !== 'value' || node.type !== 'PLAIN' || node.comment === undefined || !node.range) return;
      const [start, valueEnd, nodeEnd] = node.range;
      if (!/^[ \t]+#\S/.test(text.slice(valueEnd, nodeEnd))) return;
      const path = pathOf(ancestors, node);
      const name = String(path.at(-1) ?? 'value');
      const whole = (text.slice(start, nodeEnd).split('\n')[0] ?? '').trim();
      diagnostics.push({
        file,
        ...positionAt(parsed, text.indexOf('#', valueEnd)),
        severity: 'warning',
        path: formatPath(path),
        message: `YAML reads the text from # on as a comment and leaves it out of the ${name}; to keep it, put it in quotes: ${name}: ${quoteYaml(whole)}`,
      });
    },
  });
  return diagnostics;
}
