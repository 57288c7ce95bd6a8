/**
 * The one parser for durations written by authors: `28h`, `2.5h`, `0.33h`,
 * `17m`, `17min`, `1h 30m`.
 *
 * A duration is kept as a whole number of centiseconds. That unit holds hours
 * with up to four decimals and minutes with up to three exactly, so every
 * value an author can write is an integer and sums never round.
 */

export const CS_PER_MINUTE = 6_000;
export const CS_PER_HOUR = 360_000;

/** The most decimals an author may write: what centiseconds hold exactly. */
const MAX_HOUR_DECIMALS = 4;
const MAX_MINUTE_DECIMALS = 3;

/** A duration in whole centiseconds. */
export type Centiseconds = number;

/** The fewest decimals (at most `maxDecimals`) that write `cs` exactly in a unit of `csPerUnit`, and that count of 10^-decimals units. */
function exactIn(cs: Centiseconds, csPerUnit: number, maxDecimals: number): [decimals: number, units: number] | undefined {
  for (let decimals = 0; decimals <= maxDecimals; decimals++) {
    const scaled = cs * 10 ** decimals;
    if (scaled % csPerUnit === 0) return [decimals, scaled / csPerUnit];
  }
  return undefined;
}

/**
 * The fewest decimals (at most four) that write `cs` exactly in hours, and
 * that count of 10^-decimals hours: 2.5h → [1, 25]; undefined when no short
 * decimal is exact (20m is 0.333… h).
 */
export function exactHours(cs: Centiseconds): [decimals: number, units: number] | undefined {
  return exactIn(cs, CS_PER_HOUR, MAX_HOUR_DECIMALS);
}

/**
 * The fewest decimals (at most three) that write `cs` exactly in minutes:
 * 8.6m → [1, 86]. Every duration the parser returns has one (a multiple of
 * 6 cs, 0.001 min); undefined only for other values.
 */
export function exactMinutes(cs: Centiseconds): [decimals: number, units: number] | undefined {
  return exactIn(cs, CS_PER_MINUTE, MAX_MINUTE_DECIMALS);
}

export type DurationParse = { ok: true; cs: Centiseconds } | { ok: false; problem: string; hint: string };

const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
const WELL_FORMED = new RegExp(String.raw`^(?:${NUMBER}\s*h)?\s*(?:${NUMBER}\s*(?:m|min)\.?)?$`, 'i');
const NUMBER_ONLY = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const NUMBER_THEN_WORD = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*([^\d\s.]+)$/;

function parseDecimal(text: string, csPerUnit: number, maxDecimals: number): number | undefined {
  const [whole = '', fraction = ''] = text.split('.');
  if (fraction.length > maxDecimals) return undefined;
  const scaledFraction = Number(fraction.padEnd(maxDecimals, '0') || '0');
  const cs = Number(whole || '0') * csPerUnit + (scaledFraction * csPerUnit) / 10 ** maxDecimals;
  return Number.isSafeInteger(cs) ? cs : undefined;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

function noUnitHint(number: string, prefersHours: boolean): string {
  const minutes = Number(number);
  // One decimal reads best ("0.3h"); tiny values need two to be non-zero.
  const decimals = minutes >= 6 ? 1 : 2;
  const asHours = Math.round((minutes / 60) * 10 ** decimals) / 10 ** decimals;
  return prefersHours ? `write ${number}h (hours) or ${number}m (minutes)` : `write ${number}m (minutes) or ${asHours}h (hours)`;
}

/**
 * Parses one duration. `prefersHours` only shapes the hint for a bare number
 * (human estimates are usually hours, agent time usually minutes).
 */
export function parseDuration(value: unknown, prefersHours = false): DurationParse {
  if (typeof value === 'number') {
    const number = String(value);
    if (value < 0) {
      return { ok: false, problem: `${number} is negative and has no unit`, hint: `durations cannot be negative; write ${-value}m or 0m` };
    }
    return { ok: false, problem: `"${number}" has no unit`, hint: noUnitHint(number, prefersHours) };
  }
  if (typeof value !== 'string' || value.trim() === '') {
    return {
      ok: false,
      problem: value === null || value === undefined || value === '' ? 'the duration is empty' : `${describe(value)} is not a duration`,
      hint: 'write a number and a unit, such as 17m, 2.5h or 1h 30m',
    };
  }
  const text = value.trim();
  if (text.startsWith('-')) {
    return { ok: false, problem: `"${text}" is negative`, hint: `durations count time spent; write ${text.slice(1)} or 0m` };
  }
  if (NUMBER_ONLY.test(text)) {
    return { ok: false, problem: `"${text}" has no unit`, hint: noUnitHint(text.replace(/^\+/, ''), prefersHours) };
  }
  const match = WELL_FORMED.exec(text);
  if (!match || (match[1] === undefined && match[2] === undefined)) {
    const unit = NUMBER_THEN_WORD.exec(text)?.[1];
    // "+5m" and "1.h" have a known unit but a malformed number: not an unknown unit.
    if (unit !== undefined && !/^(?:h|m|min)\.?$/i.test(unit)) {
      const number = text.slice(0, text.length - unit.length).trim();
      return {
        ok: false,
        problem: `"${text}" has an unknown unit "${unit}"`,
        hint: `use h (hours) or m (minutes), e.g. ${number}m or ${number}h`,
      };
    }
    return {
      ok: false,
      problem: `"${text}" is not a duration`,
      hint: 'write a number and a unit, such as 17m, 2.5h or 1h 30m',
    };
  }
  const [, hours, minutes] = match;
  const fromHours = hours === undefined ? 0 : parseDecimal(hours, CS_PER_HOUR, MAX_HOUR_DECIMALS);
  const fromMinutes = minutes === undefined ? 0 : parseDecimal(minutes, CS_PER_MINUTE, MAX_MINUTE_DECIMALS);
  if (fromHours === undefined || fromMinutes === undefined) {
    return {
      ok: false,
      problem: `"${text}" is more precise than Fulcrum keeps`,
      hint: `use at most ${MAX_HOUR_DECIMALS} decimals for hours and ${MAX_MINUTE_DECIMALS} for minutes`,
    };
  }
  return { ok: true, cs: fromHours + fromMinutes };
}
