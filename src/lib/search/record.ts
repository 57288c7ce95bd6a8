/**
 * A post as the search index holds it, from the published day the pages are
 * made from (no page is read back): its title, its date as the page writes
 * it, every task's title, and the prose as a reader sees it, with metric
 * references as their values and the generated summary. The tables' figures,
 * the author's bio and the call to action are on every post alike and are
 * not indexed.
 */
import type { ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { formatLongDate } from '../dates.ts';
import type { PublishedDay } from '../published/publish.ts';

export interface SearchRecord {
  /** The post's address below the site's base path, as the search page's links are made ("/2026/04/22/"). */
  url: string;
  title: string;
  /** Plain text, a block a line. */
  content: string;
}

const text = (tree: Root) => toText(tree).trim();
const inlineText = (children: ElementContent[]) => text({ type: 'root', children });

export function searchRecord(day: PublishedDay, language: string): SearchRecord {
  const { intro, rest } = day.prose;
  const lines = [
    day.title,
    formatLongDate(day.date, language),
    ...day.metrics.ranked.map(({ task }) => inlineText(task.titleNodes)),
    text(intro),
    day.statisticsSummary === null ? '' : inlineText(day.statisticsSummary),
    text(rest),
  ];
  return { url: `/${day.path}`, title: day.title, content: lines.filter((line) => line !== '').join('\n') };
}
