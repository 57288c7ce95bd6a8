/**
 * A post's body as published on its page and in the feeds, built once as one
 * hast tree: the intro, the disclaimer (or at the end, by the site's
 * disclaimerPlacement), the Task Log, the Aggregate Statistics with the
 * derived figures and the summary, the comparison with the previous day, the
 * rest of the prose and the call to action. The page inserts
 * it serialized; the feeds serialize the same tree with absolute links, so
 * the two never drift.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { formatLongDate } from '../dates.ts';
import { summaryParagraph, type PublishedDay } from '../published/publish.ts';
import type { DisclaimerPlacement } from '../schema/site-schema.ts';
import { aggregateStatistics, derivedFigures } from './aggregate-statistics.ts';
import { dayComparison } from './day-comparison.ts';
import { taskLog } from './task-log.ts';

/** The site settings a post shows, with its Markdown parts rendered. */
export interface PostSite {
  language: string;
  aiName: string;
  disclaimerPlacement: DisclaimerPlacement;
  footer: { heading: string; link?: { label: string; url: string } | undefined };
  hast: { disclaimer: Root; footer: Root };
}

/** Rendered Markdown inside an element: the tree's own nodes (a root holds nothing else a page could show). */
function content(tree: Root): ElementContent[] {
  return tree.children.filter((node): node is ElementContent => node.type !== 'doctype');
}

/** A section of the post's data, named by its heading. */
function dataSection(id: string, heading: string, children: ElementContent[]): Element {
  return h('section', { className: ['data-section'], ariaLabelledBy: id }, [h('h2', { id }, heading), ...children]);
}

/** The footer every post ends with: the author's call to action. */
export function callToAction(site: PostSite): Element {
  const { heading, link } = site.footer;
  return h('aside', { className: ['call-to-action'], ariaLabelledBy: 'call-to-action' }, [
    h('h2', { id: 'call-to-action' }, heading),
    ...content(site.hast.footer),
    ...(link ? [h('p', h('a', { className: ['button'], href: link.url }, link.label))] : []),
  ]);
}

/**
 * `href` turns a path below the site's base ("2026/04/21/") into a link. A
 * page leaves out the call to action (`callToAction: false`) to show it as a
 * component of its own, which an author may replace, and shows each task's
 * own tags in the Task Log (`taskTags: true`; feeds carry the day's tags as
 * categories).
 */
export function postTree(
  day: PublishedDay,
  site: PostSite,
  href: (path: string) => string,
  { callToAction: withCall = true, taskTags = false } = {},
): Root {
  const dateLabel = formatLongDate(day.date, site.language);
  const { ranked, totals } = day.metrics;
  const summary = day.statisticsSummary === null ? [] : [summaryParagraph(day.statisticsSummary)];
  const { comparison, previous } = day;
  const disclaimerText = content(site.hast.disclaimer);
  const disclaimer = disclaimerText.length > 0 ? [h('aside', { className: ['disclaimer'], ariaLabel: 'Disclaimer' }, disclaimerText)] : [];
  const [beforeTaskLog, atEnd] = site.disclaimerPlacement === 'end' ? [[], disclaimer] : [disclaimer, []];
  return {
    type: 'root',
    children: [
      h('div', { className: ['prose'] }, content(day.prose.intro)),
      ...beforeTaskLog,
      dataSection('task-log', 'Task Log', [taskLog(ranked, site.aiName, dateLabel, taskTags ? { dayTags: day.tags, href } : undefined)]),
      dataSection('aggregate-statistics', 'Aggregate Statistics', [
        aggregateStatistics(totals, site.aiName, dateLabel),
        derivedFigures(totals, site.aiName),
        ...summary,
      ]),
      ...(comparison && previous
        ? [
            dataSection('comparison', 'Compared with the previous day', [
              dayComparison({
                comparison,
                date: day.date,
                previous,
                previousHref: href(previous.path),
                language: site.language,
                aiName: site.aiName,
              }),
            ]),
          ]
        : []),
      h('div', { className: ['prose'] }, content(day.prose.rest)),
      ...atEnd,
      ...(withCall ? [callToAction(site)] : []),
    ],
  };
}
