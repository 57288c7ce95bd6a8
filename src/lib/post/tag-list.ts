/** Tags as links to their pages, as a post shows them under its title and under a task's. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { tagSlug } from '../schema/tags.ts';

/** `href` puts the base path in front of a tag page's path ("tags/billing/"). */
export function tagList(tags: readonly string[], href: (path: string) => string, className: string): Element {
  const items = tags.map((tag) => h('li', h('a', { href: href(`tags/${tagSlug(tag)}/`) }, h('bdi', tag))));
  // A space between the items, so that the tags stay apart when read or copied as text.
  return h(
    'ul',
    { className: ['tag-list', className], ariaLabel: 'Tags' },
    items.flatMap((item, index) => (index === 0 ? [item] : [' ', item])),
  );
}
