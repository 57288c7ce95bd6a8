/**
 * The audit of an imported post: every figure the post printed (each task's
 * factor, supervisory factor and weeks; the totals and weighted averages of
 * its Aggregate Statistics) against the exact value of the durations it
 * printed, recomputed by the metrics library.
 *
 * The rule: a printed figure agrees when it is the exact value rounded once,
 * half up, to the number of decimals printed. `13.8x` for 3h in 13m
 * (13.846…) agrees; `13.9x` does not (it is 13.846… rounded twice, to 13.85
 * and then to 13.9). `30x` for 30.48 agrees (30.48 to no decimals is 30);
 * `31x` does not. A dash agrees only where there is no value (supervision
 * 0m), and a cell that prints no figure at all is a difference.
 */
import { CS_PER_HOUR, CS_PER_MINUTE, exactHours, type Centiseconds } from '../../lib/duration.ts';
import { exactDecimal, ratioInUnits } from '../../lib/exact.ts';
import {
  formatCount,
  formatEstimateHours,
  formatFactor,
  formatFixed,
  formatHoursOneDecimal,
  formatInteger,
  formatWholeMinutes,
  NO_VALUE,
} from '../../lib/format.ts';
import type { DayTotals } from '../../lib/metrics/day-metrics.ts';
import { HOURS_PER_WORKING_DAY, HOURS_PER_WORKING_WEEK, workingDaysTenths, workingWeeksTenths } from '../../lib/metrics/derived.ts';
import { factorTenths } from '../../lib/metrics/task.ts';
import type { AggregateMeaning } from './aggregate.ts';
import { figuresIn, isNoValue, soleFigure, type FigureUnit, type PrintedFigure } from './figures.ts';

export interface AuditedTask {
  /** Row in the printed table, from 1. */
  row: number;
  human: Centiseconds;
  ai: Centiseconds;
  supervision: Centiseconds;
  /** The durations as the post printed them, for messages ("3h in 13m"). */
  written: { human: string; ai: string; supervision: string };
  /** Printed cells, by meaning. */
  printed: { factor?: string; supervisionFactor?: string; weeks?: string };
}

export interface AuditInput {
  tasks: readonly AuditedTask[];
  /** The day's totals, from `dayMetrics` of the same tasks. */
  totals: DayTotals;
  /** Column headers as printed, for messages ("Factor", "LF"). */
  headers: { factor?: string; supervisionFactor?: string; weeks?: string };
  aggregate: readonly PrintedTotal[];
  /** The Task Log's own totals row, its cells audited as the Aggregate Statistics are; empty cells print nothing to audit. */
  totalsRow?: { row: number; cells: readonly PrintedTotal[] };
  /** Day totals that cannot be compared, with why (a row that could not be read, no supervision logged). */
  notAuditable?: Partial<Record<AggregateMeaning, string>>;
}

/** A figure printed about the whole day: an Aggregate Statistics row, or a cell of the Task Log's totals row. */
export interface PrintedTotal {
  label: string;
  meaning: AggregateMeaning | undefined;
  value: string;
}

export interface Comparison {
  /** Task Log row, from 1; absent for the Aggregate Statistics. */
  row?: number;
  /** The column header or row label as printed. */
  label: string;
  printed: string;
  /** Fulcrum's own figure, formatted as the site shows it. */
  computed: string;
  /** What the figure is exactly: "3h in 13m = 13.846…". */
  exact: string;
  agrees: boolean;
}

export interface Audit {
  comparisons: Comparison[];
  differences: Comparison[];
  /** Aggregate rows and figures that were not compared, with why. */
  notChecked: string[];
}

/** The most decimals compared; beyond them a×10^d could leave exact integer range. */
const MAX_DECIMALS = 4;

interface Exact {
  /** The value is a / b; b 0 means "no value" (a factor over 0m of supervision). */
  a: number;
  b: number;
  computed: string;
  exact: string;
}

function agrees(printed: string, value: Exact): boolean {
  if (value.b === 0) return isNoValue(printed);
  const figure = soleFigure(printed);
  if (figure === undefined || figure.decimals > MAX_DECIMALS) return false;
  return ratioInUnits(value.a, value.b, figure.decimals) === figure.units;
}

/** Fulcrum's figure at the precision the post printed (`0.08w` beside `0.07w`), so the two differ only where they disagree. */
function computedAsPrinted(printed: string, value: Exact): string {
  const figure = soleFigure(printed);
  if (value.b === 0 || figure === undefined || figure.decimals > MAX_DECIMALS) return value.computed;
  return `${formatFixed(ratioInUnits(value.a, value.b, figure.decimals), figure.decimals)}${suffixOf(figure)}`;
}

function compare(label: string, printed: string, value: Exact, row?: number): Comparison {
  return {
    ...(row === undefined ? {} : { row }),
    label,
    printed: printed.trim() === '' ? '(empty)' : printed.trim(),
    computed: computedAsPrinted(printed, value),
    exact: value.exact,
    agrees: agrees(printed, value),
  };
}

/** A sum of durations as exactly as it reads: hours where they are short and exact, else minutes. */
function sumText(cs: Centiseconds, unit: 'hours' | 'minutes'): string {
  if (unit === 'hours') {
    return exactHours(cs) ? formatEstimateHours(cs) : `${exactDecimal(cs, CS_PER_HOUR)}h`;
  }
  return `${exactDecimal(cs, CS_PER_MINUTE)}m`;
}

function factorValue(human: Centiseconds, other: Centiseconds, humanText: string, otherText: string, supervision: boolean): Exact {
  const joined = supervision ? `${humanText} over ${otherText} of supervision` : `${humanText} in ${otherText}`;
  if (other === 0) return { a: human, b: 0, computed: NO_VALUE, exact: `${joined}: no value` };
  return { a: human, b: other, computed: formatFactor(factorTenths(human, other)), exact: `${joined} = ${exactDecimal(human, other)}` };
}

/** The unit printed after a figure, with the space before it, kept on Fulcrum's figure so the two read alike ("0.40w", "10.6 days"). */
function suffixOf(figure: PrintedFigure | undefined): string {
  return figure ? (/\s*[a-zA-Z×]+(?:\s+[a-zA-Z×]+)*$/.exec(figure.text)?.[0] ?? '') : '';
}

function weeksValue(human: Centiseconds, humanText: string, printed: string): Exact {
  return {
    a: human,
    b: HOURS_PER_WORKING_WEEK * CS_PER_HOUR,
    computed: `${formatFixed(workingWeeksTenths(human), 1)}${suffixOf(soleFigure(printed))}`,
    exact: `${humanText} ÷ ${HOURS_PER_WORKING_WEEK}h = ${exactDecimal(human, HOURS_PER_WORKING_WEEK * CS_PER_HOUR)}`,
  };
}

function taskComparisons(input: AuditInput): Comparison[] {
  const out: Comparison[] = [];
  const { headers } = input;
  for (const task of input.tasks) {
    const { printed, written, row } = task;
    if (printed.factor !== undefined && headers.factor !== undefined) {
      out.push(compare(headers.factor, printed.factor, factorValue(task.human, task.ai, written.human, written.ai, false), row));
    }
    if (printed.supervisionFactor !== undefined && headers.supervisionFactor !== undefined) {
      const value = factorValue(task.human, task.supervision, written.human, written.supervision, true);
      out.push(compare(headers.supervisionFactor, printed.supervisionFactor, value, row));
    }
    if (printed.weeks !== undefined && headers.weeks !== undefined) {
      out.push(compare(headers.weeks, printed.weeks, weeksValue(task.human, written.human, printed.weeks), row));
    }
  }
  return out;
}

/** What a figure printed in an aggregate row stands for, by the row's meaning and the figure's unit (`suffix`, as printed, is kept on Fulcrum's figure). */
function aggregateValue(meaning: AggregateMeaning, unit: FigureUnit, totals: DayTotals, suffix: string): Exact | undefined {
  const hours = sumText(totals.human, 'hours');
  const sum = `sum of ${formatCount(totals.tasks, 'task', 'tasks')}`;
  const durationOf = (cs: Centiseconds, as: FigureUnit): Exact | undefined => {
    if (as === 'minutes' || as === 'none') {
      return { a: cs, b: CS_PER_MINUTE, computed: `${formatWholeMinutes(cs)}${suffix}`, exact: `${sum} = ${sumText(cs, 'minutes')}` };
    }
    if (as === 'hours') {
      return { a: cs, b: CS_PER_HOUR, computed: `${formatHoursOneDecimal(cs)}${suffix}`, exact: `${sum} = ${sumText(cs, 'hours')}` };
    }
    return undefined;
  };
  /** Human time in working days or weeks of `per` hours. */
  const inWorking = (per: number, tenths: number): Exact => ({
    a: totals.human,
    b: per * CS_PER_HOUR,
    computed: `${formatFixed(tenths, 1)}${suffix}`,
    exact: `${hours} ÷ ${per}h = ${exactDecimal(totals.human, per * CS_PER_HOUR)}`,
  });
  switch (meaning) {
    case 'tasks':
      return unit === 'none'
        ? {
            a: totals.tasks,
            b: 1,
            computed: formatInteger(totals.tasks),
            exact: `${formatCount(totals.tasks, 'row', 'rows')} in the Task Log`,
          }
        : undefined;
    case 'human':
    case 'weeks':
    case 'days': {
      const as = unit === 'none' ? ({ human: 'hours', weeks: 'weeks', days: 'days' } as const)[meaning] : unit;
      if (as === 'days') return inWorking(HOURS_PER_WORKING_DAY, workingDaysTenths(totals.human));
      if (as === 'weeks') return inWorking(HOURS_PER_WORKING_WEEK, workingWeeksTenths(totals.human));
      return durationOf(totals.human, as);
    }
    case 'ai':
      return durationOf(totals.ai, unit);
    case 'supervision':
      return totals.supervision === null ? undefined : durationOf(totals.supervision, unit);
    case 'leverage':
      return unit === 'x' || unit === 'none'
        ? factorValue(totals.human, totals.ai, hours, sumText(totals.ai, 'minutes'), false)
        : undefined;
    case 'supervisionLeverage':
      if (totals.supervision === null) return undefined;
      return unit === 'x' || unit === 'none'
        ? factorValue(totals.human, totals.supervision, hours, sumText(totals.supervision, 'minutes'), true)
        : undefined;
    case 'tokens':
      return undefined;
  }
}

/** What a figure's unit counts, for the label of a row's second figure. */
const UNIT_WORDS: Record<FigureUnit, string> = {
  x: 'factor',
  hours: 'hours',
  minutes: 'minutes',
  weeks: 'weeks',
  days: 'working days',
  none: 'figure',
};

function totalComparisons(printed: readonly PrintedTotal[], input: AuditInput, notChecked: string[], row?: number): Comparison[] {
  const out: Comparison[] = [];
  const { totals } = input;
  for (const { label, meaning, value } of printed) {
    if (meaning === 'tokens') continue;
    if (meaning === undefined) {
      notChecked.push(`${label} (not a figure Fulcrum computes)`);
      continue;
    }
    const why = input.notAuditable?.[meaning];
    if (why !== undefined) {
      notChecked.push(`${label} (${why})`);
      continue;
    }
    const figures = figuresIn(value);
    if (figures.length === 0) {
      // A dash is right only for a supervisory leverage over no supervision.
      const exact = aggregateValue(meaning, 'none', totals, '');
      if (exact) out.push(compare(label, value, exact, row));
      continue;
    }
    figures.forEach((figure, at) => {
      const exact = aggregateValue(meaning, figure.unit, totals, suffixOf(figure));
      if (figure.approximate || exact === undefined) {
        notChecked.push(`${label}: ${figure.text} (${figure.approximate ? 'printed as approximate' : 'a unit this row does not use'})`);
        return;
      }
      // "60h (7.5 working days)": the second figure is not hours, and its label says so.
      out.push(compare(at === 0 ? label : `${label} (${UNIT_WORDS[figure.unit]})`, figure.text, exact, row));
    });
  }
  return out;
}

export function auditDay(input: AuditInput): Audit {
  const notChecked: string[] = [];
  const { totalsRow } = input;
  const comparisons = [
    ...taskComparisons(input),
    ...(totalsRow === undefined ? [] : totalComparisons(totalsRow.cells, input, notChecked, totalsRow.row)),
    ...totalComparisons(input.aggregate, input, notChecked),
  ];
  return { comparisons, differences: comparisons.filter((comparison) => !comparison.agrees), notChecked };
}

/** `posts/a.html: row 2, Factor: printed 13.9x, computed 13.8x (3h in 13m = 13.846…)` */
export function differenceLine(file: string, difference: Comparison): string {
  const where = difference.row === undefined ? '' : `row ${difference.row}, `;
  return `${file}: ${where}${difference.label}: printed ${difference.printed}, computed ${difference.computed} (${difference.exact})`;
}
