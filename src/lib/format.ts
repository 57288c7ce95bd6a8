/**
 * The one formatter for each kind of number on the site. Every function takes
 * exact integers (centiseconds, tenths) and rounds at most once.
 */
import { CS_PER_HOUR, CS_PER_MINUTE, exactHours, type Centiseconds } from './duration.ts';
import { divRoundHalfUp } from './exact.ts';

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

/**
 * A human estimate in hours, as the author wrote it: `28h`, `2.5h`, `0.33h`,
 * `1.25h`; `90m` becomes `1.5h`. Values with no exact short decimal form
 * (`20m` is 0.333… h) are rounded half up to two decimals.
 */
export function formatEstimateHours(cs: Centiseconds): string {
  const exact = exactHours(cs);
  if (exact) return `${formatFixed(exact[1], exact[0])}h`;
  return `${formatFixed(divRoundHalfUp(cs * 100, CS_PER_HOUR), 2).replace(/\.?0+$/, '')}h`;
}

/** Whole minutes, rounded half up: used for totals ("704"). */
export function formatWholeMinutes(cs: Centiseconds): string {
  return formatInteger(divRoundHalfUp(cs, CS_PER_MINUTE));
}

/** Agent and supervision time of one task: "17m". */
export function formatMinutes(cs: Centiseconds): string {
  return `${formatWholeMinutes(cs)}m`;
}

/** Hours with one decimal: 189.08 h → "189.1". */
export function formatHoursOneDecimal(cs: Centiseconds): string {
  return formatFixed(divRoundHalfUp(cs * 10, CS_PER_HOUR), 1);
}

/** Token counts: "3,030,000"; null (none logged) → "—". */
export function formatTokens(tokens: number | null): string {
  return tokens === null ? NO_VALUE : formatInteger(tokens);
}

/** A count with its noun: "1 task", "1,234 tasks". */
export function formatCount(count: number, singular: string, plural: string): string {
  return `${formatInteger(count)} ${count === 1 ? singular : plural}`;
}
