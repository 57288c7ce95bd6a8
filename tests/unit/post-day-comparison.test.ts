/**
 * The "compared with the previous published day" table: each day's own value
 * always shows; only the change needs both days to have one.
 */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { compareDays } from '../../src/lib/metrics/compare.ts';
import { dayTotals } from '../../src/lib/metrics/day.ts';
import { dayComparison } from '../../src/lib/post/day-comparison.ts';
import { rowTexts, tableByClass, type Table } from '../support/html.ts';

// Literal centiseconds: 1 h = 360 000 cs, 1 min = 6 000 cs.
const H = 360_000;
const M = 6_000;

/** 6h of work in 20m of agent time and 8m of supervision, 1,200 tokens: 18.0x and 45.0x. */
const supervised = dayTotals([{ human: 6 * H, ai: 20 * M, supervision: 8 * M }], 1_200);
/** 3h in 15m, no supervision, no tokens: 12.0x and no supervisory leverage. */
const unsupervised = dayTotals([{ human: 3 * H, ai: 15 * M, supervision: 0 }], null);

function render(current: typeof supervised, previous: typeof supervised): Table {
  const html = toHtml(
    dayComparison({
      comparison: compareDays(current, previous),
      previous: { date: '2026-04-21' },
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
    expect(rowTexts(render(supervised, unsupervised))).toEqual([
      ['Weighted leverage', '18.0x', '12.0x', '▲ up from 12.0x'],
      ['Supervisory leverage', '45.0x', '—', 'no supervision time on the previous day'],
      ['Human-equivalent hours', '6.0', '3.0', '▲ up from 3.0'],
      ['Claude minutes', '20', '15', '▲ up from 15'],
      ['Tokens', '1,200', '—', 'no tokens logged on the previous day'],
    ]);
  });

  it('shows the previous day’s values when this day has none', () => {
    expect(rowTexts(render(unsupervised, supervised)).slice(1)).toEqual([
      ['Supervisory leverage', '—', '45.0x', 'no supervision time on this day'],
      ['Human-equivalent hours', '3.0', '6.0', '▼ down from 6.0'],
      ['Claude minutes', '15', '20', '▼ down from 20'],
      ['Tokens', '—', '1,200', 'no tokens logged on this day'],
    ]);
  });

  it('says when neither day has a value', () => {
    expect(rowTexts(render(unsupervised, unsupervised)).filter(([label]) => label === 'Tokens')).toEqual([
      ['Tokens', '—', '—', 'no tokens logged on either day'],
    ]);
  });
});
