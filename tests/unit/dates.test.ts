import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  dayPath,
  formatInZone,
  formatLongDate,
  isCalendarDate,
  isValidTimeZone,
  startOfDay,
  todayIn,
} from '../../src/lib/dates.ts';

describe('isCalendarDate', () => {
  it.each([
    ['2026-04-22', true],
    ['2024-02-29', true], // 2024 is a leap year
    ['2026-02-28', true],
    ['2026-12-31', true],
    ['2026-02-29', false], // 2026 is not
    ['2026-02-30', false],
    ['2100-02-29', false], // divisible by 100, not by 400
    ['2000-02-29', true], // divisible by 400
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-00', false],
    ['2026-4-22', false], // two-digit month and day are required
    ['22.04.2026', false],
    ['2026-04-22T00:00', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('dayNumber', () => {
  it('counts days since 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-02-01')).toBe(31);
    // 2000-01-01: 30 years of 365 days plus the 7 leap days 1972 … 1996 = 10,957.
    expect(dayNumber('2000-01-01')).toBe(10_957);
    expect(dayNumber('1969-12-31')).toBe(-1);
  });

  it('steps over month ends and leap days by the calendar', () => {
    expect(dayNumber('2026-03-01') - dayNumber('2026-02-28')).toBe(1);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2); // 2024-02-29 between
    expect(dayNumber('2027-01-01') - dayNumber('2026-01-01')).toBe(365);
  });

  it.each(['2026-4-22', '22.04.2026', '2026-04-22T00:00', ''])('refuses %j', (value) => {
    expect(() => dayNumber(value)).toThrow(`not a YYYY-MM-DD date: ${value}`);
  });
});

describe('formatLongDate', () => {
  it('writes the date in the site language, whatever the machine zone', () => {
    expect(formatLongDate('2026-04-22', 'en')).toBe('April 22, 2026');
    expect(formatLongDate('2026-01-01', 'en')).toBe('January 1, 2026');
    expect(formatLongDate('2026-04-22', 'de')).toBe('22. April 2026');
  });

  it('refuses something that is not YYYY-MM-DD', () => {
    expect(() => formatLongDate('April 22', 'en')).toThrow(RangeError);
  });
});

describe('dayPath', () => {
  it('is year/month/day with a trailing slash', () => {
    expect(dayPath('2026-04-22')).toBe('2026/04/22/');
    expect(dayPath('2026-12-01')).toBe('2026/12/01/');
  });

  it('refuses something that is not YYYY-MM-DD', () => {
    expect(() => dayPath('2026-4-2')).toThrow('not a YYYY-MM-DD date: 2026-4-2');
  });
});

describe('startOfDay', () => {
  it('is midnight UTC in UTC', () => {
    expect(startOfDay('2026-04-22', 'UTC').toISOString()).toBe('2026-04-22T00:00:00.000Z');
  });

  it('is 23:00 UTC the evening before in Berlin winter time (UTC+1)', () => {
    expect(startOfDay('2026-01-15', 'Europe/Berlin').toISOString()).toBe('2026-01-14T23:00:00.000Z');
  });

  it('is 22:00 UTC the evening before in Berlin summer time (UTC+2)', () => {
    expect(startOfDay('2026-04-22', 'Europe/Berlin').toISOString()).toBe('2026-04-21T22:00:00.000Z');
    expect(startOfDay('2026-07-15', 'Europe/Berlin').toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });

  it('uses the offset in force at midnight on the days the clocks change', () => {
    // 2026-03-29: Berlin moves to summer time at 02:00, so midnight is still UTC+1.
    expect(startOfDay('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    // 2026-10-25: back to winter time at 03:00, so midnight is still UTC+2.
    expect(startOfDay('2026-10-25', 'Europe/Berlin').toISOString()).toBe('2026-10-24T22:00:00.000Z');
  });

  it('handles offsets that are not whole hours', () => {
    // India is UTC+5:30 all year.
    expect(startOfDay('2026-04-22', 'Asia/Kolkata').toISOString()).toBe('2026-04-21T18:30:00.000Z');
  });

  it('starts the day when the clocks jump, where summer time begins at midnight', () => {
    // Chile: on 2026-09-06 the clocks go from 00:00 (UTC−4) straight to 01:00
    // (UTC−3); midnight never happens, so the day begins at 01:00 −03 = 04:00 UTC.
    // 03:00 UTC would still be 23:00 on 5 September there.
    expect(startOfDay('2026-09-06', 'America/Santiago').toISOString()).toBe('2026-09-06T04:00:00.000Z');
    // Cuba: on 2026-03-08 00:00 (UTC−5) becomes 01:00 (UTC−4): 05:00 UTC.
    expect(startOfDay('2026-03-08', 'America/Havana').toISOString()).toBe('2026-03-08T05:00:00.000Z');
  });
});

describe('formatInZone', () => {
  const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;

  it('writes local time with the offset in hours and minutes', () => {
    expect(formatInZone(new Date('2026-04-21T22:00:00Z'), 'Europe/Berlin')).toBe('2026-04-22T00:00:00+02:00');
    expect(formatInZone(new Date('2026-04-21T18:30:00Z'), 'Asia/Kolkata')).toBe('2026-04-22T00:00:00+05:30');
    expect(formatInZone(new Date('2026-09-06T04:00:00Z'), 'America/Santiago')).toBe('2026-09-06T01:00:00-03:00');
  });

  // RFC 3339 offsets are whole minutes. Where a zone's offset has seconds, the offset is rounded
  // up to the next minute and the seconds go into the time: the same instant, on the author's day.
  it('writes an offset with seconds in whole minutes, for the same instant on the same day', () => {
    // Liberia kept UTC−0:44:30 until 1972: its midnight is 00:44:30 UTC, which at −00:44 is 00:00:30.
    const monrovia = formatInZone(new Date('1970-01-01T00:44:30Z'), 'Africa/Monrovia');
    expect(monrovia).toBe('1970-01-01T00:00:30-00:44');
    expect(Date.parse(monrovia)).toBe(Date.parse('1970-01-01T00:44:30Z'));
    // Berlin's local mean time, +0:53:28: midnight is 23:06:32 UTC the day before, 00:00:32 at +00:54.
    const berlin = formatInZone(new Date('1026-04-21T23:06:32Z'), 'Europe/Berlin');
    expect(berlin).toBe('1026-04-22T00:00:32+00:54');
    expect(Date.parse(berlin)).toBe(Date.parse('1026-04-21T23:06:32Z'));
    for (const written of [monrovia, berlin]) expect(written).toMatch(RFC_3339);
  });
});

describe('todayIn and isValidTimeZone', () => {
  it('reads the date in the given zone, not the machine one', () => {
    const instant = new Date('2026-04-21T22:30:00Z');
    expect(todayIn('Europe/Berlin', instant)).toBe('2026-04-22'); // 00:30 in Berlin
    expect(todayIn('UTC', instant)).toBe('2026-04-21');
  });

  it('knows IANA zone names', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
