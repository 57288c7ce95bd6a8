/**
 * What a crawler or a link preview reads from a built page's <head>: metas,
 * links, the title and the JSON-LD blocks, read by the one HTML parser, so
 * attribute values arrive decoded.
 */
import { parseHtml, scanTags } from '../../scripts/lib/html-tags.ts';
import { elements, textOf } from './html.ts';

export interface Head {
  title: string;
  /** Each <meta property=…> or <meta name=…> by that name, with its content. */
  meta: Map<string, string>;
  /** The attributes of every <link>. */
  links: Map<string, string>[];
  /** The parsed content of every <script type="application/ld+json">. */
  jsonLd: Record<string, unknown>[];
}

export function readHead(html: string): Head {
  const tree = parseHtml(html);
  const { tags, scripts } = scanTags(tree);
  const meta = new Map<string, string>();
  for (const { name, attributes } of tags) {
    const key = attributes.get('property') ?? attributes.get('name');
    if (name === 'meta' && key !== undefined) {
      if (meta.has(key)) throw new Error(`<meta> ${key} appears twice`);
      meta.set(key, attributes.get('content') ?? '');
    }
  }
  const scriptTags = tags.filter(({ name }) => name === 'script');
  const jsonLd = scriptTags.flatMap(({ attributes }, index) =>
    attributes.get('type') === 'application/ld+json' ? [JSON.parse(scripts[index] ?? '') as Record<string, unknown>] : [],
  );
  return {
    title: textOf(elements(tree, 'head > title')[0] ?? ''),
    meta,
    links: tags.filter(({ name }) => name === 'link').map(({ attributes }) => attributes),
    jsonLd,
  };
}

/** The href of every <link> whose rel list contains `rel`. */
export function linkHrefs(head: Head, rel: string): string[] {
  return head.links.filter((link) => (link.get('rel') ?? '').split(/\s+/).includes(rel)).map((link) => link.get('href') ?? '');
}

/** The address a page file is served at: "2026/04/22/index.html" → <site>2026/04/22/. */
export function pageUrl(file: string, site: string): string {
  return new URL(file.replace(/(^|\/)index\.html$/, '$1'), site).href;
}
