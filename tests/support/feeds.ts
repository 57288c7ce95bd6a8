/**
 * The three feeds of a built site read as a feed reader reads them: RSS and
 * Atom by a real XML parser (fast-xml-parser), JSON Feed by JSON.parse. Each
 * reader checks the format's required elements and fails loudly when one is
 * missing, then returns the items in one shape so the formats can be compared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { scanTags } from '../../scripts/lib/html-tags.ts';
import { textOf, urlsOf } from './html.ts';

export interface FeedItem {
  id: string;
  link: string;
  title: string;
  summary: string;
  /** The full post as HTML. */
  content: string;
  /** As written in the feed (RFC 3339 for Atom and JSON Feed, RFC 822 for RSS). */
  published: string;
  /** Atom and JSON Feed only. */
  updated?: string;
  author: string;
  tags: string[];
}

export interface Feed {
  id: string;
  title: string;
  home: string;
  /** The feed's own address (Atom's rel="self", JSON Feed's feed_url). */
  self?: string;
  updated?: string;
  items: FeedItem[];
}

function fail(file: string, what: string): never {
  throw new Error(`${file}: ${what}`);
}

function text(value: unknown, file: string, what: string): string {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)['#text'] === 'string') {
    return (value as Record<string, string>)['#text'] as string;
  }
  return fail(file, `${what} is missing or empty`);
}

function strings(value: unknown, file: string, what: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) return fail(file, `${what} is not a list of texts`);
  return value;
}

function xml(dir: string, file: string, arrays: readonly string[]): Record<string, unknown> {
  const source = readFileSync(join(dir, file), 'utf8');
  const valid = XMLValidator.validate(source);
  if (valid !== true) fail(file, `not well-formed XML: ${valid.err.msg} at ${valid.err.line}:${valid.err.col}`);
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => arrays.includes(name) });
  return parser.parse(source) as Record<string, unknown>;
}

type XmlNode = Record<string, unknown>;
const node = (value: unknown): XmlNode => (typeof value === 'object' && value !== null ? (value as XmlNode) : {});
const list = (value: unknown): XmlNode[] => (Array.isArray(value) ? value.map(node) : []);

/** Atom 1.0 (RFC 4287): feed id, title, updated; entry id, title, updated, a link; an author on the feed or every entry. */
export function readAtom(dir: string): Feed {
  const file = 'atom.xml';
  const feed = node(xml(dir, file, ['entry', 'link', 'category', 'author'])['feed']);
  if (feed['@_xmlns'] !== 'http://www.w3.org/2005/Atom') fail(file, 'the root is not an Atom <feed>');
  const links = list(feed['link']);
  const linkTo = (rel: string) => links.find((link) => (link['@_rel'] ?? 'alternate') === rel)?.['@_href'];
  const feedAuthor = list(feed['author'])[0]?.['name'];
  return {
    id: text(feed['id'], file, 'feed <id>'),
    title: text(feed['title'], file, 'feed <title>'),
    updated: text(feed['updated'], file, 'feed <updated>'),
    home: text(linkTo('alternate'), file, 'feed <link rel="alternate">'),
    self: text(linkTo('self'), file, 'feed <link rel="self">'),
    items: list(feed['entry']).map((entry, index) => {
      const where = `entry ${index + 1}`;
      const href = list(entry['link']).find((link) => (link['@_rel'] ?? 'alternate') === 'alternate')?.['@_href'];
      const author = list(entry['author'])[0]?.['name'] ?? feedAuthor;
      const content = node(entry['content']);
      if (content['@_type'] !== 'html') fail(file, `${where}: <content> is not type="html"`);
      return {
        id: text(entry['id'], file, `${where} <id>`),
        link: text(href, file, `${where} <link rel="alternate">`),
        title: text(entry['title'], file, `${where} <title>`),
        summary: text(entry['summary'], file, `${where} <summary>`),
        content: text(content, file, `${where} <content>`),
        published: text(entry['published'], file, `${where} <published>`),
        updated: text(entry['updated'], file, `${where} <updated>`),
        author: text(author, file, `${where} <author><name> (and the feed has none)`),
        tags: list(entry['category']).map((category) => text(category['@_term'], file, `${where} <category term>`)),
      };
    }),
  };
}

/** JSON Feed 1.1: version, title and items; each item an id and content; authors with names. */
export function readJsonFeed(dir: string): Feed {
  const file = 'feed.json';
  const feed = node(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  if (feed['version'] !== 'https://jsonfeed.org/version/1.1') fail(file, `version is ${JSON.stringify(feed['version'])}`);
  if (!Array.isArray(feed['items'])) fail(file, 'items is not an array');
  const feedAuthor = list(feed['authors'])[0]?.['name'];
  return {
    id: text(feed['home_page_url'], file, 'home_page_url'),
    title: text(feed['title'], file, 'title'),
    home: text(feed['home_page_url'], file, 'home_page_url'),
    self: text(feed['feed_url'], file, 'feed_url'),
    items: list(feed['items']).map((item, index) => {
      const where = `item ${index + 1}`;
      if (typeof item['id'] !== 'string') fail(file, `${where}: id is not a string`);
      return {
        id: text(item['id'], file, `${where} id`),
        link: text(item['url'], file, `${where} url`),
        title: text(item['title'], file, `${where} title`),
        summary: text(item['summary'], file, `${where} summary`),
        content: text(item['content_html'], file, `${where} content_html`),
        published: text(item['date_published'], file, `${where} date_published`),
        updated: text(item['date_modified'], file, `${where} date_modified`),
        author: text(list(item['authors'])[0]?.['name'] ?? feedAuthor, file, `${where} authors (and the feed has none)`),
        tags: strings(item['tags'], file, `${where} tags`),
      };
    }),
  };
}

/** RSS 2.0: channel title, link and description; item title or description; Dublin Core names the author. */
export function readRss(dir: string): Feed {
  const file = 'rss.xml';
  const channel = node(node(xml(dir, file, ['item', 'category'])['rss'])['channel']);
  text(channel['description'], file, 'channel <description>');
  return {
    id: text(channel['link'], file, 'channel <link>'),
    title: text(channel['title'], file, 'channel <title>'),
    home: text(channel['link'], file, 'channel <link>'),
    items: list(channel['item']).map((item, index) => {
      const where = `item ${index + 1}`;
      return {
        id: text(item['guid'], file, `${where} <guid>`),
        link: text(item['link'], file, `${where} <link>`),
        // Readers render an RSS title and description as HTML: read them as the text they show.
        title: textOf(text(item['title'], file, `${where} <title>`)),
        summary: textOf(text(item['description'], file, `${where} <description>`)),
        content: text(item['content:encoded'], file, `${where} <content:encoded>`),
        published: text(item['pubDate'], file, `${where} <pubDate>`),
        author: text(item['dc:creator'], file, `${where} <dc:creator>`),
        tags: strings(item['category'], file, `${where} <category>`),
      };
    }),
  };
}

/** Every URL an item's HTML content refers to: href, src, poster and srcset candidates. */
export function contentUrls(html: string): string[] {
  return scanTags(html).tags.flatMap(urlsOf);
}
