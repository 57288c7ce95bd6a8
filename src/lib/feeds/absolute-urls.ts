/**
 * Feed readers show content away from the site, so every link and image in
 * feed content must be absolute: relative `href` and `src` values are
 * resolved against the post's own address. Only those properties of
 * elements change; text that looks like an attribute stays as typed, and the
 * tree given (shared with the page) is left as it is.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

const LINKS = ['href', 'src'] as const;

function absolute(value: string, pageUrl: string): string {
  if (value.startsWith('#') && value.length > 1) return `${pageUrl}${value}`;
  try {
    return new URL(value, pageUrl).href;
  } catch {
    return value;
  }
}

function absoluteElement(element: Element, pageUrl: string): Element {
  let properties = element.properties;
  for (const name of LINKS) {
    const value = element.properties[name];
    if (typeof value !== 'string') continue;
    const resolved = absolute(value, pageUrl);
    if (resolved !== value) properties = { ...properties, [name]: resolved };
  }
  const children = absoluteChildren(element.children, pageUrl);
  return properties === element.properties && children === element.children ? element : { ...element, properties, children };
}

/** The children with absolute links; the same array when none changed. */
function absoluteChildren<T extends RootContent | ElementContent>(children: T[], pageUrl: string): T[] {
  let changed: T[] | undefined;
  for (const [index, child] of children.entries()) {
    const next = child.type === 'element' ? (absoluteElement(child, pageUrl) as T) : child;
    if (next !== child) changed ??= children.slice(0, index);
    changed?.push(next);
  }
  return changed ?? children;
}

export function absoluteUrls(tree: Root, pageUrl: string): Root {
  const children = absoluteChildren(tree.children, pageUrl);
  return children === tree.children ? tree : { ...tree, children };
}
