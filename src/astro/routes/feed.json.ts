/** JSON Feed 1.1 with the full post, tables included, newest first. */
import type { APIContext } from 'astro';
import { getFeedChannel } from '../data/feed.ts';
import { getSite } from '../data/published.ts';
import { siteUrl } from '../data/urls.ts';
import { jsonFeed } from '../../lib/feeds/json-feed.ts';

export async function GET(context: APIContext) {
  const origin = context.site ?? new URL((await getSite()).url);
  const body = jsonFeed(await getFeedChannel(origin), siteUrl('feed.json', origin));
  return new Response(body, { headers: { 'content-type': 'application/feed+json; charset=utf-8' } });
}
