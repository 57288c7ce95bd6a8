/**
 * A task's figures as table cells, and their column headers in the same
 * order: human estimate, agent time, supervision, factor, supervisory
 * factor. The Task Log and the tag pages share them.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { formatEstimateHours, formatFactor, formatMinutes, formatSupervision, formatSupervisionFactor } from '../format.ts';
import type { TaskTimes } from '../metrics/task.ts';
import { columnHead, numberCell } from './cells.ts';

export function taskFigureHeads(aiName: string): Element[] {
  return [
    columnHead(h('bdi', 'Human Est.'), true),
    columnHead(aiName, true),
    columnHead(h('bdi', h('abbr', { title: 'Supervision' }, 'Sup.')), true),
    columnHead('Factor', true),
    columnHead([h('abbr', { title: 'Supervisory' }, 'Sup.'), ' Factor'], true),
  ];
}

export function taskFigureCells(times: TaskTimes, factor: number, supervisionFactor: number | null): Element[] {
  return [
    numberCell(formatEstimateHours(times.human)),
    numberCell(formatMinutes(times.ai)),
    numberCell(formatSupervision(times.supervision)),
    numberCell(formatFactor(factor)),
    numberCell(formatSupervisionFactor(supervisionFactor, times.supervision)),
  ];
}
