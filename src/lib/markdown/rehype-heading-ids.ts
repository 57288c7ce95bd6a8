/**
 * Anchors for the author's headings ("## Analysis" → #analysis), made by
 * github-slugger, the slugger GitHub's own READMEs use, unique on the page:
 * ids the page itself uses (the tables' sections) are taken first, so an
 * author's "## Task Log" becomes #task-log-1 instead of a duplicate. Tags
 * have the site's own slug rule (src/lib/schema/tags.ts); anchors are GitHub's.
 */
import GithubSlugger, { slug } from 'github-slugger';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** Ids the post page gives its own sections and tables. */
const RESERVED_IDS = [
  'main',
  'task-log',
  'task-log-caption',
  'aggregate-statistics',
  'aggregate-caption',
  'comparison',
  'comparison-caption',
  'call-to-action',
];

/** A heading of punctuation alone has no words to name it by. */
const UNNAMED = 'section';

export function rehypeHeadingIds() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    for (const id of RESERVED_IDS) slugger.slug(id);
    visit(tree, 'element', (node) => {
      if (!/^h[1-6]$/.test(node.tagName) || node.properties.id !== undefined) return;
      const text = toString(node);
      node.properties.id = slugger.slug(slug(text) === '' ? UNNAMED : text);
    });
  };
}
