/** The site's own social card (1200×630 PNG), for the index and other pages. */
import { renderCard } from '../../../lib/cards/render-card.ts';
import { siteCard } from '../../data/cards.ts';
import { getSite } from '../../data/published.ts';

export async function GET() {
  const png = await renderCard(siteCard(await getSite()));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
