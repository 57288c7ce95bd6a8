/** Dates where room is short (table cells, cards' first lines): month abbreviated, never the ISO form that breaks at its hyphens. */
import { describe, expect, it } from 'vitest';
import { formatShortDate } from '../../src/lib/dates.ts';

describe('formatShortDate', () => {
  it('abbreviates the month in the site language, with the year', () => {
    expect(formatShortDate('2026-04-22', 'en')).toBe('Apr 22, 2026');
    expect(formatShortDate('2026-01-03', 'en-GB')).toBe('3 Jan 2026');
    expect(formatShortDate('2026-12-31', 'de')).toBe('31.12.2026');
  });

  it('names the date written, whatever the machine’s time zone', () => {
    // A date, not an instant: the first and last days of a year stay in it.
    expect(formatShortDate('2026-01-01', 'en')).toBe('Jan 1, 2026');
    expect(formatShortDate('2025-12-31', 'en')).toBe('Dec 31, 2025');
  });
});
