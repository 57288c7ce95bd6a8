/** The rows of a day's Aggregate Statistics table, as every rendering of it shows them (page, feeds, benchmark posts). */
import { formatFactor, formatHoursOneDecimal, formatInteger, formatTokens, formatWholeMinutes } from '../format.ts';
import type { DayTotals } from '../metrics/day.ts';

export function aggregateRows(totals: DayTotals, aiName: string): [label: string, value: string][] {
  return [
    ['Total tasks', formatInteger(totals.tasks)],
    ['Total human-equivalent hours', formatHoursOneDecimal(totals.human)],
    [`Total ${aiName} minutes`, formatWholeMinutes(totals.ai)],
    ['Total supervisory minutes', formatWholeMinutes(totals.supervision)],
    ['Total tokens', formatTokens(totals.tokens)],
    ['Weighted average leverage factor', formatFactor(totals.leverage)],
    ['Weighted average supervisory leverage factor', formatFactor(totals.supervisionLeverage)],
  ];
}
