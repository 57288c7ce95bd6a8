/** RSS 2.0 with the full post, tables included, newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import PostContent from '../components/PostContent.astro';
import { getPublishedDays, getSite } from '../data/published.ts';
import { sitePath } from '../data/urls.ts';
import { startOfDay } from '../lib/dates.ts';
import { absolutizeUrls } from '../lib/absolute-urls.ts';

export async function GET(context: APIContext) {
  const [site, days] = await Promise.all([getSite(), getPublishedDays()]);
  const origin = context.site ?? new URL(site.url);
  const container = await AstroContainer.create();
  const items = await Promise.all(
    days.map(async (day) => {
      const link = new URL(sitePath(day.path), origin).href;
      const html = await container.renderToString(PostContent, { props: { day, site } });
      return {
        title: day.title,
        link,
        pubDate: startOfDay(day.date, site.timeZone),
        description: day.description,
        content: absolutizeUrls(html, link),
      };
    }),
  );
  return rss({
    title: site.title,
    description: site.description,
    site: new URL(sitePath(''), origin).href,
    items,
    customData: `<language>${site.language}</language>`,
  });
}
