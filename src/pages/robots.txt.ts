/** robots.txt: everything may be crawled; the sitemap says what there is. */
import type { APIContext } from 'astro';
import { getSite } from '../data/published.ts';
import { sitePath } from '../data/urls.ts';

export async function GET(context: APIContext) {
  const origin = context.site ?? new URL((await getSite()).url);
  const body = `User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitePath('sitemap-index.xml'), origin).href}\n`;
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
