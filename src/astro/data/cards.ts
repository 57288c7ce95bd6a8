/** What each social card says, and where it is published. */
import type { CardContent } from '../../lib/cards/render-card.ts';
import { formatLongDate } from '../../lib/dates.ts';
import { countNoun, formatExactHours, formatFactor, formatInteger } from '../../lib/format.ts';
import type { PublishedDay, SiteData } from './published.ts';

export const SITE_CARD_PATH = 'og/site.png';

export function dayCardPath(day: PublishedDay): string {
  return `og/${day.date}.png`;
}

export function dayCard(day: PublishedDay, site: SiteData): CardContent {
  const { totals } = day.metrics;
  const date = formatLongDate(day.date, site.language);
  return {
    siteName: site.title,
    // A default title already carries the date; say who wrote it instead.
    kicker: day.title.includes(date) ? `By ${site.author.name}` : date,
    headline: day.title,
    figures: [
      [formatFactor(totals.leverage), 'leverage'],
      [formatExactHours(totals.human), 'human hours'],
      [formatInteger(totals.tasks), countNoun(totals.tasks, 'task', 'tasks')],
    ],
  };
}

export function dayCardAlt(day: PublishedDay, site: SiteData): string {
  const card = dayCard(day, site);
  return `${site.title}, ${day.title}: ${card.figures.map(([value, label]) => `${value} ${label}`).join(', ')}`;
}

export function siteCard(site: SiteData): CardContent {
  return { siteName: site.title, kicker: `By ${site.author.name}`, headline: site.description, figures: [] };
}
