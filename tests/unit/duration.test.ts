import { describe, expect, it } from 'vitest';
import { CS_PER_HOUR, CS_PER_MINUTE, parseDuration } from '../../src/lib/duration.ts';

// One hour is 60 × 60 × 100 = 360 000 centiseconds; one minute 6 000.
describe('duration units', () => {
  it('uses centiseconds', () => {
    expect(CS_PER_HOUR).toBe(360_000);
    expect(CS_PER_MINUTE).toBe(6_000);
  });
});

describe('parseDuration: what authors write', () => {
  it.each([
    ['28h', 10_080_000], // 28 × 360 000
    ['2.5h', 900_000], // 2.5 × 360 000
    ['0.33h', 118_800], // 0.33 × 360 000 = 19.8 min, kept exactly
    ['1.25h', 450_000],
    ['0.3333h', 119_988], // four decimals of an hour is the most kept: 0.3333 × 360 000
    ['.5h', 180_000],
    ['17m', 102_000], // 17 × 6 000
    ['17min', 102_000],
    ['17 min.', 102_000],
    ['1.125m', 6_750], // three decimals of a minute is the most kept
    ['0m', 0], // zero is a valid duration (supervision may be zero)
    ['1h 30m', 540_000], // 360 000 + 30 × 6 000
    ['1h30m', 540_000],
    ['90m', 540_000], // same length as 1h 30m
    ['  2H  ', 720_000], // surrounding space and upper case are tolerated
  ])('%j is %i cs', (text, cs) => {
    expect(parseDuration(text)).toEqual({ ok: true, cs });
  });
});

describe('parseDuration: mistakes are named, with a fix', () => {
  it('rejects a bare YAML number and suggests both units (minutes first for agent time)', () => {
    // 17 min = 0.2833… h, shown with one decimal: 0.3h.
    expect(parseDuration(17)).toEqual({ ok: false, problem: '"17" has no unit', hint: 'write 17m (minutes) or 0.3h (hours)' });
  });

  it('suggests hours first for a human estimate', () => {
    expect(parseDuration(17, true)).toEqual({ ok: false, problem: '"17" has no unit', hint: 'write 17h (hours) or 17m (minutes)' });
  });

  it('rejects a quoted bare number the same way', () => {
    expect(parseDuration('17')).toEqual({ ok: false, problem: '"17" has no unit', hint: 'write 17m (minutes) or 0.3h (hours)' });
  });

  it('gives tiny bare numbers two decimals so the hour hint is not 0.1h for 5 minutes', () => {
    // 5 / 60 = 0.0833… → 0.08
    expect(parseDuration('5')).toEqual({ ok: false, problem: '"5" has no unit', hint: 'write 5m (minutes) or 0.08h (hours)' });
  });

  it('names an unknown unit', () => {
    expect(parseDuration('17s')).toEqual({
      ok: false,
      problem: '"17s" has an unknown unit "s"',
      hint: 'use h (hours) or m (minutes), e.g. 17m or 17h',
    });
  });

  it('rejects a negative duration written as text', () => {
    expect(parseDuration('-5m')).toEqual({ ok: false, problem: '"-5m" is negative', hint: 'durations count time spent; write 5m or 0m' });
  });

  it('rejects a negative YAML number', () => {
    expect(parseDuration(-5)).toEqual({
      ok: false,
      problem: '-5 is negative and has no unit',
      hint: 'durations cannot be negative; write 5m or 0m',
    });
  });

  it('rejects words', () => {
    expect(parseDuration('soon')).toEqual({
      ok: false,
      problem: '"soon" is not a duration',
      hint: 'write a number and a unit, such as 17m, 2.5h or 1h 30m',
    });
  });

  it('does not call h or m unknown when the number in front is malformed', () => {
    // The unknown-unit hint would suggest "+5m" again, or "1.m".
    for (const text of ['+5m', '1.h']) {
      expect(parseDuration(text)).toEqual({
        ok: false,
        problem: `"${text}" is not a duration`,
        hint: 'write a number and a unit, such as 17m, 2.5h or 1h 30m',
      });
    }
  });

  it('calls a longer word an unknown unit', () => {
    expect(parseDuration('17 mins')).toEqual({
      ok: false,
      problem: '"17 mins" has an unknown unit "mins"',
      hint: 'use h (hours) or m (minutes), e.g. 17m or 17h',
    });
  });

  it('rejects a minutes part without a unit', () => {
    expect(parseDuration('1h 30')).toEqual({
      ok: false,
      problem: '"1h 30" is not a duration',
      hint: 'write a number and a unit, such as 17m, 2.5h or 1h 30m',
    });
  });

  it.each(['', null, undefined])('calls %j empty', (value) => {
    expect(parseDuration(value)).toEqual({
      ok: false,
      problem: 'the duration is empty',
      hint: 'write a number and a unit, such as 17m, 2.5h or 1h 30m',
    });
  });

  it('shows text of spaces as it is', () => {
    expect(parseDuration('   ')).toEqual({
      ok: false,
      problem: '"   " is not a duration',
      hint: 'write a number and a unit, such as 17m, 2.5h or 1h 30m',
    });
  });

  it('rejects a non-text, non-number value', () => {
    expect(parseDuration(true)).toEqual({
      ok: false,
      problem: 'true is not a duration',
      hint: 'write a number and a unit, such as 17m, 2.5h or 1h 30m',
    });
  });

  it.each(['0.33333h', '1.1234m', '1h 0.0001m'])('rejects %j as more precise than centiseconds can hold', (text) => {
    expect(parseDuration(text)).toEqual({
      ok: false,
      problem: `"${text}" is more precise than Fulcrum keeps`,
      hint: 'use at most 4 decimals for hours and 3 for minutes',
    });
  });
});
