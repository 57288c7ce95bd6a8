/** When a day is stamped in the feeds: noon of its date in the site's zone, so readers east and west of it see the same date. */
import { describe, expect, it } from 'vitest';
import { dayStamp } from '../../src/lib/feeds/stamp.ts';

/** The date a reader in `timeZone` sees for an instant. */
const dateSeenIn = (instant: Date, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(instant);

describe('dayStamp', () => {
  it('is noon of the day in the site zone (Berlin is UTC+2 in April)', () => {
    expect(dayStamp('2026-04-24', 'Europe/Berlin').toISOString()).toBe('2026-04-24T10:00:00.000Z');
  });

  it('gives readers from Honolulu to Auckland the day’s own date, which midnight in Berlin did not', () => {
    const stamp = dayStamp('2026-04-24', 'Europe/Berlin');
    for (const reader of ['Pacific/Honolulu', 'America/Los_Angeles', 'America/New_York', 'UTC', 'Asia/Tokyo', 'Pacific/Auckland']) {
      expect(dateSeenIn(stamp, reader), reader).toBe('2026-04-24');
    }
    // Midnight in Berlin, 2026-04-23T22:00Z, is 18:00 on April 23 in New York.
    expect(dateSeenIn(new Date('2026-04-23T22:00:00Z'), 'America/New_York')).toBe('2026-04-23');
  });

  it('is noon by the clock on the days the clocks change, which are 23 and 25 hours long', () => {
    // Berlin: on 2026-03-29 02:00 CET becomes 03:00 CEST, noon is at UTC+2; on 2026-10-25 03:00 CEST becomes 02:00 CET, noon is at UTC+1.
    expect(dayStamp('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-29T10:00:00.000Z');
    expect(dayStamp('2026-10-25', 'Europe/Berlin').toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  it('is noon where the day starts at 01:00 because summer time begins at midnight', () => {
    // Chile: on 2026-09-06 00:00 (UTC−4) becomes 01:00 (UTC−3); noon is 15:00 UTC.
    expect(dayStamp('2026-09-06', 'America/Santiago').toISOString()).toBe('2026-09-06T15:00:00.000Z');
  });

  it('is noon in zones far from UTC and off the hour', () => {
    // Kiribati's Line Islands are UTC+14: noon is 22:00 UTC the day before. India is UTC+5:30.
    expect(dayStamp('2026-04-24', 'Pacific/Kiritimati').toISOString()).toBe('2026-04-23T22:00:00.000Z');
    expect(dayStamp('2026-04-24', 'Asia/Kolkata').toISOString()).toBe('2026-04-24T06:30:00.000Z');
  });
});
