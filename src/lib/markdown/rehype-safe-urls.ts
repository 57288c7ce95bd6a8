/**
 * Links and images may only point to web addresses, mail addresses or paths:
 * `javascript:` and other schemes are removed, leaving the text in place.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const SAFE_SCHEME = /^(?:https?|mailto):/i;
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return !HAS_SCHEME.test(compact) || SAFE_SCHEME.test(compact);
}

export function rehypeSafeUrls() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      for (const attribute of ['href', 'src'] as const) {
        const value = node.properties[attribute];
        if (typeof value === 'string' && !isSafeUrl(value)) delete node.properties[attribute];
      }
    });
  };
}
