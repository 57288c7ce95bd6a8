/** A post's social card (1200×630 PNG). */
import type { APIContext, GetStaticPaths } from 'astro';
import { renderCard } from '../../../lib/cards/render-card.ts';
import { cardKey } from '../../data/cache-keys.ts';
import { dayCard } from '../../data/cards.ts';
import { getPublishedDay, getPublishedDays, getSite } from '../../data/published.ts';

export const getStaticPaths = (async () => {
  const [days, site] = await Promise.all([getPublishedDays(), getSite()]);
  return Promise.all(days.map(async (day) => ({ params: { date: day.date }, cacheKey: await cardKey(dayCard(day, site)) })));
}) satisfies GetStaticPaths;

export async function GET(context: APIContext) {
  // Looked up, not taken from getStaticPaths, so npm run dev shows a saved day at once (published.ts).
  const day = await getPublishedDay(String(context.params.date));
  if (!day) return new Response('No such day', { status: 404 });
  const png = await renderCard(dayCard(day, await getSite()));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
