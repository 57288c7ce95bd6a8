/** One row per task of every published day (RFC 4180 CSV). */
import type { APIContext } from 'astro';
import { exportDay } from '../../data/export-day.ts';
import { getPublishedDays, getSite } from '../../data/published.ts';
import { tasksCsv } from '../../../lib/published/open-data.ts';

export async function GET(context: APIContext) {
  const [site, days] = await Promise.all([getSite(), getPublishedDays()]);
  const origin = context.site ?? new URL(site.url);
  const csv = tasksCsv([...days].reverse().map((day) => exportDay(day, origin)));
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
