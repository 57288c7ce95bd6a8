/**
 * The one-line totals of a group of tasks (an archive month, a tag), worked
 * out by hand: 1 h = 360 000 cs, 1 min = 6 000 cs.
 */
import { describe, expect, it } from 'vitest';
import type { DayTotals } from '../../src/lib/metrics/day-metrics.ts';
import { toHtml } from 'hast-util-to-html';
import { totalsCells, totalsSentence } from '../../src/lib/post/totals-row.ts';

const H = 360_000;
const M = 6_000;

describe('totalsSentence', () => {
  it('gives tasks, hours, agent minutes and the weighted leverage', () => {
    // 3 tasks, 10.5 h in 45 min: 630 ÷ 45 = 14.0x.
    const totals: DayTotals = {
      tasks: 3,
      human: 10.5 * H,
      ai: 45 * M,
      supervision: 9 * M,
      supervisedHuman: 10.5 * H,
      unsupervisedDays: 0,
      tokens: null,
      leverage: 140,
      supervisionLeverage: 700,
    };
    expect(totalsSentence(totals, 'Claude')).toBe('3 tasks, 10.5 human-equivalent hours in 45 Claude minutes: weighted leverage 14.0x');
  });

  it('says "1 task" for a single task, with thousands grouped', () => {
    // 1 task, 2 h in 1,200 min: 120 ÷ 1,200 = 0.1x.
    const totals: DayTotals = {
      tasks: 1,
      human: 2 * H,
      ai: 1200 * M,
      supervision: 0,
      supervisedHuman: 2 * H,
      unsupervisedDays: 0,
      tokens: null,
      leverage: 1,
      supervisionLeverage: null,
    };
    expect(totalsSentence(totals, 'Codex')).toBe('1 task, 2.0 human-equivalent hours in 1,200 Codex minutes: weighted leverage 0.1x');
  });

  it('gives the exact times, from which the leverage shown is reproduced', () => {
    // 2 tasks, 14.25 h = 855 min in 62.6 min: 855 / 62.6 = 13.65… → 13.7x (14.3 in 63 would give 13.6x).
    const totals: DayTotals = {
      tasks: 2,
      human: 5_130_000,
      ai: 375_600,
      supervision: 21_000,
      supervisedHuman: 5_130_000,
      unsupervisedDays: 0,
      tokens: null,
      leverage: 137,
      supervisionLeverage: 2443,
    };
    expect(totalsSentence(totals, 'Claude')).toBe('2 tasks, 14.25 human-equivalent hours in 62.6 Claude minutes: weighted leverage 13.7x');
  });
});

describe('totalsCells', () => {
  it('shows the exact hours and minutes beside the leverages', () => {
    // 14.25 h, 62.6 min, 3.5 min: 855 / 3.5 = 244.28… → 244.3x.
    const totals: DayTotals = {
      tasks: 2,
      human: 5_130_000,
      ai: 375_600,
      supervision: 21_000,
      supervisedHuman: 5_130_000,
      unsupervisedDays: 0,
      tokens: null,
      leverage: 137,
      supervisionLeverage: 2443,
    };
    const cells = totalsCells(totals, 'Claude').map((cell) => toHtml(cell));
    const labels = ['Tasks', 'Human hrs', 'Claude min', 'Sup. min', 'Leverage', 'Sup. leverage'];
    expect(cells).toEqual(
      ['2', '14.25', '62.6', '3.5', '13.7x', '244.3x'].map((text, index) => `<td class="num" data-label="${labels[index]}">${text}</td>`),
    );
  });
});
