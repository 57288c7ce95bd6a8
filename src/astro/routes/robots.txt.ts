/** robots.txt: everything may be crawled; the sitemap says what there is. */
import type { APIContext } from 'astro';
import { getSite } from '../data/published.ts';
import { siteUrl } from '../data/urls.ts';

export async function GET(context: APIContext) {
  const origin = context.site ?? new URL((await getSite()).url);
  const body = `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl('sitemap-index.xml', origin)}\n`;
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
