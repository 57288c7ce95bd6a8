/**
 * What a reader downloads for each page of a built site: the document, its
 * linked stylesheets and any JavaScript, raw and gzipped. Shared by
 * `npm run size` and the budget test, so both measure the same thing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { scanTags } from './html-tags.ts';

export interface Bytes {
  raw: number;
  /** Each file gzipped on its own (zlib's default level 6) and summed, as a server sends them. */
  gzip: number;
}

export interface PageWeight {
  /** The page's file below the output folder, e.g. "2026/04/22/index.html". */
  file: string;
  /** The document itself, inline <style> and <script> included. */
  html: Bytes;
  /** Linked stylesheets. */
  css: Bytes;
  /** HTML + CSS: the figure the budget holds. */
  htmlAndCss: Bytes;
  /** Inline scripts plus linked script files. */
  js: Bytes;
  scriptTags: number;
}

export interface PageTypeWeight {
  type: string;
  pages: number;
  /** The heaviest page of the type (by HTML + CSS, raw). */
  heaviest: PageWeight;
}

const FONT_EXTENSIONS = ['.woff2', '.woff', '.ttf', '.otf', '.eot'];
const SCRIPT_EXTENSIONS = ['.js', '.mjs', '.cjs'];

/** Every file below `dir`, as sorted "/"-separated relative paths. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}

function bytesOf(contents: Buffer | string): Bytes {
  const buffer = typeof contents === 'string' ? Buffer.from(contents) : contents;
  return { raw: buffer.length, gzip: gzipSync(buffer).length };
}

function sum(...parts: Bytes[]): Bytes {
  return parts.reduce((total, part) => ({ raw: total.raw + part.raw, gzip: total.gzip + part.gzip }), { raw: 0, gzip: 0 });
}

/** The site's address as the build wrote it into the home page's canonical link. */
function siteUrlOf(dir: string): URL {
  const home = scanTags(readFileSync(join(dir, 'index.html'), 'utf8'));
  const canonical = home.tags.find((tag) => tag.name === 'link' && tag.attributes.get('rel') === 'canonical');
  const href = canonical?.attributes.get('href');
  if (!href) throw new Error(`${dir}/index.html has no <link rel="canonical">, so the base path is unknown`);
  return new URL(href);
}

/** Maps a URL the page refers to onto a file in `dir`. */
function fileFor(dir: string, site: URL, pageUrl: URL, reference: string): string {
  const url = new URL(reference, pageUrl);
  if (url.origin !== site.origin || !url.pathname.startsWith(site.pathname)) {
    throw new Error(`${reference} is not part of the site, so its weight cannot be measured`);
  }
  return join(dir, decodeURIComponent(url.pathname.slice(site.pathname.length)));
}

/** Script types a browser runs (no type at all means JavaScript). */
const EXECUTABLE = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

export function measurePage(dir: string, file: string, site: URL = siteUrlOf(dir)): PageWeight {
  const document = readFileSync(join(dir, file));
  const pageUrl = new URL(file.replace(/(^|\/)index\.html$/, '$1'), site);
  const { tags, scripts } = scanTags(document.toString('utf8'));
  const linked = (predicate: (name: string, rel: string) => boolean, attribute: string) =>
    tags
      .filter((tag) => predicate(tag.name, tag.attributes.get('rel') ?? '') && tag.attributes.has(attribute))
      .map((tag) => bytesOf(readFileSync(fileFor(dir, site, pageUrl, tag.attributes.get(attribute) ?? ''))));
  const html = bytesOf(document);
  const css = sum(...linked((name, rel) => name === 'link' && rel.split(/\s+/).includes('stylesheet'), 'href'));
  // JSON-LD and other data blocks are not script: only JavaScript counts as JS.
  const scriptTags = tags.filter((tag) => tag.name === 'script');
  const executable = scriptTags.map((tag) => EXECUTABLE.test(tag.attributes.get('type') ?? ''));
  const js = sum(
    ...scripts.filter((script, index) => executable[index] && script.trim() !== '').map(bytesOf),
    ...linked((name) => name === 'script', 'src'),
  );
  return { file, html, css, htmlAndCss: sum(html, css), js, scriptTags: executable.filter(Boolean).length };
}

/**
 * "index.html" → "index", "2/index.html" → "index, later pages",
 * "2026/04/22/index.html" → "post", "rss.xml" → "rss.xml", and any other
 * page by its first folder ("stats/index.html" → "stats").
 */
export function pageTypeOf(file: string): string {
  if (file === 'index.html') return 'index';
  if (/^\d+\/index\.html$/.test(file)) return 'index, later pages';
  if (/^\d{4}\/\d{2}\/\d{2}\/index\.html$/.test(file)) return 'post';
  if (!file.includes('/')) return file;
  return file.split('/')[0] ?? file;
}

const TYPE_ORDER = ['index', 'index, later pages', 'post'];

/** One row per page type, in a fixed order: index pages, posts, then the rest by name. */
export function measureSite(dir: string): PageTypeWeight[] {
  const site = siteUrlOf(dir);
  const byType = new Map<string, PageWeight[]>();
  for (const file of listFiles(dir).filter((name) => name.endsWith('.html') || name.endsWith('.xml'))) {
    const type = pageTypeOf(file);
    byType.set(type, [...(byType.get(type) ?? []), measurePage(dir, file, site)]);
  }
  const rank = (type: string) => (TYPE_ORDER.includes(type) ? TYPE_ORDER.indexOf(type) : TYPE_ORDER.length);
  return [...byType]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([type, weights]) => ({
      type,
      pages: weights.length,
      heaviest: weights.reduce((heaviest, weight) => (weight.htmlAndCss.raw > heaviest.htmlAndCss.raw ? weight : heaviest)),
    }));
}

/** Web font files in the output, with their sizes. */
export function fontFiles(dir: string): { file: string; bytes: number }[] {
  return listFiles(dir)
    .filter((file) => FONT_EXTENSIONS.some((extension) => file.endsWith(extension)))
    .map((file) => ({ file, bytes: readFileSync(join(dir, file)).length }));
}

/** JavaScript files in the output. */
export function scriptFiles(dir: string): string[] {
  return listFiles(dir).filter((file) => SCRIPT_EXTENSIONS.some((extension) => file.endsWith(extension)));
}
