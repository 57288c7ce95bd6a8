/** Problems found in an author's files, in the form editors and CI understand. */

type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path of the file relative to the project, with forward slashes; or the environment variable at fault. */
  file: string;
  /** 1-based line and column of the offending value; 0 for an environment variable, which has neither. */
  line: number;
  column: number;
  severity: Severity;
  /** The field, e.g. `tasks[3].ai` (tasks counted from 1, in file order); empty for the whole file. */
  path: string;
  /** What was found; what to write instead. */
  message: string;
}

/** `content/days/2026-04-22.md:14:9 error tasks[3].ai: "17" has no unit; write 17m …`, or for a variable `NAME error …`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === 0 ? d.file : `${d.file}:${d.line}:${d.column}`;
  return `${where} ${d.severity} ${d.path === '' ? '' : `${d.path}: `}${d.message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Files first, then by position, so output is stable and reads top to bottom. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column);
}

/** A field path as authors read it: tasks counted from 1. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment + 1}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}
