/** Every published day with its tasks and computed metrics, oldest first. */
import type { APIContext } from 'astro';
import { exportDay } from '../../data/export-day.ts';
import { getPublishedDays, getSite } from '../../data/published.ts';
import { dayRecord } from '../../../lib/published/open-data.ts';

export async function GET(context: APIContext) {
  const [site, days] = await Promise.all([getSite(), getPublishedDays()]);
  const origin = context.site ?? new URL(site.url);
  const body = {
    site: { title: site.title, url: site.url },
    days: [...days].reverse().map((day) => dayRecord(exportDay(day, origin))),
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'content-type': 'application/json' } });
}
