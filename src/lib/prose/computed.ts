/**
 * Every computed value a sentence might state, by kind, with the metric
 * reference that renders it: what claims in the prose are checked against.
 * A single task's times count too ("the proration took 62 Claude minutes"),
 * so a sentence about one task is not mistaken for a wrong day total.
 */
import { CS_PER_HOUR, CS_PER_MINUTE, type Centiseconds } from '../duration.ts';
import { formatEstimateHours, formatFactor, formatFixed, formatMinutes } from '../format.ts';
import type { DayMetrics, DayTotals } from '../metrics/day-metrics.ts';
import { hoursTenths, HOURS_PER_WORKING_DAY, HOURS_PER_WORKING_WEEK } from '../metrics/derived.ts';
import type { TaskTimes } from '../metrics/task.ts';
import type { TotalsName } from '../schema/reference-names.ts';
import { totalsText } from './references.ts';

export type ClaimKind = 'factor' | 'hours' | 'days' | 'weeks' | 'aiMinutes' | 'aiHours' | 'supervisionMinutes' | 'tasks' | 'tokens';

/** A value as an exact fraction of integers, so a figure can be compared with it at the figure's own precision. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

export interface ComputedValue {
  kind: ClaimKind;
  /** The number as shown on the page, without unit: "16.1", "189.1", "3,030,000", "28". */
  shown: string;
  /** The value before it was rounded for the page: 5.75 human hours are shown 5.8. */
  exact: Fraction;
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

const fraction = (numerator: number, denominator: number): Fraction => ({ numerator, denominator });
const inHours = (cs: Centiseconds) => fraction(cs, CS_PER_HOUR);
const inMinutes = (cs: Centiseconds) => fraction(cs, CS_PER_MINUTE);

function totalsValues(totals: DayTotals, prefix: string): ComputedValue[] {
  const previous = prefix !== '';
  // The same text the reference renders, so a figure matches exactly when :metric[name] would print it.
  const value = (kind: ClaimKind, name: TotalsName, exact: Fraction): ComputedValue => {
    const rendered = totalsText(name, totals);
    return { kind, shown: rendered.replace(/x$/, ''), exact, rendered, name: prefix + name, dayWide: true, previous };
  };
  const { human, ai, supervision, supervisedHuman } = totals;
  const values = [
    value('factor', 'leverage', fraction(human, ai)),
    value('hours', 'hours', inHours(human)),
    value('days', 'hours.days', fraction(human, HOURS_PER_WORKING_DAY * CS_PER_HOUR)),
    value('weeks', 'hours.weeks', fraction(human, HOURS_PER_WORKING_WEEK * CS_PER_HOUR)),
    value('aiMinutes', 'ai.minutes', inMinutes(ai)),
    value('aiHours', 'ai.hours', inHours(ai)),
    value('tasks', 'tasks', fraction(totals.tasks, 1)),
  ];
  // A day that logged no supervision has no supervisory figure a sentence could state.
  if (supervision !== null) values.push(value('supervisionMinutes', 'supervision.minutes', inMinutes(supervision)));
  if (supervision !== null && totals.supervisionLeverage !== null) {
    values.push(value('factor', 'supervision.leverage', fraction(supervisedHuman, supervision)));
  }
  if (totals.tokens !== null) values.push(value('tokens', 'tokens', fraction(totals.tokens, 1)));
  return values;
}

export function computedValues(metrics: DayMetrics<TaskTimes>, previous: DayTotals | undefined): ComputedValue[] {
  const values = totalsValues(metrics.totals, '');
  for (const { position, task, factor, supervisionFactor } of metrics.ranked) {
    const value = (
      kind: ClaimKind,
      rendered: string,
      field: string,
      exact: Fraction,
      shown = rendered.replace(/[xhm]$/, ''),
    ): ComputedValue => ({
      kind,
      shown,
      exact,
      rendered,
      // By its place in the file, which a change of estimates does not move (task.N follows the rank).
      name: `logged.${position}.${field}`,
      dayWide: false,
      previous: false,
    });
    values.push(value('factor', formatFactor(factor), 'factor', fraction(task.human, task.ai)));
    if (task.supervision !== undefined && supervisionFactor !== null) {
      values.push(value('factor', formatFactor(supervisionFactor), 'supervision.factor', fraction(task.human, task.supervision)));
    }
    values.push(value('hours', formatEstimateHours(task.human), 'human', inHours(task.human)));
    values.push(value('aiMinutes', formatMinutes(task.ai), 'ai', inMinutes(task.ai)));
    // No reference shows a task's agent time in hours: its minutes are the reference to write.
    values.push(value('aiHours', formatMinutes(task.ai), 'ai', inHours(task.ai), formatFixed(hoursTenths(task.ai), 1)));
    if (task.supervision !== undefined)
      values.push(value('supervisionMinutes', formatMinutes(task.supervision), 'supervision', inMinutes(task.supervision)));
  }
  if (previous) values.push(...totalsValues(previous, 'previous.'));
  return values;
}

/** Another published day's values, for figures a sentence gives as that day's ("Friday's 12.3x"). */
export function otherDayValues(date: string, metrics: DayMetrics<TaskTimes>): ComputedValue[] {
  return computedValues(metrics, undefined).map((value) => ({ ...value, day: date }));
}
