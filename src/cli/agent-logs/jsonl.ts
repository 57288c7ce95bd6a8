/** Reading JSON Lines logs: one object per line, a bad line skipped and reported, never fatal. */
import type { LogFile, SkippedLine } from './activity.ts';

export type JsonObject = Record<string, unknown>;

export interface JsonLine {
  line: number;
  value: JsonObject;
}

/** Each line of `file` that holds a JSON object; the others go to `skipped`. Blank lines are ignored. */
export function jsonLines(file: LogFile, skipped: SkippedLine[]): JsonLine[] {
  const lines: JsonLine[] = [];
  file.text.split('\n').forEach((text, index) => {
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      skipped.push({ file: file.path, line: index + 1, reason: 'not complete JSON, as when a session is still being written' });
      return;
    }
    if (isObject(value)) lines.push({ line: index + 1, value });
    else skipped.push({ file: file.path, line: index + 1, reason: 'not a JSON object' });
  });
  return lines;
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
