/**
 * The day against the previous published day: both values, and the change
 * itself, signed and as a percentage, with a symbol (never by colour alone);
 * the caption says how long before the previous day was, when it was not the
 * day before.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { dayNumber, formatLongDate } from '../dates.ts';
import { formatCount, NO_VALUE } from '../format.ts';
import type { Change, ComparedMetric, Comparison } from '../metrics/compare.ts';
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

/** "+5.5x (+52%)", or "no change". */
const changeText = ({ direction, difference, percent }: Change) =>
  direction === 'same' ? 'no change' : percent === null ? difference : `${difference} (${percent})`;

/** ", 5 days earlier" when the previous published day was not the day before. */
function gap(date: string, previous: string): string {
  const days = dayNumber(date) - dayNumber(previous);
  return days > 1 ? `, ${formatCount(days, 'day', 'days')} earlier` : '';
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
      gap(date, previous.date),
    ],
    head: [columnHead('Metric'), columnHead('This day', true), columnHead('Previous day', true), columnHead('Change')],
    rows: rows.map(([label, metric]) => {
      const values = comparison[metric];
      const { change } = values;
      return h('tr', [
        rowHead(label),
        numberCell(values.current ?? NO_VALUE, 'This day'),
        numberCell(values.previous ?? NO_VALUE, 'Previous day'),
        h(
          'td',
          { className: ['change', `change-${change?.direction ?? 'none'}`], dataLabel: 'Change' },
          change ? [h('span', { ariaHidden: 'true' }, change.symbol), ` ${changeText(change)}`] : (values.lacking ?? ''),
        ),
      ]);
    }),
  });
}
