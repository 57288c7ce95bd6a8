/** Atom 1.0 with the full post, tables included, newest first. */
import type { APIContext } from 'astro';
import { getFeedChannel } from '../data/feed.ts';
import { getSite } from '../data/published.ts';
import { siteUrl } from '../data/urls.ts';
import { atomFeed } from '../../lib/feeds/atom.ts';

export async function GET(context: APIContext) {
  const origin = context.site ?? new URL((await getSite()).url);
  const body = atomFeed(await getFeedChannel(origin), siteUrl('atom.xml', origin));
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
