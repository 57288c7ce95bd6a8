/**
 * A day against the previous one, in words and symbols, and the figures
 * derived from hours. Values are compared as they are shown. Expected values
 * are worked out by hand (1 h = 360000 cs, 1 min = 6000 cs).
 */
import { describe, expect, it } from 'vitest';
import { compareDays } from '../../src/lib/metrics/compare.ts';
import type { DayTotals } from '../../src/lib/metrics/day-metrics.ts';
import { hoursTenths, workingDaysTenths, workingWeeksTenths } from '../../src/lib/metrics/derived.ts';

const H = 360_000;
const M = 6_000;

function totals(fields: Partial<DayTotals>): DayTotals {
  return {
    tasks: 1,
    human: H,
    ai: M,
    supervision: M,
    supervisedHuman: H,
    unsupervisedDays: 0,
    tokens: null,
    leverage: 600,
    supervisionLeverage: 600,
    ...fields,
  };
}

/** 2026-04-21 of the sample: 9.17h, 52m, 9m supervision, 10.6x, 61.1x, no tokens. */
const april21 = totals({
  tasks: 5,
  human: 3_301_200, // 2h + 3h + 1h + 2.5h + 0.67h = 9.17h = 9.17 × 360000
  ai: 52 * M, // 11 + 17 + 6 + 13 + 5
  supervision: 9 * M, // 2 + 3 + 1 + 2 + 1
  leverage: 106, // 550.2m / 52m = 10.58… → 10.6x
  supervisionLeverage: 611, // 550.2m / 9m = 61.13… → 61.1x
});

/** 2026-04-22 of the sample: 189.08h, 704m, 79m supervision, 16.1x, 143.6x, 3,030,000 tokens. */
const april22 = totals({
  tasks: 26,
  human: 68_068_800, // 189.08 × 360000
  ai: 704 * M,
  supervision: 79 * M,
  tokens: 3_030_000,
  leverage: 161, // 11344.8m / 704m = 16.11… → 16.1x
  supervisionLeverage: 1436, // 11344.8m / 79m = 143.60… → 143.6x
});

describe('compareDays', () => {
  it('words every change with a symbol and the previous value as shown, and gives the change of the figures shown', () => {
    const compared = compareDays(april22, april21);
    // 16.1 − 10.6 = 5.5; 5.5 / 10.6 = 51.9 % → 52%
    expect(compared.leverage).toEqual({
      current: '16.1x',
      previous: '10.6x',
      change: { direction: 'up', symbol: '▲', words: 'up from 10.6x', difference: '+5.5x', percent: '+52%' },
      lacking: null,
    });
    // 143.6 − 61.1 = 82.5; 82.5 / 61.1 = 135.02 % → 135%
    expect(compared.supervisionLeverage).toEqual({
      current: '143.6x',
      previous: '61.1x',
      change: { direction: 'up', symbol: '▲', words: 'up from 61.1x', difference: '+82.5x', percent: '+135%' },
      lacking: null,
    });
    // Hours shown exactly, as the totals beside the factors are: 189.08 − 9.17 = 179.91; 179.91 / 9.17 = 1,961.9 % → 1,962%
    expect(compared.human).toEqual({
      current: '189.08',
      previous: '9.17',
      change: { direction: 'up', symbol: '▲', words: 'up from 9.17', difference: '+179.91', percent: '+1,962%' },
      lacking: null,
    });
    // 704 − 52 = 652; 652 / 52 = 1,253.8 % → 1,254%
    expect(compared.ai).toEqual({
      current: '704',
      previous: '52',
      change: { direction: 'up', symbol: '▲', words: 'up from 52', difference: '+652', percent: '+1,254%' },
      lacking: null,
    });
    // 04-21 logged no tokens: this day's count still shows, the change needs both.
    expect(compared.tokens).toEqual({
      current: '3,030,000',
      previous: null,
      change: null,
      lacking: 'no tokens logged on the previous day',
    });
  });

  it('says "down from" with ▼ and a minus sign, digits grouped', () => {
    const compared = compareDays(april21, april22);
    // 5.5 / 16.1 = 34.2 % → 34%; 652 / 704 = 92.6 % → 93%; 179.91 / 189.08 = 95.15 % → 95%
    expect(compared.leverage.change).toEqual({
      direction: 'down',
      symbol: '▼',
      words: 'down from 16.1x',
      difference: '−5.5x',
      percent: '−34%',
    });
    expect(compared.ai.change).toEqual({ direction: 'down', symbol: '▼', words: 'down from 704', difference: '−652', percent: '−93%' });
    expect(compared.human.change).toEqual({
      direction: 'down',
      symbol: '▼',
      words: 'down from 189.08',
      difference: '−179.91',
      percent: '−95%',
    });
    // 1,740,000 / 3,030,000 = 57.4 % → 57%
    const tokens = compareDays(totals({ tokens: 1_290_000 }), totals({ tokens: 3_030_000 })).tokens;
    expect(tokens).toEqual({
      current: '1,290,000',
      previous: '3,030,000',
      change: { direction: 'down', symbol: '▼', words: 'down from 3,030,000', difference: '−1,740,000', percent: '−57%' },
      lacking: null,
    });
  });

  it('says "same as" with = when the shown values are equal, even if the exact ones differ', () => {
    // 12.44x and 12.36x are both 124 tenths (12.4x): the day's leverage is already rounded once.
    const a = totals({ leverage: 124, supervisionLeverage: 124 });
    const b = totals({ leverage: 124, supervisionLeverage: 125 });
    expect(compareDays(a, b).leverage).toEqual({
      current: '12.4x',
      previous: '12.4x',
      change: { direction: 'same', symbol: '=', words: 'same as 12.4x', difference: '0.0x', percent: '0%' },
      lacking: null,
    });
    expect(compareDays(a, b).supervisionLeverage.change).toMatchObject({ direction: 'down', words: 'down from 12.5x' });
  });

  it('compares times exactly, as they are shown: 12.44h is up from 12.36h, 704.4m up from 703.6m', () => {
    // 12.44h = 4478400 cs, 12.36h = 4449600 cs; 704.4m = 4226400 cs, 703.6m = 4221600 cs.
    const c = compareDays(totals({ human: 4_478_400, ai: 4_226_400 }), totals({ human: 4_449_600, ai: 4_221_600 }));
    // 0.08h is 0.647 % of 12.36h → 1%; 0.8m is 0.114 % of 703.6m → 0%.
    expect(c.human).toEqual({
      current: '12.44',
      previous: '12.36',
      change: { direction: 'up', symbol: '▲', words: 'up from 12.36', difference: '+0.08', percent: '+1%' },
      lacking: null,
    });
    expect(c.ai).toEqual({
      current: '704.4',
      previous: '703.6',
      change: { direction: 'up', symbol: '▲', words: 'up from 703.6', difference: '+0.8', percent: '+0%' },
      lacking: null,
    });
    // Equal times: the same.
    const same = compareDays(totals({ human: 4_478_400, ai: 4_226_400 }), totals({ human: 4_478_400, ai: 4_226_400 }));
    expect(same.human.change).toEqual({ direction: 'same', symbol: '=', words: 'same as 12.44', difference: '0.0', percent: '0%' });
    expect(same.ai.change).toEqual({ direction: 'same', symbol: '=', words: 'same as 704.4', difference: '0', percent: '0%' });
  });

  it('shows each day’s own token count, and compares them only when both days logged them (0 is a value)', () => {
    // The case of issue 13: 1,200 tokens after a day that logged none.
    expect(compareDays(totals({ tokens: 1_200 }), totals({ tokens: null })).tokens).toEqual({
      current: '1,200',
      previous: null,
      change: null,
      lacking: 'no tokens logged on the previous day',
    });
    expect(compareDays(totals({ tokens: null }), totals({ tokens: 5 })).tokens).toEqual({
      current: null,
      previous: '5',
      change: null,
      lacking: 'no tokens logged on this day',
    });
    expect(compareDays(totals({ tokens: null }), totals({ tokens: null })).tokens).toEqual({
      current: null,
      previous: null,
      change: null,
      lacking: 'no tokens logged on either day',
    });
    expect(compareDays(totals({ tokens: 0 }), totals({ tokens: 0 })).tokens).toEqual({
      current: '0',
      previous: '0',
      // No percentage of nothing.
      change: { direction: 'same', symbol: '=', words: 'same as 0', difference: '0', percent: null },
      lacking: null,
    });
  });

  it('shows each day’s own supervisory leverage, and compares only when both days have one', () => {
    // 6h over 8m of supervision: 360 / 8 = 45.0x exactly.
    const supervised = totals({ human: 6 * H, supervision: 8 * M, supervisionLeverage: 450 });
    const unsupervised = totals({ supervision: 0, supervisionLeverage: null });
    expect(compareDays(supervised, unsupervised).supervisionLeverage).toEqual({
      current: '45.0x',
      previous: null,
      change: null,
      lacking: 'no supervision time on the previous day',
    });
    expect(compareDays(unsupervised, april21).supervisionLeverage).toEqual({
      current: null,
      previous: '61.1x',
      change: null,
      lacking: 'no supervision time on this day',
    });
    // The other metrics are still compared.
    expect(compareDays(april21, unsupervised).leverage.change).not.toBeNull();
  });
});

describe('derived figures', () => {
  it('turns 189.08 h into working days and weeks', () => {
    // 189.08 / 8 = 23.635 → 23.6 days; 189.08 / 40 = 4.727 → 4.7 weeks
    expect(workingDaysTenths(68_068_800)).toBe(236);
    expect(workingWeeksTenths(68_068_800)).toBe(47);
  });

  it('turns agent minutes into hours: 704 min → 11.7 h', () => {
    // 704 / 60 = 11.733… → 11.7
    expect(hoursTenths(704 * M)).toBe(117);
  });

  it('rounds half up exactly', () => {
    // 4h = 0.5 working days exactly → 5 tenths; 2h = 0.25 days → 0.3 (half up); 1h = 0.125 → 0.1
    expect(workingDaysTenths(4 * H)).toBe(5);
    expect(workingDaysTenths(2 * H)).toBe(3);
    expect(workingDaysTenths(1 * H)).toBe(1);
    // 2h = 0.05 weeks → 0.1 (half up); 1h = 0.025 → 0.0
    expect(workingWeeksTenths(2 * H)).toBe(1);
    expect(workingWeeksTenths(1 * H)).toBe(0);
    // 3m = 0.05 h → 0.1 (half up); 2m = 0.0333 → 0.0
    expect(hoursTenths(3 * M)).toBe(1);
    expect(hoursTenths(2 * M)).toBe(0);
    // The all-time sample total 273.66h: /8 = 34.2075 → 34.2; /40 = 6.8415 → 6.8
    expect(workingDaysTenths(98_517_600)).toBe(342);
    expect(workingWeeksTenths(98_517_600)).toBe(68);
  });
});
