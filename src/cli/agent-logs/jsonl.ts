/** Reading JSON Lines logs: one object per line, a bad line skipped and reported, never fatal. */
import type { LogFile, SkippedLine } from './activity.ts';

export type JsonObject = Record<string, unknown>;

export interface JsonLine {
  line: number;
  value: JsonObject;
}

/** The lines of `file`, whichever way it came: whole, or read a piece at a time. */
export function logLines(file: LogFile): Iterable<string> {
  return 'text' in file ? file.text.split('\n') : file.lines();
}

/**
 * Each line of `file` that holds a JSON object, one at a time as the file is
 * read; the others go to `skipped`. Blank lines are ignored.
 */
export function* jsonLines(file: LogFile, skipped: SkippedLine[]): Generator<JsonLine> {
  let line = 0;
  for (const text of logLines(file)) {
    line += 1;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      skipped.push({ file: file.path, line, reason: 'not complete JSON, as when a session is still being written' });
      continue;
    }
    if (isObject(value)) yield { line, value };
    else skipped.push({ file: file.path, line, reason: 'not a JSON object' });
  }
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringField(value: JsonObject, key: string): string | undefined {
  const field = value[key];
  return typeof field === 'string' ? field : undefined;
}

/** A whole number of tokens, 0 when absent or not a count. */
export function countField(value: JsonObject | undefined, key: string): number {
  const field = value?.[key];
  return typeof field === 'number' && Number.isSafeInteger(field) && field >= 0 ? field : 0;
}

/** An ISO 8601 timestamp with a zone (`Z` or an offset), as milliseconds; undefined otherwise. */
export function instantField(value: JsonObject, key: string): number | undefined {
  const text = stringField(value, key);
  if (text === undefined || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Why an entry of an unknown type was skipped; the type is named only when it looks like one, so no log text is echoed. */
export function unknownTypeReason(type: string | undefined): string {
  return type !== undefined && /^[\w-]{1,40}$/.test(type) ? `unknown entry type "${type}"` : 'unknown entry type';
}
