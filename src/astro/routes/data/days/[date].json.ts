/** One published day with its tasks and computed metrics. */
import type { APIContext, GetStaticPaths } from 'astro';
import { dayDataKey } from '../../../data/cache-keys.ts';
import { exportDay } from '../../../data/export-day.ts';
import { getPublishedDay, getPublishedDays } from '../../../data/published.ts';
import { dayRecord } from '../../../../lib/published/open-data.ts';

export const getStaticPaths = (async () =>
  Promise.all(
    (await getPublishedDays()).map(async (day) => ({ params: { date: day.date }, cacheKey: await dayDataKey(day) })),
  )) satisfies GetStaticPaths;

export async function GET(context: APIContext) {
  // Looked up, not taken from getStaticPaths, so npm run dev shows a saved day at once (published.ts).
  const day = await getPublishedDay(String(context.params.date));
  if (!day) return new Response('No such day', { status: 404 });
  const origin = context.site ?? new URL('http://localhost/');
  return new Response(JSON.stringify(dayRecord(exportDay(day, origin)), null, 1), {
    headers: { 'content-type': 'application/json' },
  });
}
