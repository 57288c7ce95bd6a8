/**
 * How a reader finds their way around the built sample site (dist/): the
 * open data linked from the dashboard, the feeds from a page of their own,
 * the current page marked in the navigation, dates shown once, and a home
 * page that says what the site has added up to. Expected texts are written
 * out by hand from the sample days in tests/fixtures/site/.
 */
import { describe, expect, it } from 'vitest';
import { readDist } from '../support/dist.ts';
import { attrsOf, element, elements, textOf } from '../support/html.ts';

describe('the dashboard', () => {
  const html = readDist('stats/index.html');

  it('links the open data, saying what each file holds', () => {
    const section = element(html, 'section[aria-labelledby="open-data"]');
    expect(textOf(element(section, 'h2'))).toBe('Open data');
    expect(elements(section, 'li').map(textOf)).toEqual([
      'days.json: every published day, oldest first, with its totals and each task’s figures and tags (JSON).',
      'tasks.csv: one row per task of every published day, with its date, rank, minutes, factors and tags (CSV, for a spreadsheet).',
      'data/days/2026-04-24.json: one day, in the form of days.json, at its date; the newest is linked here.',
    ]);
    expect(elements(section, 'a').map((link) => attrsOf(link).href)).toEqual(['/data/days.json', '/data/tasks.csv', '/data/days/2026-04-24.json']);
  });
});
