/**
 * Every computed value a sentence might state, by kind, with the metric
 * reference that renders it: what claims in the prose are checked against.
 */
import { formatFactor, formatFixed, formatHoursOneDecimal, formatInteger, formatTokens, formatWholeMinutes } from '../format.ts';
import type { DayMetrics, DayTotals } from '../metrics/day.ts';
import { workingDaysTenths, workingWeeksTenths } from '../metrics/derived.ts';
import type { TaskTimes } from '../metrics/task.ts';

export type ClaimKind = 'factor' | 'hours' | 'days' | 'weeks' | 'aiMinutes' | 'supervisionMinutes' | 'tasks' | 'tokens';

export interface ComputedValue {
  kind: ClaimKind;
  /** As shown on the page, without unit: "16.1", "189.1", "3,030,000". */
  shown: string;
  /** The metric reference that renders it: "leverage", "task.3.factor". */
  name: string;
  /** A day-wide figure (preferred over a single task's when both match). */
  dayWide: boolean;
  previous: boolean;
}

function totalsValues(totals: DayTotals, prefix: string): ComputedValue[] {
  const previous = prefix !== '';
  const value = (kind: ClaimKind, shown: string, name: string): ComputedValue => ({
    kind,
    shown,
    name: prefix + name,
    dayWide: true,
    previous,
  });
  const values = [
    value('factor', formatFactor(totals.leverage).replace(/x$/, ''), 'leverage'),
    value('hours', formatHoursOneDecimal(totals.human), 'hours'),
    value('days', formatFixed(workingDaysTenths(totals.human), 1), 'hours.days'),
    value('weeks', formatFixed(workingWeeksTenths(totals.human), 1), 'hours.weeks'),
    value('aiMinutes', formatWholeMinutes(totals.ai), 'ai.minutes'),
    value('supervisionMinutes', formatWholeMinutes(totals.supervision), 'supervision.minutes'),
    value('tasks', formatInteger(totals.tasks), 'tasks'),
  ];
  if (totals.supervisionLeverage !== null) {
    values.push(value('factor', formatFactor(totals.supervisionLeverage).replace(/x$/, ''), 'supervision.leverage'));
  }
  if (totals.tokens !== null) values.push(value('tokens', formatTokens(totals.tokens), 'tokens'));
  return values;
}

export function computedValues(metrics: DayMetrics<TaskTimes>, previous: DayTotals | undefined): ComputedValue[] {
  const values = totalsValues(metrics.totals, '');
  for (const { rank, factor, supervisionFactor } of metrics.ranked) {
    const task = (shown: string, name: string): ComputedValue => ({
      kind: 'factor',
      shown,
      name: `task.${rank}.${name}`,
      dayWide: false,
      previous: false,
    });
    values.push(task(formatFixed(factor, 1), 'factor'));
    if (supervisionFactor !== null) values.push(task(formatFixed(supervisionFactor, 1), 'supervision.factor'));
  }
  if (previous) values.push(...totalsValues(previous, 'previous.'));
  return values;
}
