/** The 180 px icon phones put on the home screen. */
import { touchIcon } from '../data/favicon.ts';
import { getSite } from '../data/published.ts';

export async function GET() {
  return new Response(new Uint8Array(touchIcon(await getSite())), { headers: { 'content-type': 'image/png' } });
}
