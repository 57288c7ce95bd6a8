/** The published days in the shape of the open-data exports. */
import type { ExportDay } from '../../lib/published/open-data.ts';
import type { PublishedDay } from './published.ts';
import { siteUrl } from './urls.ts';

export function exportDay(day: PublishedDay, site: URL): ExportDay {
  return {
    date: day.date,
    title: day.title,
    description: day.description,
    url: siteUrl(day.path, site),
    tags: day.tags,
    tokens: day.metrics.totals.tokens,
    metrics: day.metrics,
  };
}
