/**
 * The one formatter for each kind of number on the site. Every function takes
 * exact integers (centiseconds, tenths) and rounds at most once.
 *
 * Durations are never rounded for the site: every ratio is computed from the
 * exact times, so a reader who divides the times shown beside a factor must
 * get that factor (4h in 8.6m is 27.9x; shown as 9m it would read 26.7x).
 */
import { CS_PER_HOUR, CS_PER_MINUTE, exactHours, exactMinutes, type Centiseconds } from './duration.ts';
import { divRoundHalfUp, floorDiv } from './exact.ts';

/** Shown where a figure has no value (a ratio over supervision of 0m, tokens not logged). */
export const NO_VALUE = '—';

/** Groups digits in threes: 3030000 → "3,030,000". */
export function formatInteger(value: number): string {
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Integer count of 10^-decimals units as a fixed decimal: (1891, 1) → "189.1". */
export function formatFixed(units: number, decimals: number): string {
  if (decimals === 0) return formatInteger(units);
  const sign = units < 0 ? '-' : '';
  const digits = String(Math.abs(units)).padStart(decimals + 1, '0');
  const whole = Number(digits.slice(0, -decimals));
  return `${sign}${formatInteger(whole)}.${digits.slice(-decimals)}`;
}

/** A factor in tenths as shown in tables: 988 → "98.8x"; null → "—". */
export function formatFactor(tenths: number | null): string {
  return tenths === null ? NO_VALUE : `${formatFixed(tenths, 1)}x`;
}

/** Shown for the supervisory figures of a day that logged no supervision (no task has `supervision`). */
export const NOT_LOGGED = 'not logged';

/** After totals over days of which some logged no supervision: " (1 day not logged)". */
function unsupervisedNote(days: number): string {
  return days === 0 ? '' : ` (${formatCount(days, 'day', 'days')} ${NOT_LOGGED})`;
}

/**
 * A supervisory factor or leverage: "45.0x", "—" over 0m of supervision,
 * "not logged" where supervision was not; totals over days of which some
 * did not log it (`unsupervisedDays`) say how many.
 */
export function formatSupervisionFactor(tenths: number | null, supervision: Centiseconds | null | undefined, unsupervisedDays = 0): string {
  if (supervision === null || supervision === undefined) return NOT_LOGGED;
  return `${formatFactor(tenths)}${unsupervisedNote(unsupervisedDays)}`;
}

/**
 * Exact minutes without a unit, in as many decimals as they need (at most
 * three, all a day file holds): "704", "62.6", "1,145.5".
 */
export function formatExactMinutes(cs: Centiseconds): string {
  const exact = exactMinutes(cs);
  // Every sum of durations the parser returns is a whole number of 0.001 min.
  if (!exact) throw new RangeError(`${cs} cs is not a whole number of thousandths of a minute`);
  return formatFixed(exact[1], exact[0]);
}

/** Agent and supervision time of one task, as written: "17m", "8.6m", "3.559m". */
export function formatMinutes(cs: Centiseconds): string {
  return `${formatExactMinutes(cs)}m`;
}

/** A task's supervision as written, or "not logged". */
export function formatSupervision(cs: Centiseconds | undefined): string {
  return cs === undefined ? NOT_LOGGED : formatMinutes(cs);
}

/** Total supervisory minutes, exact: "79", "4 (1 day not logged)", or "not logged" when no day logged any. */
export function formatSupervisionTotal(cs: Centiseconds | null, unsupervisedDays: number): string {
  return cs === null ? NOT_LOGGED : `${formatExactMinutes(cs)}${unsupervisedNote(unsupervisedDays)}`;
}

/**
 * A time with no exact decimal in hours (20m is 0.333… h), in whole hours
 * and exact minutes: "20m", "1h 20m".
 */
function hoursAndMinutes(cs: Centiseconds): string {
  const hours = floorDiv(cs, CS_PER_HOUR);
  const minutes = formatMinutes(cs - hours * CS_PER_HOUR);
  return hours === 0 ? minutes : `${formatInteger(hours)}h ${minutes}`;
}

/**
 * A human estimate in hours, as the author wrote it: `28h`, `2.5h`, `0.33h`,
 * `1.25h`; `90m` becomes `1.5h`. A time with no exact decimal in hours shows
 * its minutes: `20m`, `1h 20m`.
 */
export function formatEstimateHours(cs: Centiseconds): string {
  const exact = exactHours(cs);
  return exact ? `${formatFixed(exact[1], exact[0])}h` : hoursAndMinutes(cs);
}

/**
 * Total hours without a unit, exact, with at least one decimal: "189.08",
 * "6.0", "1,234.5"; a total with no exact decimal in hours shows its hours
 * and minutes ("1h 5m").
 */
export function formatExactHours(cs: Centiseconds): string {
  const exact = exactHours(cs);
  if (!exact) return hoursAndMinutes(cs);
  const [decimals, units] = exact;
  return decimals === 0 ? formatFixed(units * 10, 1) : formatFixed(units, decimals);
}

/** Whole minutes, rounded half up: how an imported post printed its totals ("704"). */
export function formatWholeMinutes(cs: Centiseconds): string {
  return formatInteger(divRoundHalfUp(cs, CS_PER_MINUTE));
}

/** Hours with one decimal, as an imported post printed them: 189.08 h → "189.1". */
export function formatHoursOneDecimal(cs: Centiseconds): string {
  return formatFixed(divRoundHalfUp(cs * 10, CS_PER_HOUR), 1);
}

/** Token counts: "3,030,000"; null (none logged) → "—". */
export function formatTokens(tokens: number | null): string {
  return tokens === null ? NO_VALUE : formatInteger(tokens);
}

/** The noun that goes with a count: the singular for exactly one, the plural for any other (0 tasks, 2 tasks). */
export function countNoun(count: number, singular: string, plural: string): string {
  return count === 1 ? singular : plural;
}

/** A count with its noun: "1 task", "1,234 tasks"; where markup separates the two, the noun alone is countNoun. */
export function formatCount(count: number, singular: string, plural: string): string {
  return `${formatInteger(count)} ${countNoun(count, singular, plural)}`;
}
