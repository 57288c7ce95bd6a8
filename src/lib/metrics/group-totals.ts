/** Totals over any group of days: all time, a month, a tag. */
import type { Centiseconds } from '../duration.ts';
import { weightedLeverage, type DayTotals } from './day-metrics.ts';
import { factorTenths } from './task.ts';

/**
 * Sums days' totals and recomputes the weighted leverages from the sums
 * (weightedLeverage, factorTenths), never from the days' rounded factors.
 * Tokens sum over the days that logged them, and supervision over the days
 * that logged it, against those days' human time; each is null when no day did.
 */
export function sumTotals(list: Iterable<DayTotals>): DayTotals {
  let tasks = 0;
  let human = 0;
  let ai = 0;
  let supervision: Centiseconds | null = null;
  let supervisedHuman = 0;
  let unsupervisedDays = 0;
  let tokens: number | null = null;
  for (const totals of list) {
    tasks += totals.tasks;
    human += totals.human;
    ai += totals.ai;
    if (totals.supervision !== null) supervision = (supervision ?? 0) + totals.supervision;
    supervisedHuman += totals.supervisedHuman;
    unsupervisedDays += totals.unsupervisedDays;
    if (totals.tokens !== null) tokens = (tokens ?? 0) + totals.tokens;
  }
  // Its own object literal, not dayTotals' (totalsOfSums): sums over thousands of days
  // outgrow V8's small integers, and sharing one literal would make every day's totals
  // slower to build (bench/README.md).
  return {
    tasks,
    human,
    ai,
    supervision,
    supervisedHuman,
    unsupervisedDays,
    tokens,
    leverage: weightedLeverage(human, ai),
    supervisionLeverage: factorTenths(supervisedHuman, supervision),
  };
}
