/**
 * A post as the search index holds it, from the published day the pages are
 * made from (no page is read back): its title and date apart (a result shows
 * the title above its excerpt, and results are sorted by date), and as the
 * text searched every task's title and the prose as a reader sees it, with
 * metric references as their values and the generated summary. The tables'
 * figures, the author's bio and the call to action are on every post alike
 * and are not indexed. The default title ("Leverage Record: April 22, 2026")
 * is only the date, which would open every excerpt; an author's own title
 * leads the text, so its words find the post.
 */
import type { ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { publishDays, type PublishedDay, type PublishSettings, type RenderedDay } from '../published/publish.ts';
import { defaultDayTitle } from '../published/default-title.ts';

export interface SearchRecord {
  /** The post's address below the site's base path, as the search page's links are made ("/2026/04/22/"). */
  url: string;
  title: string;
  /** YYYY-MM-DD, which sorts as text: the search page lists the newest day first. */
  date: string;
  /** Plain text, a block a line. */
  content: string;
}

const text = (tree: Root) => toText(tree).trim();
const inlineText = (children: ElementContent[]) => text({ type: 'root', children });

export function searchRecord(day: PublishedDay, language: string): SearchRecord {
  const { intro, rest } = day.prose;
  const lines = [
    day.title === defaultDayTitle(day.date, language) ? '' : day.title,
    ...day.metrics.ranked.map(({ task }) => inlineText(task.titleNodes)),
    text(intro),
    day.statisticsSummary === null ? '' : inlineText(day.statisticsSummary),
    text(rest),
  ];
  return { url: `/${day.path}`, title: day.title, date: day.date, content: lines.filter((line) => line !== '').join('\n') };
}

/** The posts `days` publish (drafts left out), as the search index holds them. */
export function searchRecords(days: readonly RenderedDay[], site: PublishSettings): SearchRecord[] {
  const published = publishDays(
    days.filter((day) => !day.frontmatter.draft),
    site,
  );
  return published.map((day) => searchRecord(day, site.language));
}
