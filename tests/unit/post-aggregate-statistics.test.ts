import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { dayTotals, type DayTotals } from '../../src/lib/metrics/day-metrics.ts';
import type { TaskTimes } from '../../src/lib/metrics/task.ts';
import { aggregateStatistics, derivedFigures } from '../../src/lib/post/aggregate-statistics.ts';
import { TOTAL_LABELS } from '../support/expected-days.ts';
import { rowTexts, tableByClass, type Table } from '../support/html.ts';

// Literal centiseconds: 1 h = 360 000 cs, 1 min = 6 000 cs.
const H = 360_000;
const M = 6_000;

/** The sample day 2026-04-15: 2h/10m/3m, 1h/5m/0m, 5h/26m/5m, 0.5h/4m/1m, no tokens logged. */
const APRIL_15: TaskTimes[] = [
  { human: 2 * H, ai: 10 * M, supervision: 3 * M },
  { human: 1 * H, ai: 5 * M, supervision: 0 },
  { human: 5 * H, ai: 26 * M, supervision: 5 * M },
  { human: H / 2, ai: 4 * M, supervision: 1 * M },
];

/** Times a day file may hold that no whole minute or one-decimal hour shows exactly. */
const EXACT_TIMES: TaskTimes[] = [
  { human: 4 * H, ai: 51_600, supervision: 9_000 }, // 8.6 min, 1.5 min
  { human: 10 * H, ai: 54 * M, supervision: 2 * M },
  { human: 118_800, ai: 2 * M, supervision: 0 }, // 0.33 h
];

function render(totals: DayTotals, aiName = 'Claude', dateLabel = 'April 15, 2026'): Table {
  const html = toHtml(aggregateStatistics(totals, aiName, dateLabel));
  expect(html).not.toContain('<script');
  return tableByClass(html, 'aggregate');
}

describe('aggregateStatistics', () => {
  it('shows the seven totals of a day without tokens', () => {
    // 8.5 h = 510 min; Claude 10 + 5 + 26 + 4 = 45 min; supervision 3 + 0 + 5 + 1 = 9 min.
    // 510 / 45 = 11.33… → 11.3x; 510 / 9 = 56.66… → 56.7x (not the mean of the task factors).
    const table = render(dayTotals(APRIL_15, null));
    expect(rowTexts(table)).toEqual([
      ['Total tasks', '4'],
      ['Total human-equivalent hours', '8.5'],
      ['Total Claude minutes', '45'],
      ['Total supervisory minutes', '9'],
      ['Total tokens', '—'],
      ['Weighted average leverage factor', '11.3x'],
      ['Weighted average supervisory leverage factor', '56.7x'],
    ]);
  });

  it('groups a token count and keeps one decimal for whole hours', () => {
    // 2026-04-14: 6h / 23m / 4m, 412 000 tokens. 360 / 23 = 15.65… → 15.7x; 360 / 4 = 90.0x.
    const table = render(dayTotals([{ human: 6 * H, ai: 23 * M, supervision: 4 * M }], 412_000), 'Claude', 'April 14, 2026');
    expect(rowTexts(table)).toEqual([
      ['Total tasks', '1'],
      ['Total human-equivalent hours', '6.0'],
      ['Total Claude minutes', '23'],
      ['Total supervisory minutes', '4'],
      ['Total tokens', '412,000'],
      ['Weighted average leverage factor', '15.7x'],
      ['Weighted average supervisory leverage factor', '90.0x'],
    ]);
    expect(table.caption).toBe('Totals and weighted averages for April 14, 2026');
  });

  it('shows — for the supervisory average of a day without supervision', () => {
    // 3h / 20m = 9.0x; no supervision at all.
    const table = render(dayTotals([{ human: 3 * H, ai: 20 * M, supervision: 0 }], 0));
    expect(rowTexts(table).slice(3)).toEqual([
      ['Total supervisory minutes', '0'],
      ['Total tokens', '0'], // zero tokens logged is a value, not a missing one
      ['Weighted average leverage factor', '9.0x'],
      ['Weighted average supervisory leverage factor', '—'],
    ]);
  });

  it('labels each row with a row header and the columns with column headers', () => {
    const table = render(dayTotals(APRIL_15, null));
    expect(table.caption).toBe('Totals and weighted averages for April 15, 2026');
    expect(table.head.map((row) => row.map((cell) => [cell.tag, cell.attrs.scope, cell.text]))).toEqual([
      [
        ['th', 'col', 'Metric'],
        ['th', 'col', 'Value'],
      ],
    ]);
    expect(table.body.map((row) => row.map((cell) => [cell.tag, cell.attrs.scope ?? null]))).toEqual(
      TOTAL_LABELS.map(() => [
        ['th', 'row'],
        ['td', null],
      ]),
    );
    expect(table.body.map((row) => row[0]!.text)).toEqual(TOTAL_LABELS);
  });

  it('shows the exact totals a reader divides to get the factors beside them', () => {
    // 4h / 8.6m / 1.5m, 10h / 54m / 2m, 0.33h / 2m / 0m.
    // 14.33 h = 859.8 min; Claude 8.6 + 54 + 2 = 64.6 min; supervision 1.5 + 2 + 0 = 3.5 min.
    // 859.8 / 64.6 = 13.30… → 13.3x; 859.8 / 3.5 = 245.65… → 245.7x.
    // Rounded to 14.3, 65 and 4 they would give 13.2x and 214.5x.
    const table = render(dayTotals(EXACT_TIMES, null));
    expect(rowTexts(table).slice(1, 4)).toEqual([
      ['Total human-equivalent hours', '14.33'],
      ['Total Claude minutes', '64.6'],
      ['Total supervisory minutes', '3.5'],
    ]);
    expect(rowTexts(table).slice(5)).toEqual([
      ['Weighted average leverage factor', '13.3x'],
      ['Weighted average supervisory leverage factor', '245.7x'],
    ]);
  });

  it('names the agent from the site setting', () => {
    const table = render(dayTotals(APRIL_15, null), 'Codex');
    expect(table.body[2]!.map((cell) => cell.text)).toEqual(['Total Codex minutes', '45']);
  });
});

describe('derivedFigures', () => {
  it("converts the exact hours once: working days, weeks and the agent's hours", () => {
    // 14.33 / 8 = 1.79… → 1.8; 14.33 / 40 = 0.358… → 0.4; 64.6 / 60 = 1.07… → 1.1
    const html = toHtml(derivedFigures(dayTotals(EXACT_TIMES, null), 'Claude'));
    expect(html).toBe(
      '<p class="derived-figures" dir="auto">14.33 human-equivalent hours are 1.8 working days of 8 hours, ' +
        'or 0.4 working weeks of 40 hours; Claude worked for 1.1 hours.</p>',
    );
  });
});
