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

export function dayComparison({ comparison, date, previous, previousHref, language, aiName }: ComparedDays): Element {
  const rows: [label: string, metric: ComparedMetric][] = [
    ['Weighted leverage', 'leverage'],
    ['Supervisory leverage', 'supervisionLeverage'],
    ['Human-equivalent hours', 'human'],
    [`${aiName} minutes`, 'ai'],
    ['Tokens', 'tokens'],
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
    rows: rows.map(([label, metric]) => {
      const values = comparison[metric];
      const { change } = values;
      return h('tr', [
        rowHead(label),
        numberCell(values.current ?? NO_VALUE),
        numberCell(values.previous ?? NO_VALUE),
        h(
          'td',
          { className: ['change', `change-${change?.direction ?? 'none'}`] },
          change ? [h('span', { ariaHidden: 'true' }, change.symbol), ` ${change.words}`] : (values.lacking ?? ''),
        ),
      ]);
    }),
  });
}
