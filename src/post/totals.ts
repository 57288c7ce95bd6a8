/** A row of a table of days or groups (the dashboard's months and days): tasks, hours, minutes, leverage; and its column headers. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { formatFactor, formatHoursOneDecimal, formatInteger, formatWholeMinutes } from '../lib/format.ts';
import type { DayTotals } from '../lib/metrics/day.ts';
import { columnHead, numberCell } from './cells.ts';

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

export function totalsCells(totals: DayTotals): Element[] {
  return [
    numberCell(formatInteger(totals.tasks)),
    numberCell(formatHoursOneDecimal(totals.human)),
    numberCell(formatWholeMinutes(totals.ai)),
    numberCell(formatWholeMinutes(totals.supervision)),
    numberCell(formatFactor(totals.leverage)),
    numberCell(formatFactor(totals.supervisionLeverage)),
  ];
}
