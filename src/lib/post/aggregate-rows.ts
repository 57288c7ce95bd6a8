/** The rows of a day's Aggregate Statistics table, as every rendering of it shows them (page, feeds, benchmark posts). */
import {
  formatExactHours,
  formatExactMinutes,
  formatFactor,
  formatInteger,
  formatSupervisionFactor,
  formatSupervisionTotal,
  formatTokens,
} from '../format.ts';
import type { DayTotals } from '../metrics/day-metrics.ts';

export function aggregateRows(totals: DayTotals, aiName: string): [label: string, value: string][] {
  return [
    ['Total tasks', formatInteger(totals.tasks)],
    ['Total human-equivalent hours', formatExactHours(totals.human)],
    [`Total ${aiName} minutes`, formatExactMinutes(totals.ai)],
    ['Total supervisory minutes', formatSupervisionTotal(totals.supervision, totals.unsupervisedDays)],
    ['Total tokens', formatTokens(totals.tokens)],
    ['Weighted average leverage factor', formatFactor(totals.leverage)],
    [
      'Weighted average supervisory leverage factor',
      formatSupervisionFactor(totals.supervisionLeverage, totals.supervision, totals.unsupervisedDays),
    ],
  ];
}
