/**
 * A post's body as its page shows it (src/lib/post/, serialized once; the
 * call to action follows it as a component an author may replace), kept
 * between builds by everything it is made from: the published day (its
 * prose, figures and comparison with the previous day), the site's settings
 * a post shows and the base path of its links, and the code that makes it
 * (content-cache.ts). A day added changes only its own body and its next
 * day's comparison: every other body is read, not rendered again.
 */
import { toHtml } from 'hast-util-to-html';
import { inputKey, openContentCache, type ContentCache } from '../../lib/storage/content-cache.ts';
import { postTree, type PostSite } from '../../lib/post/post-tree.ts';
import type { PublishedDay } from './published.ts';
import { sitePath } from './urls.ts';

/** The code that turns a published day into a post's body. */
const BODY_CODE = ['src/lib', 'src/astro/data/post-body.ts', 'src/astro/data/urls.ts'];

let cache: ContentCache | undefined;

export function postBodyHtml(day: PublishedDay, site: PostSite): string {
  cache ??= openContentCache(process.cwd(), 'post-bodies', BODY_CODE);
  const { language, aiName, footer, hast, disclaimerPlacement } = site;
  // The next day is not in the body (the page links to it below), so a day added after this one leaves it as it was.
  const settings = { language, aiName, footer, disclaimer: hast.disclaimer, disclaimerPlacement, call: hast.footer };
  const key = inputKey(JSON.stringify([{ ...day, next: null }, settings, sitePath('')]));
  const cached = cache.read(key);
  if (cached !== undefined) return cached.toString('utf8');
  const html = toHtml(postTree(day, site, sitePath, { callToAction: false, taskTags: true }));
  cache.write(key, html);
  return html;
}
