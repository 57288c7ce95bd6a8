/** A date shown once: beside a title that already gives it, only the weekday is added. */
import { describe, expect, it } from 'vitest';
import { dateBesideTitle } from '../../src/lib/post/day-date.ts';

describe('dateBesideTitle', () => {
  it('adds only the weekday to a title that gives the date (the default title, or an author’s with the date in it)', () => {
    // 2026-04-01 was a Wednesday: the 22nd is three weeks on.
    expect(dateBesideTitle({ date: '2026-04-22', title: 'Leverage Record: April 22, 2026' }, 'en')).toBe('Wednesday');
    expect(dateBesideTitle({ date: '2026-04-24', title: 'April 24, 2026, a short Friday' }, 'en')).toBe('Friday');
  });

  it('gives the full date with its weekday beside a title of the author’s own', () => {
    expect(dateBesideTitle({ date: '2026-04-16', title: 'Small cuts, many of them' }, 'en')).toBe('Thursday, April 16, 2026');
    expect(dateBesideTitle({ date: '2026-04-16', title: 'Kleine Schnitte' }, 'de')).toBe('Donnerstag, 16. April 2026');
  });
});
