/**
 * Checks that every internal reference in a built site resolves: links,
 * images, stylesheets, srcset candidates, social-image metas, CSS url()s, and
 * the links inside feeds and sitemaps; `#fragment`s must name an element id
 * of the target page.
 *
 * Internal means: a relative or root-relative reference (it must stay under
 * the base path: a template that forgets the base writes "/2026/04/22/",
 * which leaves /blog/), or an absolute URL on the site's origin under the
 * base. Absolute URLs elsewhere, including the site's own origin outside the
 * base, belong to someone else and are not checked.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { scanTags, type StartTag } from '../../scripts/lib/html-tags.ts';
import { listFiles } from '../../scripts/lib/page-weight.ts';
import { urlsOf } from './html.ts';

export interface LinkReport {
  /** Pages and feeds that were read, as paths below the folder. */
  files: string[];
  /** How many internal references were followed. */
  checked: number;
  /** One line per broken reference: "file: reference → reason". */
  problems: string[];
}

/** Social-image and page-address metas hold URLs in `content`. */
const URL_METAS = new Set(['og:image', 'og:image:secure_url', 'og:url', 'twitter:image']);
/** Feed and sitemap elements whose text is a URL. */
const XML_URL_ELEMENTS = new Set(['link', 'loc', 'url', 'guid']);
/** Fragments a browser honours without a matching id. */
const IMPLICIT_FRAGMENTS = new Set(['', 'top']);

/** The URLs a stylesheet refers to: `url(...)` and `@import "..."`. */
function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
    urls.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  for (const match of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) {
    urls.push(match[1] ?? match[2] ?? '');
  }
  return urls.filter((url) => url !== '' && !url.startsWith('data:'));
}

function tagReferences(tag: StartTag): string[] {
  const metaName = tag.attributes.get('property') ?? tag.attributes.get('name') ?? '';
  const metaUrl = tag.name === 'meta' && URL_METAS.has(metaName) ? [tag.attributes.get('content') ?? ''] : [];
  return [...urlsOf(tag), ...metaUrl];
}

function htmlReferences(html: string): string[] {
  const { tags, styles } = scanTags(html);
  return [...tags.flatMap(tagReferences), ...styles.flatMap(cssUrls)];
}

interface XmlReference {
  reference: string;
  /** What relative references inside it resolve against. */
  base: string;
}

/** Walks a parsed feed or sitemap: URL elements, and the HTML of content:encoded resolved against its item's link. */
function xmlReferences(node: unknown, key = '', itemLink = ''): XmlReference[] {
  if (Array.isArray(node)) return node.flatMap((child) => xmlReferences(child, key, itemLink));
  if (typeof node === 'object' && node !== null) {
    const entries = Object.entries(node);
    const link = entries.find(([name]) => name === 'link')?.[1];
    const ownLink = typeof link === 'string' ? link : itemLink;
    if (key === 'guid' && (node as Record<string, unknown>)['@_isPermaLink'] === 'false') return [];
    return entries.flatMap(([name, child]) => xmlReferences(child, name === '#text' ? key : name, ownLink));
  }
  if (typeof node !== 'string') return [];
  if (key === 'content:encoded') return htmlReferences(node).map((reference) => ({ reference, base: itemLink }));
  return XML_URL_ELEMENTS.has(key) ? [{ reference: node, base: itemLink }] : [];
}

/** The page's address: "2026/04/22/index.html" → <site>2026/04/22/. */
function urlOf(file: string, site: URL): URL {
  return new URL(file.replace(/(^|\/)index\.html$/, '$1'), site);
}

export function checkLinks(dir: string, siteUrl: string): LinkReport {
  const site = new URL(siteUrl);
  const files = listFiles(dir);
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      const { tags } = scanTags(readFileSync(join(dir, file), 'utf8'));
      ids = new Set(
        tags
          .flatMap(({ name, attributes }) => [attributes.get('id'), name === 'a' ? attributes.get('name') : undefined])
          .filter((id) => id !== undefined),
      );
      idCache.set(file, ids);
    }
    return ids;
  };
  const report: LinkReport = { files: [], checked: 0, problems: [] };

  const check = (from: string, reference: string, base: URL | string) => {
    const problem = (reason: string) => report.problems.push(`${from}: ${reference} → ${reason}`);
    const trimmed = reference.trim();
    if (trimmed === '') return;
    const absolute = /^[a-z][a-z0-9+.-]*:/i.test(trimmed);
    if (absolute && !/^https?:/i.test(trimmed)) return;
    let url: URL;
    try {
      url = new URL(trimmed, base);
    } catch {
      problem('not a valid URL');
      return;
    }
    if (url.origin !== site.origin) return;
    if (!url.pathname.startsWith(site.pathname)) {
      if (!absolute) problem(`leaves the base path ${site.pathname}`);
      return;
    }
    report.checked += 1;
    let target = decodeURIComponent(url.pathname.slice(site.pathname.length));
    if (target === '' || target.endsWith('/')) target += 'index.html';
    if (existsSync(join(dir, target)) && statSync(join(dir, target)).isDirectory()) target += '/index.html';
    if (!existsSync(join(dir, target))) {
      problem(`no file ${target}`);
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (IMPLICIT_FRAGMENTS.has(fragment)) return;
    if (!target.endsWith('.html') || !idsOf(target).has(fragment)) problem(`no element with id "${fragment}" in ${target}`);
  };

  const xml = new XMLParser({ ignoreAttributes: false });
  for (const file of files) {
    const source = () => readFileSync(join(dir, file), 'utf8');
    if (file.endsWith('.html')) {
      report.files.push(file);
      for (const reference of htmlReferences(source())) check(file, reference, urlOf(file, site));
    } else if (file.endsWith('.css')) {
      for (const reference of cssUrls(source())) check(file, reference, urlOf(file, site));
    } else if (file.endsWith('.xml')) {
      report.files.push(file);
      for (const { reference, base } of xmlReferences(xml.parse(source()))) check(file, reference, base || urlOf(file, site));
    }
  }
  return report;
}
