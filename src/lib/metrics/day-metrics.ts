/** Metrics of one day: its ranked tasks and its totals. */
import type { Centiseconds } from '../duration.ts';
import { ratioInUnits } from '../exact.ts';
import { compareFactorsDescending, factorTenths, type TaskTimes } from './task.ts';

export interface RankedTask<T extends TaskTimes> {
  /** 1-based position in the Task Log, highest factor first. */
  rank: number;
  /** 1-based position among the tasks as given (the day file's order), which estimates never change. */
  position: number;
  task: T;
  /** human ÷ ai in tenths, rounded half up once. */
  factor: number;
  /** human ÷ supervision in tenths; null when supervision is 0m or not logged. */
  supervisionFactor: number | null;
}

export interface DayTotals {
  tasks: number;
  human: Centiseconds;
  ai: Centiseconds;
  /** Σ supervision over the tasks that log it; null when none does (the day, or every day, logged none). */
  supervision: Centiseconds | null;
  /** Σ human over the same tasks: what the supervisory leverage divides (all of `human` when every day logged supervision). */
  supervisedHuman: Centiseconds;
  /** How many of the days these totals cover logged no supervision: 0 or 1 for a day. */
  unsupervisedDays: number;
  /** Tokens used that day, when the author logged them. */
  tokens: number | null;
  /** Weighted leverage Σ human ÷ Σ ai, in tenths (not the mean of factors). */
  leverage: number;
  /** Weighted supervisory leverage Σ supervised human ÷ Σ supervision, in tenths; null when Σ supervision is 0 or not logged. */
  supervisionLeverage: number | null;
}

export interface DayMetrics<T extends TaskTimes> {
  ranked: RankedTask<T>[];
  totals: DayTotals;
}

/** Above this many tasks a day, the built-in sort; below, insertion sort is faster. */
const INSERTION_SORT_MAX = 64;

/**
 * Highest factor first. Rounding half up never reverses an order, so rows
 * whose factors differ in tenths are ordered by those integers; only rows
 * that show the same factor need the exact cross products, which also
 * return 0 for exactly equal factors (both sorts then keep the author's order).
 */
function byFactorDescending<T extends TaskTimes>(a: RankedTask<T>, b: RankedTask<T>): number {
  return b.factor - a.factor || compareFactorsDescending(a.task, b.task);
}

/**
 * Rows highest factor first, in place; stable, so exact ties keep the
 * author's order. A day has a few dozen tasks, and a plain insertion sort
 * calls the comparison directly where Array.prototype.sort calls it through
 * the engine, which is slower for so few rows (bench/README.md).
 */
function sortByFactor<T extends TaskTimes>(rows: RankedTask<T>[]): void {
  if (rows.length > INSERTION_SORT_MAX) {
    rows.sort(byFactorDescending);
    return;
  }
  for (let index = 1; index < rows.length; index++) {
    const row = rows[index] as RankedTask<T>;
    let at = index;
    while (at > 0 && byFactorDescending(row, rows[at - 1] as RankedTask<T>) < 0) {
      rows[at] = rows[at - 1] as RankedTask<T>;
      at -= 1;
    }
    rows[at] = row;
  }
}

/** The Task Log's rows: each task's factors worked out once, then sorted by them and numbered from 1. */
export function rankTasks<T extends TaskTimes>(tasks: readonly T[]): RankedTask<T>[] {
  const rows: RankedTask<T>[] = [];
  for (const [index, task] of tasks.entries()) {
    rows.push({
      rank: 0,
      position: index + 1,
      task,
      factor: ratioInUnits(task.human, task.ai, 1),
      supervisionFactor: factorTenths(task.human, task.supervision),
    });
  }
  sortByFactor(rows);
  for (let index = 0; index < rows.length; index++) (rows[index] as RankedTask<T>).rank = index + 1;
  return rows;
}

/** Sums of a group of tasks' times; supervision only over the tasks that log it (null when none does). */
export interface TimeSums {
  human: Centiseconds;
  ai: Centiseconds;
  supervision: Centiseconds | null;
  supervisedHuman: Centiseconds;
}

export function totalTimes(tasks: readonly TaskTimes[]): TimeSums {
  let human = 0;
  let ai = 0;
  let supervision: Centiseconds | null = null;
  let supervisedHuman = 0;
  for (const task of tasks) {
    human += task.human;
    ai += task.ai;
    if (task.supervision === undefined) continue;
    supervision = (supervision ?? 0) + task.supervision;
    supervisedHuman += task.human;
  }
  return { human, ai, supervision, supervisedHuman };
}

/**
 * The weighted leverage of a group's sums, rounded once: the one place it is
 * worked out, for a day, a tag and any group of days (sumTotals). A group
 * without agent time (no tasks at all) has a leverage of 0; the supervisory
 * leverage (factorTenths) is null without supervision time, for the same reason:
 * there is nothing to divide by.
 */
export function weightedLeverage(human: Centiseconds, ai: Centiseconds): number {
  return ai === 0 ? 0 : ratioInUnits(human, ai, 1);
}

/** Totals from a group's count and sums. */
export function totalsOfSums(tasks: number, sums: TimeSums, tokens: number | null, unsupervisedDays: number): DayTotals {
  const { human, ai, supervision, supervisedHuman } = sums;
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

/** A day's totals; the check lets a day log supervision for all its tasks or for none, and a day with none counts as unsupervised. */
export function dayTotals(tasks: readonly TaskTimes[], tokens: number | null): DayTotals {
  const sums = totalTimes(tasks);
  return totalsOfSums(tasks.length, sums, tokens, sums.supervision === null ? 1 : 0);
}

export function dayMetrics<T extends TaskTimes>(tasks: readonly T[], tokens: number | null): DayMetrics<T> {
  return { ranked: rankTasks(tasks), totals: dayTotals(tasks, tokens) };
}
