/**
 * Exact integer arithmetic for metrics.
 *
 * Every duration is a whole number of centiseconds (see duration.ts), so sums
 * are exact. Ratios are rounded once, half up, from those integers: no binary
 * floating-point value is ever rounded, which is how "3h in 13m" stays 13.8x
 * instead of drifting to 13.9x.
 */

function assertSafe(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${what} ${value} is not a safe integer; exact arithmetic is impossible`);
  }
}

/** floor(a / b) for non-negative safe integers, corrected for float error in the quotient. */
export function floorDiv(a: number, b: number): number {
  assertSafe(a, 'dividend');
  assertSafe(b, 'divisor');
  if (a < 0 || b <= 0) throw new RangeError(`floorDiv needs a >= 0 and b > 0, got ${a} / ${b}`);
  let q = Math.floor(a / b);
  // a / b is rounded to the nearest double, which can land on the next integer
  // when b is large; one step of correction is always enough.
  if (q * b > a) q -= 1;
  else if ((q + 1) * b <= a) q += 1;
  return q;
}

/** a / b rounded half up to an integer, for non-negative a and positive b. */
export function divRoundHalfUp(a: number, b: number): number {
  const q = floorDiv(a, b);
  const r = a - q * b;
  // Up when r / b >= 1/2, i.e. r >= b - r: no doubling, so any safe a and b work.
  return r >= b - r ? q + 1 : q;
}

/** `10 ** n` costs a Math.pow call on the metrics' hot path; the scales they use are looked up (bench/README.md). */
const POWERS_OF_TEN = [1, 10, 100, 1000];

/**
 * a / b rounded half up to `decimals` places, returned as an integer count of
 * 10^-decimals units (e.g. decimals 1 gives tenths: 1680 / 17 → 988).
 */
export function ratioInUnits(a: number, b: number, decimals: number): number {
  return divRoundHalfUp(a * (POWERS_OF_TEN[decimals] ?? 10 ** decimals), b);
}

/**
 * a / b written out exactly to at most `decimals` places, for messages that
 * show what a rounded figure stands for: 180 / 13 → "13.846…" (cut, not
 * rounded, with "…" when digits remain), 762 / 25 → "30.48", 60 / 1 → "60".
 */
export function exactDecimal(a: number, b: number, decimals = 3): string {
  const whole = floorDiv(a, b);
  let remainder = a - whole * b;
  let digits = '';
  while (remainder !== 0 && digits.length < decimals) {
    // remainder < b, so remainder * 10 stays safe for any divisor below 2^53 / 10.
    const scaled = remainder * 10;
    const digit = floorDiv(scaled, b);
    digits += String(digit);
    remainder = scaled - digit * b;
  }
  return `${whole}${digits === '' ? '' : `.${digits}`}${remainder === 0 ? '' : '…'}`;
}
