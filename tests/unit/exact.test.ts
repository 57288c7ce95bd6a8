import { describe, expect, it } from 'vitest';
import { divRoundHalfUp, exactDecimal, floorDiv, ratioInUnits } from '../../src/lib/exact.ts';

/** 2^53 − 1, the largest integer a double holds exactly. */
const MAX = 9_007_199_254_740_991;

describe('floorDiv', () => {
  it.each([
    [7, 2, 3],
    [6, 3, 2],
    [5, 7, 0],
    [0, 5, 0],
  ])('floor(%i / %i) is %i', (a, b, q) => {
    expect(floorDiv(a, b)).toBe(q);
  });

  it('stays exact near 2^53, where the double quotient is not the true quotient', () => {
    // MAX / 3 = 3 002 399 751 580 330 remainder 1, i.e. …330.333…; as a double
    // the quotient is …330.5 (doubles near 3e15 are 0.5 apart).
    expect(floorDiv(MAX, 3)).toBe(3_002_399_751_580_330);
    expect(floorDiv(MAX, 10)).toBe(900_719_925_474_099);
    // 94 906 264 × 94 906 267 + 23 584 503 = MAX (checked by hand multiplication).
    expect(floorDiv(MAX, 94_906_267)).toBe(94_906_264);
    expect(floorDiv(MAX, MAX)).toBe(1);
    expect(floorDiv(MAX - 1, MAX)).toBe(0);
  });

  it('refuses inputs it cannot divide exactly', () => {
    expect(() => floorDiv(MAX + 1, 3)).toThrow(RangeError); // 2^53 is not a safe integer
    expect(() => floorDiv(1.5, 1)).toThrow(RangeError);
    expect(() => floorDiv(-1, 2)).toThrow(RangeError);
    expect(() => floorDiv(1, 0)).toThrow(RangeError);
  });
});

describe('divRoundHalfUp', () => {
  it.each([
    // Halves go up, never to even: banker's rounding would give 2 for 5/2 and 4 for 9/2.
    [1, 2, 1],
    [3, 2, 2],
    [5, 2, 3],
    [9, 2, 5],
    [25, 10, 3],
    // Either side of the half.
    [249, 100, 2],
    [250, 100, 3],
    [251, 100, 3],
    [1, 3, 0],
    [2, 3, 1],
    [0, 7, 0],
  ])('%i / %i rounds to %i', (a, b, q) => {
    expect(divRoundHalfUp(a, b)).toBe(q);
  });

  it('rounds exactly near 2^53, where Math.round of the double quotient is wrong', () => {
    // MAX / 3 = …330.333…, which rounds down; the double quotient is …330.5,
    // and Math.round(MAX / 3) gives …331.
    expect(divRoundHalfUp(MAX, 3)).toBe(3_002_399_751_580_330);
    // MAX / 2 = 4 503 599 627 370 495.5: an exact half, rounded up to 2^52.
    expect(divRoundHalfUp(MAX, 2)).toBe(4_503_599_627_370_496);
    // (MAX − 1) / 4 = 2 251 799 813 685 247.5 → …248.
    expect(divRoundHalfUp(MAX - 1, 4)).toBe(2_251_799_813_685_248);
  });
});

describe('ratioInUnits', () => {
  it('gives tenths rounded once: 28h ÷ 17m is 98.8', () => {
    // 1680 min / 17 min = 98.823… → 988 tenths.
    expect(ratioInUnits(1680, 17, 1)).toBe(988);
  });

  it('rounds 3h ÷ 13m to 13.8, not 13.9 (no rounding of a rounded value)', () => {
    // 180 / 13 = 13.846…; rounding first to 13.85 and then to tenths would give 13.9.
    expect(ratioInUnits(180, 13, 1)).toBe(138);
  });

  it('rounds an exact half of the last unit up', () => {
    // 1 / 20 = 0.05 = 0.5 tenths → 1 tenth.
    expect(ratioInUnits(1, 20, 1)).toBe(1);
    // 23 / 40 = 0.575 = 57.5 hundredths → 58. In doubles 23 / 40 * 100 is
    // 57.49999999999999, so float arithmetic would give 57.
    expect(ratioInUnits(23, 40, 2)).toBe(58);
  });

  it('with no decimals is plain half-up division', () => {
    expect(ratioInUnits(7, 2, 0)).toBe(4); // 3.5 → 4
    expect(ratioInUnits(7, 3, 0)).toBe(2); // 2.33… → 2
  });
});

describe('exactDecimal', () => {
  it.each([
    // 3h in 13m: 180 / 13 = 13.846153…
    [180, 13, 3, '13.846…'],
    // 28h in 17m: 1680 / 17 = 98.823529…
    [1680, 17, 3, '98.823…'],
    // 30.48 ends within three places, so no ellipsis.
    [762, 25, 3, '30.48'],
    [60, 1, 3, '60'],
    [1, 3, 1, '0.3…'],
    // 2/3 is cut, not rounded: 0.666…, never 0.667.
    [2, 3, 3, '0.666…'],
    [0, 7, 3, '0'],
  ])('%i / %i to %i places is %s', (a, b, decimals, text) => {
    expect(exactDecimal(a, b, decimals)).toBe(text);
  });
});
