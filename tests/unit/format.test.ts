import { describe, expect, it } from 'vitest';
import {
  countNoun,
  formatCount,
  formatEstimateHours,
  formatExactHours,
  formatExactMinutes,
  formatFactor,
  formatFixed,
  formatHoursOneDecimal,
  formatInteger,
  formatMinutes,
  formatTokens,
  formatWholeMinutes,
  NO_VALUE,
} from '../../src/lib/format.ts';

// Literal centiseconds: 1 h = 360 000 cs, 1 min = 6 000 cs.
const H = 360_000;
const M = 6_000;

describe('formatFactor', () => {
  it.each([
    [988, '98.8x'],
    [8400, '840.0x'],
    [40, '4.0x'], // a whole factor keeps its decimal
    [5, '0.5x'], // below one: a leading zero
    [0, '0.0x'],
    [123_456, '12,345.6x'], // the whole part is grouped like other numbers
  ])('%i tenths → %j', (tenths, text) => {
    expect(formatFactor(tenths)).toBe(text);
  });

  it('shows an em dash when there is no factor', () => {
    expect(formatFactor(null)).toBe('—');
    expect(NO_VALUE).toBe('\u2014');
  });
});

describe('formatEstimateHours', () => {
  it.each([
    [28 * H, '28h'],
    [900_000, '2.5h'], // 2.5h
    [450_000, '1.25h'], // 1.25h
    [118_800, '0.33h'], // 0.33h as written, not 0.3h
    [119_988, '0.3333h'], // four decimals are kept
    [90 * M, '1.5h'], // 90m
    [45 * M, '0.75h'], // 45m
    [20 * M, '20m'], // 20m = 0.333… h has no exact decimal in hours: shown as written, in minutes
    [40 * M, '40m'],
    [1 * M, '1m'],
    [80 * M, '1h 20m'], // 1.333… h: whole hours and the exact minutes
    [9_123_000, '25h 20.5m'], // 25 h and 20.5 min
    [0, '0h'],
  ])('%i cs → %j', (cs, text) => {
    expect(formatEstimateHours(cs)).toBe(text);
  });

  it('shows what a reader divides to get the factor: 20m in 2m is 10.0x, which 0.33h would make 9.9x', () => {
    // 20 / 2 = 10.0 exactly; 0.33 × 60 / 2 = 9.9
    expect(formatEstimateHours(20 * M)).toBe('20m');
  });
});

describe('formatExactHours', () => {
  it.each([
    [68_068_800, '189.08'], // 189.08 h exactly, never 189.1
    [6 * H, '6.0'], // a whole number of hours keeps one decimal
    [8.5 * H, '8.5'],
    [2_189_988, '6.0833'], // 6.0833 h: four decimals are kept
    [1234 * H, '1,234.0'],
    [0, '0.0'],
    [65 * M, '1h 5m'], // 1.0833… h has no exact decimal: whole hours and exact minutes
    [20 * M, '20m'],
    [360_003_000, '1,000h 0.5m'], // 1,000 h and 30 s
  ])('%i cs → %j', (cs, text) => {
    expect(formatExactHours(cs)).toBe(text);
  });

  it('lets a reader reproduce the supervisory leverage of 2026-04-16: 6.08 h over 9 min is 40.5x, where 6.1 h gives 40.7x', () => {
    // 6.08 × 60 / 9 = 40.53… → 40.5; 6.1 × 60 / 9 = 40.66… → 40.7
    expect(formatExactHours(2_188_800)).toBe('6.08');
  });
});

describe('formatExactMinutes', () => {
  it.each([
    [704 * M, '704'],
    [375_600, '62.6'], // 62.6 min, never 63
    [51_600, '8.6'], // 8.6 min
    [21_354, '3.559'], // 3.559 min, three decimals as written
    [0, '0'],
    [6_873_000, '1,145.5'], // 1,145.5 min
    [118_800, '19.8'], // 0.33 h of agent time is 19.8 min exactly
  ])('%i cs → %j', (cs, text) => {
    expect(formatExactMinutes(cs)).toBe(text);
  });

  it('refuses a value no day file can hold, rather than round it', () => {
    // 1 cs is 0.000166… min: the parser only makes multiples of 6 cs (0.001 min).
    expect(() => formatExactMinutes(1)).toThrow(RangeError);
  });
});

describe('formatHoursOneDecimal', () => {
  it('rounds 189.08 h to 189.1', () => {
    // 189.08 × 360 000 = 68 068 800 cs
    expect(formatHoursOneDecimal(68_068_800)).toBe('189.1');
  });

  it.each([
    [6 * H, '6.0'],
    [8.5 * H, '8.5'],
    [H / 20, '0.1'], // 0.05 h, an exact half, rounds up
    [H / 20 - 1, '0.0'], // one centisecond less rounds down
    [1234 * H, '1,234.0'],
  ])('%i cs → %j', (cs, text) => {
    expect(formatHoursOneDecimal(cs)).toBe(text);
  });
});

describe("formatWholeMinutes (an imported post's printed precision) and formatMinutes", () => {
  it.each([
    [704 * M, '704'],
    [0, '0'],
    [3_000, '1'], // 30 s is half a minute: up
    [2_999, '0'],
    [1500 * M, '1,500'],
  ])('%i cs → %j', (cs, text) => {
    expect(formatWholeMinutes(cs)).toBe(text);
  });

  it('adds the unit for a task cell, as written: 8.6m stays 8.6m', () => {
    expect(formatMinutes(17 * M)).toBe('17m');
    expect(formatMinutes(0)).toBe('0m');
    // 4h in 8.6m: 240 / 8.6 = 27.90… → 27.9x, which 9m would make 26.7x
    expect(formatMinutes(51_600)).toBe('8.6m');
    expect(formatMinutes(21_354)).toBe('3.559m');
  });
});

describe('formatTokens, formatInteger and formatFixed', () => {
  it('groups digits in threes', () => {
    expect(formatTokens(3_030_000)).toBe('3,030,000');
    expect(formatTokens(412_000)).toBe('412,000');
    expect(formatTokens(999)).toBe('999');
    expect(formatTokens(1000)).toBe('1,000');
    expect(formatTokens(0)).toBe('0');
    expect(formatInteger(-1234)).toBe('-1,234');
  });

  it('shows tokens a day did not log as the no-value dash', () => {
    expect(formatTokens(null)).toBe(NO_VALUE);
  });

  it('places the decimal point in an integer count of units', () => {
    expect(formatFixed(1891, 1)).toBe('189.1');
    expect(formatFixed(5, 2)).toBe('0.05');
    expect(formatFixed(-5, 1)).toBe('-0.5');
    expect(formatFixed(12_345, 0)).toBe('12,345');
  });
});

describe('formatCount', () => {
  it('groups the digits and takes the singular for exactly one', () => {
    expect(formatCount(1, 'task', 'tasks')).toBe('1 task');
    expect(formatCount(0, 'task', 'tasks')).toBe('0 tasks');
    expect(formatCount(2, 'day', 'days')).toBe('2 days');
    expect(formatCount(1234, 'task', 'tasks')).toBe('1,234 tasks');
  });
  it('gives the noun alone, for markup that sets the number apart', () => {
    expect(countNoun(1, 'task', 'tasks')).toBe('task');
    expect(countNoun(0, 'day', 'days')).toBe('days');
    expect(countNoun(2, 'log or folder', 'logs or folders')).toBe('logs or folders');
  });
});
