/**
 * Token totals stay exact: the check caps a day's tokens and the years a day
 * can have, so the tokens of every possible day add up below 2^53.
 */
import { describe, expect, it } from 'vitest';
import type { DayTotals } from '../../src/lib/metrics/day-metrics.ts';
import { sumTotals } from '../../src/lib/metrics/group-totals.ts';
import { MAX_DAY_TOKENS } from '../../src/lib/schema/day-schema.ts';

function dayWithTokens(tokens: number): DayTotals {
  return {
    tasks: 1,
    human: 360_000,
    ai: 6_000,
    supervision: 0,
    supervisedHuman: 360_000,
    unsupervisedDays: 0,
    tokens,
    leverage: 600,
    supervisionLeverage: null,
  };
}

describe('token totals', () => {
  it('add the most tokens of every day from 1970 to 2199 exactly', () => {
    // 1970-01-01 to 2199-12-31 is 84,006 days; 84,006 × 100,000,000,000 = 8,400,600,000,000,000 < 2^53.
    const days = Array.from({ length: 84_006 }, () => dayWithTokens(MAX_DAY_TOKENS));
    expect(sumTotals(days).tokens).toBe(8_400_600_000_000_000);
  });
});
