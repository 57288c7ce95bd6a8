/**
 * The totals of a day or a group of days (the dashboard's months and days, an
 * archive month, a tag): as a table row with its column headers, or as words.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import {
  formatCount,
  formatExactHours,
  formatExactMinutes,
  formatFactor,
  formatInteger,
  formatSupervisionFactor,
  formatSupervisionTotal,
} from '../format.ts';
import type { DayTotals } from '../metrics/day-metrics.ts';
import { columnHead, numberCell } from './cells.ts';

/** The columns' names as a stacked card shows them above each value: the headers' words. */
function totalsLabels(aiName: string) {
  return {
    tasks: 'Tasks',
    human: 'Human hrs',
    ai: `${aiName} min`,
    supervision: 'Sup. min',
    leverage: 'Leverage',
    supervisionLeverage: 'Sup. leverage',
  };
}

export function totalsHeads(aiName: string): Element[] {
  return [
    columnHead('Tasks', true),
    columnHead('Human hrs', true),
    columnHead(`${aiName} min`, true),
    columnHead([h('abbr', { title: 'Supervision' }, 'Sup.'), ' min'], true),
    columnHead('Leverage', true),
    columnHead([h('abbr', { title: 'Supervisory' }, 'Sup.'), ' leverage'], true),
  ];
}

export function totalsCells(totals: DayTotals, aiName: string): Element[] {
  const label = totalsLabels(aiName);
  return [
    numberCell(formatInteger(totals.tasks), label.tasks),
    numberCell(formatExactHours(totals.human), label.human),
    numberCell(formatExactMinutes(totals.ai), label.ai),
    numberCell(formatSupervisionTotal(totals.supervision, totals.unsupervisedDays), label.supervision),
    numberCell(formatFactor(totals.leverage), label.leverage),
    numberCell(formatSupervisionFactor(totals.supervisionLeverage, totals.supervision, totals.unsupervisedDays), label.supervisionLeverage),
  ];
}

/** "26 tasks, 189.08 human-equivalent hours in 704 Claude minutes: weighted leverage 16.1x", for a sentence to go on or end. */
export function totalsSentence(totals: DayTotals, aiName: string): string {
  return (
    `${formatCount(totals.tasks, 'task', 'tasks')}, ${formatExactHours(totals.human)} human-equivalent hours ` +
    `in ${formatExactMinutes(totals.ai)} ${aiName} minutes: weighted leverage ${formatFactor(totals.leverage)}`
  );
}
