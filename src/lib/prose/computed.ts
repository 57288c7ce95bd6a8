/**
 * Every computed value a sentence might state, by kind, with the metric
 * reference that renders it: what claims in the prose are checked against.
 * A single task's times count too ("the proration took 62 Claude minutes"),
 * so a sentence about one task is not mistaken for a wrong day total.
 */
import { formatEstimateHours, formatFactor, formatMinutes } from '../format.ts';
import type { DayMetrics, DayTotals } from '../metrics/day.ts';
import type { TaskTimes } from '../metrics/task.ts';
import type { TotalsName } from '../schema/reference-names.ts';
import { totalsText } from './references.ts';

export type ClaimKind = 'factor' | 'hours' | 'days' | 'weeks' | 'aiMinutes' | 'supervisionMinutes' | 'tasks' | 'tokens';

export interface ComputedValue {
  kind: ClaimKind;
  /** The number as shown on the page, without unit: "16.1", "189.1", "3,030,000", "28". */
  shown: string;
  /** What the metric reference renders: "16.1x", "189.1", "28h". */
  rendered: string;
  /** The metric reference that renders it: "leverage", "task.3.factor". */
  name: string;
  /** A day-wide figure (preferred over a single task's when both match). */
  dayWide: boolean;
  previous: boolean;
  /** The date of another published day whose value this is (not this day's, not the previous one's). */
  day?: string;
}

function totalsValues(totals: DayTotals, prefix: string): ComputedValue[] {
  const previous = prefix !== '';
  // The same text the reference renders, so a figure matches exactly when :metric[name] would print it.
  const value = (kind: ClaimKind, name: TotalsName): ComputedValue => {
    const rendered = totalsText(name, totals);
    return { kind, shown: rendered.replace(/x$/, ''), rendered, name: prefix + name, dayWide: true, previous };
  };
  const values = [
    value('factor', 'leverage'),
    value('hours', 'hours'),
    value('days', 'hours.days'),
    value('weeks', 'hours.weeks'),
    value('aiMinutes', 'ai.minutes'),
    value('supervisionMinutes', 'supervision.minutes'),
    value('tasks', 'tasks'),
  ];
  if (totals.supervisionLeverage !== null) values.push(value('factor', 'supervision.leverage'));
  if (totals.tokens !== null) values.push(value('tokens', 'tokens'));
  return values;
}

export function computedValues(metrics: DayMetrics<TaskTimes>, previous: DayTotals | undefined): ComputedValue[] {
  const values = totalsValues(metrics.totals, '');
  for (const { rank, task, factor, supervisionFactor } of metrics.ranked) {
    const value = (kind: ClaimKind, rendered: string, field: string): ComputedValue => ({
      kind,
      shown: rendered.replace(/[xhm]$/, ''),
      rendered,
      name: `task.${rank}.${field}`,
      dayWide: false,
      previous: false,
    });
    values.push(value('factor', formatFactor(factor), 'factor'));
    if (supervisionFactor !== null) values.push(value('factor', formatFactor(supervisionFactor), 'supervision.factor'));
    values.push(value('hours', formatEstimateHours(task.human), 'human'));
    values.push(value('aiMinutes', formatMinutes(task.ai), 'ai'));
    values.push(value('supervisionMinutes', formatMinutes(task.supervision), 'supervision'));
  }
  if (previous) values.push(...totalsValues(previous, 'previous.'));
  return values;
}

/** Another published day's values, for figures a sentence gives as that day's ("Friday's 12.3x"). */
export function otherDayValues(date: string, metrics: DayMetrics<TaskTimes>): ComputedValue[] {
  return computedValues(metrics, undefined).map((value) => ({ ...value, day: date }));
}
