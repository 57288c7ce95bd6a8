/** The day against the previous published day: both values, and the change in words and symbols (never by colour alone). */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { formatLongDate } from '../dates.ts';
import { NO_VALUE } from '../format.ts';
import type { ComparedMetric, Comparison } from '../metrics/compare.ts';
import { columnHead, numberCell, rowHead, scrollingTable } from './cells.ts';

export interface ComparedDays {
  comparison: Record<ComparedMetric, Comparison>;
  date: string;
  previous: { date: string };
  /** Where the previous day's post is. */
  previousHref: string;
  language: string;
  aiName: string;
}

const missingOn = ({ current, previous }: Comparison) =>
  current === null && previous === null ? 'either day' : current === null ? 'this day' : 'the previous day';

export function dayComparison({ comparison, date, previous, previousHref, language, aiName }: ComparedDays): Element {
  /** Each row's label, and what a day without a value lacks (only tokens and supervision can be absent). */
  const rows: [label: string, metric: ComparedMetric, lacking: string][] = [
    ['Weighted leverage', 'leverage', ''],
    ['Supervisory leverage', 'supervisionLeverage', 'no supervision time'],
    ['Human-equivalent hours', 'human', ''],
    [`${aiName} minutes`, 'ai', ''],
    ['Tokens', 'tokens', 'no tokens logged'],
  ];
  return scrollingTable({
    captionId: 'comparison-caption',
    className: ['data', 'comparison'],
    caption: [
      h('bdi', formatLongDate(date, language)),
      ' compared with the previous published day, ',
      h('a', { href: previousHref }, h('bdi', formatLongDate(previous.date, language))),
    ],
    head: [columnHead('Metric'), columnHead('This day', true), columnHead('Previous day', true), columnHead('Change')],
    rows: rows.map(([label, metric, lacking]) => {
      const values = comparison[metric];
      const { change } = values;
      return h('tr', [
        rowHead(label),
        numberCell(values.current ?? NO_VALUE, 'This day'),
        numberCell(values.previous ?? NO_VALUE, 'Previous day'),
        h(
          'td',
          { className: ['change', `change-${change?.direction ?? 'none'}`], dataLabel: 'Change' },
          change ? [h('span', { ariaHidden: 'true' }, change.symbol), ` ${change.words}`] : `${lacking} on ${missingOn(values)}`,
        ),
      ]);
    }),
  });
}
