/** One published day with its tasks and computed metrics. */
import type { APIContext, GetStaticPaths } from 'astro';
import { exportDay } from '../../../data/open-data.ts';
import { getPublishedDays, type PublishedDay } from '../../../data/published.ts';
import { dayRecord } from '../../../lib/published/open-data.ts';

export const getStaticPaths = (async () =>
  (await getPublishedDays()).map((day) => ({ params: { date: day.date }, props: { day } }))) satisfies GetStaticPaths;

export function GET(context: APIContext<{ day: PublishedDay }>) {
  const origin = context.site ?? new URL('http://localhost/');
  return new Response(JSON.stringify(dayRecord(exportDay(context.props.day, origin)), null, 1), {
    headers: { 'content-type': 'application/json' },
  });
}
