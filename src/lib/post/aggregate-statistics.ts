/** The Aggregate Statistics of a day: its totals and weighted averages, and the same hours in other units. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { formatExactHours, formatFixed } from '../format.ts';
import type { DayTotals } from '../metrics/day-metrics.ts';
import { hoursTenths, workingDaysTenths, workingWeeksTenths } from '../metrics/derived.ts';
import { aggregateRows } from './aggregate-rows.ts';
import { columnHead, numberCell, rowHead, scrollingTable } from './cells.ts';

export function aggregateStatistics(totals: DayTotals, aiName: string, dateLabel: string): Element {
  return scrollingTable({
    captionId: 'aggregate-caption',
    className: ['data', 'aggregate'],
    caption: ['Totals and weighted averages for ', h('bdi', dateLabel)],
    head: [columnHead('Metric'), columnHead('Value', true)],
    rows: aggregateRows(totals, aiName).map(([label, value]) => h('tr', [rowHead(label), numberCell(value, 'Value')])),
  });
}

/** The day's hours in units readers ask for: working days, weeks, agent hours. */
export function derivedFigures(totals: DayTotals, aiName: string): Element {
  const sentence =
    `${formatExactHours(totals.human)} human-equivalent hours are ${formatFixed(workingDaysTenths(totals.human), 1)} ` +
    `working days of 8 hours, or ${formatFixed(workingWeeksTenths(totals.human), 1)} working weeks of 40 hours; ` +
    `${aiName} worked for ${formatFixed(hoursTenths(totals.ai), 1)} hours.`;
  return h('p', { className: ['derived-figures'], dir: 'auto' }, sentence);
}
