/** One published day with its tasks and computed metrics. */
import type { APIContext, GetStaticPaths } from 'astro';
import { site as configuredSite } from 'astro:config/client';
import { dayDataKey } from '../../../data/cache-keys.ts';
import { exportDay } from '../../../data/open-data.ts';
import { getPublishedDay, getPublishedDays } from '../../../data/published.ts';
import { dayRecord } from '../../../../lib/published/open-data.ts';

export const getStaticPaths = (async () => {
  const origin = new URL(configuredSite ?? 'http://localhost/');
  return Promise.all(
    (await getPublishedDays()).map(async (day) => ({ params: { date: day.date }, cacheKey: await dayDataKey(dayRecord(exportDay(day, origin))) })),
  );
}) satisfies GetStaticPaths;

export async function GET(context: APIContext) {
  // Looked up, not taken from getStaticPaths, so npm run dev shows a saved day at once (published.ts).
  const day = await getPublishedDay(String(context.params.date));
  if (!day) return new Response('No such day', { status: 404 });
  const origin = context.site ?? new URL('http://localhost/');
  return new Response(JSON.stringify(dayRecord(exportDay(day, origin)), null, 1), {
    headers: { 'content-type': 'application/json' },
  });
}
