/** favicon.ico (every build) and favicon.svg (with Fulcrum's own icon), at the base path. */
import type { APIContext } from 'astro';
import { iconKey } from '../data/cache-keys.ts';
import { faviconIco, faviconSvg, publishesSvgIcon } from '../data/favicon.ts';
import { getSite } from '../data/published.ts';

export async function getStaticPaths() {
  const site = await getSite();
  const formats = publishesSvgIcon(site) ? ['ico', 'svg'] : ['ico'];
  return Promise.all(formats.map(async (format) => ({ params: { format }, cacheKey: await iconKey(format, site) })));
}

export async function GET({ params }: APIContext) {
  if (params['format'] === 'svg') return new Response(faviconSvg(), { headers: { 'content-type': 'image/svg+xml' } });
  return new Response(new Uint8Array(faviconIco(await getSite())), { headers: { 'content-type': 'image/x-icon' } });
}
