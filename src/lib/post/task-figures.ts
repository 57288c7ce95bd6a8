/**
 * A task's figures as table cells, and their column headers in the same
 * order: human estimate, agent time, supervision, factor, supervisory
 * factor. The Task Log, the tag pages and the dashboard share them.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { formatEstimateHours, formatFactor, formatMinutes, formatSupervision, formatSupervisionFactor } from '../format.ts';
import type { TaskTimes } from '../metrics/task.ts';
import { columnHead, numberCell } from './cells.ts';

/** The columns' names as a stacked card shows them above each value: the headers' words. */
export function taskFigureLabels(aiName: string) {
  return { human: 'Human Est.', ai: aiName, supervision: 'Sup.', factor: 'Factor', supervisionFactor: 'Sup. Factor' };
}

export function taskFigureHeads(aiName: string): Element[] {
  return [
    columnHead(h('bdi', 'Human Est.'), true),
    columnHead(aiName, true),
    columnHead(h('bdi', h('abbr', { title: 'Supervision' }, 'Sup.')), true),
    columnHead('Factor', true),
    columnHead([h('abbr', { title: 'Supervisory' }, 'Sup.'), ' Factor'], true),
  ];
}

export function taskFigureCells(times: TaskTimes, factor: number, supervisionFactor: number | null, aiName: string): Element[] {
  const label = taskFigureLabels(aiName);
  return [
    numberCell(formatEstimateHours(times.human), label.human),
    numberCell(formatMinutes(times.ai), label.ai),
    numberCell(formatSupervision(times.supervision), label.supervision),
    numberCell(formatFactor(factor), label.factor, 'factor'),
    numberCell(formatSupervisionFactor(supervisionFactor, times.supervision), label.supervisionFactor),
  ];
}
