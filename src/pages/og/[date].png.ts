/** A post's social card (1200×630 PNG). */
import type { APIContext, GetStaticPaths } from 'astro';
import { renderCard } from '../../cards/render.ts';
import { dayCard } from '../../data/cards.ts';
import { getPublishedDays, getSite, type PublishedDay } from '../../data/published.ts';

export const getStaticPaths = (async () =>
  (await getPublishedDays()).map((day) => ({ params: { date: day.date }, props: { day } }))) satisfies GetStaticPaths;

export async function GET(context: APIContext<{ day: PublishedDay }>) {
  const png = await renderCard(dayCard(context.props.day, await getSite()));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
