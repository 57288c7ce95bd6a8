/** Totals over any group of days: all time, a month, a tag. */
import { ratioInUnits } from '../exact.ts';
import type { DayTotals } from './day-metrics.ts';
import { factorTenths } from './task.ts';

/**
 * Sums days' totals and recomputes the weighted leverage from the sums, never
 * from the days' rounded factors. Tokens sum over the days that logged them,
 * and supervision over the days that logged it, against those days' human
 * time; each is null when no day did.
 */
export function sumTotals(list: Iterable<DayTotals>): DayTotals {
  let tasks = 0;
  let human = 0;
  let ai = 0;
  let supervision: number | null = null;
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
  return {
    tasks,
    human,
    ai,
    supervision,
    supervisedHuman,
    unsupervisedDays,
    tokens,
    leverage: ai === 0 ? 0 : ratioInUnits(human, ai, 1),
    supervisionLeverage: factorTenths(supervisedHuman, supervision),
  };
}
