/**
 * Field schemas shared by the day and site schemas. Every message reads
 * "what was found; what to write instead", the form `npm run check` prints.
 *
 * zod is imported as itself: the library never depends on Astro. It is the
 * same copy Astro re-exports as `astro/zod` (npm keeps one), so these
 * schemas are what `defineCollection` in src/content.config.ts extends.
 */
import { z } from 'zod';
import { CS_PER_HOUR, parseDuration, type Centiseconds } from '../duration.ts';
import { FIRST_DATE, isCalendarDate, LAST_DATE, outsideDayYears } from '../dates.ts';
import { formatInteger } from '../format.ts';
import { tagAddressProblem } from './tags.ts';

/**
 * What an editor should expect of a field that zod takes as `unknown` so that
 * it can explain every mistake itself (`ai: 17` must reach the duration
 * parser to be told "has no unit"). Metadata on the input side of the pipe
 * becomes the field's JSON Schema (see json-schema.ts); zod ignores it.
 */
function expecting(json: Record<string, unknown>) {
  return z.unknown().meta(json);
}

/** How a value looked in the file, for messages. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/**
 * Refuses `value` in a transform with a message to the author: zod reports
 * the message as written and the transform yields nothing.
 */
export function refuse(ctx: z.core.ParsePayload, value: unknown, message: string): never {
  ctx.issues.push({ code: 'custom', input: value, message });
  return z.NEVER;
}

export function missing(key: string, example: string): string {
  return `${key} is missing; add ${key}: ${example}`;
}

/** A required or optional single line of text. */
export function text(key: string, example: string) {
  const empty = `${key} is empty; write ${key}: ${example}`;
  return z
    .string({
      error: ({ input }) => {
        if (input === undefined) return missing(key, example);
        if (input === null) return empty;
        if (typeof input === 'object') {
          return `${shown(input)} is not text; write the ${key} as one line, in quotes if it starts with [ or {`;
        }
        return `${shown(input)} is not text; write it in quotes, e.g. ${key}: "${String(input)}"`;
      },
    })
    .trim()
    .min(1, { error: empty });
}

export interface DurationOptions {
  key: string;
  example: string;
  /** What the field means, for editors. */
  description: string;
  /** Zero allowed? (supervision yes, agent time no) */
  allowZero: boolean;
  prefersHours: boolean;
}

/**
 * No task takes longer. Beyond some billion hours the metrics' exact integer
 * arithmetic would overflow mid-build; this keeps such typos in the check.
 */
const MAX_TASK_HOURS = 100_000;

const NUMBER = (decimals: number) => String.raw`(?:\d+(?:\.\d{1,${decimals}})?|\.\d{1,${decimals}})`;
const HOURS = String.raw`${NUMBER(4)}\s*[hH]`;
const MINUTES = String.raw`${NUMBER(3)}\s*[mM](?:[iI][nN])?\.?`;

/** The durations `parseDuration` accepts, as a JSON Schema pattern (which has no flags, hence [hH]). */
export const DURATION_PATTERN = String.raw`^\s*(?:${HOURS}(?:\s*${MINUTES})?|${MINUTES})\s*$`;

/** A duration such as `2.5h`, `17m` or `1h 30m`, parsed to centiseconds. */
export function duration({ key, example, description, allowZero, prefersHours }: DurationOptions) {
  const editor = {
    type: 'string',
    pattern: DURATION_PATTERN,
    description: `${description}. A number and a unit: h (hours) or m (minutes), e.g. ${example.split(' ')[0]} or 1h 30m.`,
    examples: prefersHours ? ['2.5h', '45m', '1h 30m'] : ['17m', '0.5h', '1h 5m'],
    // Shown by YAML-aware editors (yaml-language-server) instead of "does not
    // match pattern" and "Incorrect type" (for a bare number such as ai: 17).
    patternErrorMessage: 'Write a number and a unit: 17m (minutes), 2.5h (hours) or 1h 30m.',
    errorMessage: 'Write a number and a unit: 17m (minutes), 2.5h (hours) or 1h 30m.',
  };
  return expecting(editor).transform((value, ctx): Centiseconds => {
    if (value === undefined) {
      return refuse(ctx, value, missing(key, example));
    }
    if (value === null || value === '') {
      return refuse(ctx, value, `${key} is empty; write ${key}: ${example}`);
    }
    const parsed = parseDuration(value, prefersHours);
    if (!parsed.ok) {
      return refuse(ctx, value, `${parsed.problem}; ${parsed.hint}`);
    }
    if (parsed.cs === 0 && !allowZero) {
      return refuse(
        ctx,
        value,
        `${key} is ${shown(value)} but must be more than 0m; the agent always runs for some time, write at least 1m`,
      );
    }
    if (parsed.cs > MAX_TASK_HOURS * CS_PER_HOUR) {
      return refuse(
        ctx,
        value,
        `${shown(value)} is more than ${MAX_TASK_HOURS}h, longer than any one task takes; check the number and the unit`,
      );
    }
    return parsed.cs;
  });
}

/** A calendar date written YYYY-MM-DD. */
export function calendarDate(key: string) {
  const editor = {
    type: 'string',
    format: 'date',
    // Years FIRST_DATE to LAST_DATE: 1970 to 1999, or 2000 to 2199.
    pattern: String.raw`^(?:19[7-9]\d|2[01]\d\d)-\d{2}-\d{2}$`,
    description: `The day, YYYY-MM-DD, from ${FIRST_DATE} to ${LAST_DATE}: the same date as the file name.`,
    patternErrorMessage: `Write the date as YYYY-MM-DD, from ${FIRST_DATE.slice(0, 4)} to ${LAST_DATE.slice(0, 4)}, e.g. 2026-04-22.`,
  };
  return expecting(editor).transform((value, ctx): string => {
    const candidate = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
    const real = typeof candidate === 'string' && isCalendarDate(candidate);
    const outside = real ? outsideDayYears(candidate) : undefined;
    if (real && outside === undefined) return candidate;
    return refuse(
      ctx,
      value,
      outside ??
        (value === undefined
          ? missing(key, 'YYYY-MM-DD (the same date as the file name)')
          : typeof candidate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(candidate)
            ? `${shown(value)} is not a real date; check the month and day`
            : `${shown(value)} is not a date; write it as YYYY-MM-DD, e.g. ${key}: 2026-04-22`),
    );
  });
}

/** A whole number from 0 to `maximum` (token counts); `unit` names what is counted, for the message. */
export function count(key: string, description: string, maximum: number, unit: string) {
  return expecting({ type: 'integer', minimum: 0, maximum, description }).transform((value, ctx): number => {
    if (typeof value === 'number' && Number.isInteger(value) && value > maximum) {
      const message = `${shown(value)} is more than ${formatInteger(maximum)} ${unit}, more than any day's work uses; check the number`;
      return refuse(ctx, value, message);
    }
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
    const digits = typeof value === 'string' ? value.replace(/[,_\s]/g, '') : '';
    const hint = /^\d+$/.test(digits)
      ? `write the digits alone, ${key}: ${digits}`
      : typeof value === 'number' && value < 0
        ? `${key} cannot be negative; write 0 or a positive whole number`
        : `write a whole number of 0 or more, e.g. ${key}: 3030000`;
    return refuse(ctx, value, `${shown(value)} is not a whole number of 0 or more; ${hint}`);
  });
}

export function flag(key: string) {
  return z.boolean({ error: (issue) => `${shown(issue.input)} is not true or false; write ${key}: true or ${key}: false` });
}

/** Tags: a list of short names, e.g. `tags: [billing, course-platform]`. */
export function tagList(key: string) {
  const tag = text('tag', 'billing').check((ctx) => {
    const problem = tagAddressProblem(ctx.value);
    if (problem !== undefined) ctx.issues.push({ code: 'custom', input: ctx.value, message: problem });
  });
  return z.array(tag, {
    error: (issue) => `${shown(issue.input)} is not a list of tags; write ${key}: [billing, course-platform]`,
  });
}
