/**
 * The "compared with the previous published day" table: each day's own value
 * always shows; only the change needs both days to have one.
 */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { compareDays } from '../../src/lib/metrics/compare.ts';
import { dayTotals } from '../../src/lib/metrics/day-metrics.ts';
import { dayComparison } from '../../src/lib/post/day-comparison.ts';
import { rowTexts, tableByClass, type Table } from '../support/html.ts';

// Literal centiseconds: 1 h = 360 000 cs, 1 min = 6 000 cs.
const H = 360_000;
const M = 6_000;

/** 6h of work in 20m of agent time and 8m of supervision, 1,200 tokens: 18.0x and 45.0x. */
const supervised = dayTotals([{ human: 6 * H, ai: 20 * M, supervision: 8 * M }], 1_200);
/** 3h in 15m, no supervision, no tokens: 12.0x and no supervisory leverage. */
const unsupervised = dayTotals([{ human: 3 * H, ai: 15 * M, supervision: 0 }], null);

function render(current: typeof supervised, previous: typeof supervised, previousDate = '2026-04-21'): Table {
  const html = toHtml(
    dayComparison({
      comparison: compareDays(current, previous),
      previous: { date: previousDate },
      previousHref: '/2026/04/21/',
      date: '2026-04-22',
      language: 'en',
      aiName: 'Claude',
    }),
  );
  return tableByClass(html, 'comparison');
}

describe('dayComparison', () => {
  it('shows this day’s supervisory leverage and tokens when the previous day logged neither', () => {
    // 18.0x against 12.0x: +6.0x, 6 / 12 = +50%; 6.0 h against 3.0: +3.0, +100%; 20 min against 15: +5, 5 / 15 = 33.3… → +33%.
    expect(rowTexts(render(supervised, unsupervised))).toEqual([
      ['Weighted leverage', '18.0x', '12.0x', '▲ +6.0x (+50%)'],
      ['Supervisory leverage', '45.0x', '—', 'no supervision time on the previous day'],
      ['Human-equivalent hours', '6.0', '3.0', '▲ +3.0 (+100%)'],
      ['Claude minutes', '20', '15', '▲ +5 (+33%)'],
      ['Tokens', '1,200', '—', 'no tokens logged on the previous day'],
    ]);
  });

  it('shows the previous day’s values when this day has none, and a fall with a minus sign', () => {
    // 3.0 h against 6.0: −3.0, −50%; 15 min against 20: −5, −25%.
    expect(rowTexts(render(unsupervised, supervised)).slice(1)).toEqual([
      ['Supervisory leverage', '—', '45.0x', 'no supervision time on this day'],
      ['Human-equivalent hours', '3.0', '6.0', '▼ −3.0 (−50%)'],
      ['Claude minutes', '15', '20', '▼ −5 (−25%)'],
      ['Tokens', '—', '1,200', 'no tokens logged on this day'],
    ]);
  });

  it('says when nothing changed, and when neither day has a value', () => {
    const rows = rowTexts(render(unsupervised, unsupervised));
    expect(rows[0]).toEqual(['Weighted leverage', '12.0x', '12.0x', '= no change']);
    expect(rows.filter(([label]) => label === 'Tokens')).toEqual([['Tokens', '—', '—', 'no tokens logged on either day']]);
  });

  it('rounds the percentage once, half up, on the figures shown', () => {
    // 1h in 6m = 10.0x; 1.05h (63 min) in 6m = 10.5x: +0.5x, 5 / 100 = +5%. 10.5x against 10.0x read the other way: −0.5x, 5 / 105 = 4.76… → −5%.
    const ten = dayTotals([{ human: H, ai: 6 * M, supervision: 0 }], null);
    const tenAndAHalf = dayTotals([{ human: 63 * M, ai: 6 * M, supervision: 0 }], null);
    expect(rowTexts(render(tenAndAHalf, ten))[0]).toEqual(['Weighted leverage', '10.5x', '10.0x', '▲ +0.5x (+5%)']);
    expect(rowTexts(render(ten, tenAndAHalf))[0]).toEqual(['Weighted leverage', '10.0x', '10.5x', '▼ −0.5x (−5%)']);
  });

  it('says in its caption how long before the previous published day was, when it was not the day before', () => {
    expect(render(supervised, unsupervised).caption).toBe('April 22, 2026 compared with the previous published day, April 21, 2026');
    // April 17 to April 22 is five days.
    expect(render(supervised, unsupervised, '2026-04-17').caption).toBe(
      'April 22, 2026 compared with the previous published day, April 17, 2026, 5 days earlier',
    );
    // 2025-04-22 to 2026-04-22 is 365 days.
    expect(render(supervised, unsupervised, '2025-04-22').caption).toBe(
      'April 22, 2026 compared with the previous published day, April 22, 2025, 365 days earlier',
    );
  });
});
