/**
 * The elements of serialized HTML with their attributes, for asserting what
 * a browser would make of built pages: text that only looks like a tag
 * (`&lt;script&gt;`) is not an element, and a quoted attribute value is read
 * whole, so "onerror=" inside one is not an attribute.
 */
import { decodeEntities } from '../../src/lib/html-text.ts';

export interface Element {
  tag: string;
  attributes: Record<string, string>;
}

const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function elements(html: string): Element[] {
  return [...html.matchAll(TAG)].map(([, tag = '', attributeText = '']) => ({
    tag: tag.toLowerCase(),
    attributes: Object.fromEntries(
      [...attributeText.matchAll(ATTRIBUTE)].map(([, name = '', double, single, bare]) => [
        name.toLowerCase(),
        decodeEntities(double ?? single ?? bare ?? ''),
      ]),
    ),
  }));
}

/** What in `html` could run script: script elements, event-handler attributes, javascript: URLs. */
export function activeContent(html: string): string[] {
  const found: string[] = [];
  for (const { tag, attributes } of elements(html)) {
    // JSON-LD is data a browser never runs; its own escaping is tested with the hostile day.
    if (tag === 'script' && attributes.type !== 'application/ld+json') found.push('<script>');
    for (const [name, value] of Object.entries(attributes)) {
      if (name.startsWith('on')) found.push(`<${tag} ${name}>`);
      // Browsers ignore whitespace and control characters inside a scheme.
      if (/^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push(`<${tag} ${name}="${value}">`);
    }
  }
  return found;
}
