/** Totals over any group of days: all time, a month, a tag. */
import { totalsOfSums, type DayTotals, type TimeSums } from './day-metrics.ts';

/**
 * Sums days' totals and recomputes the weighted leverages from the sums
 * (through totalsOfSums), never from the days' rounded factors. Tokens sum
 * over the days that logged them, and supervision over the days that logged
 * it, against those days' human time; each is null when no day did.
 */
export function sumTotals(list: Iterable<DayTotals>): DayTotals {
  let tasks = 0;
  let unsupervisedDays = 0;
  let tokens: number | null = null;
  const sums: TimeSums = { human: 0, ai: 0, supervision: null, supervisedHuman: 0 };
  for (const totals of list) {
    tasks += totals.tasks;
    sums.human += totals.human;
    sums.ai += totals.ai;
    if (totals.supervision !== null) sums.supervision = (sums.supervision ?? 0) + totals.supervision;
    sums.supervisedHuman += totals.supervisedHuman;
    unsupervisedDays += totals.unsupervisedDays;
    if (totals.tokens !== null) tokens = (tokens ?? 0) + totals.tokens;
  }
  return totalsOfSums(tasks, sums, tokens, unsupervisedDays);
}
