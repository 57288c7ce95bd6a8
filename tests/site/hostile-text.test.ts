/**
 * Text is never trusted as HTML. A site built from titles, descriptions and
 * prose full of <script>, onerror=, javascript: links and ]]> shows all of it
 * as typed, runs none of it, and keeps the feed well-formed; inline Markdown
 * in task titles still renders. One build, of both day forms, checked on the
 * built pages and feed.
 */
import { XMLParser } from 'fast-xml-parser';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFolder, SITE_YAML } from '../support/content-folder.ts';
import { activeContent, attrsOf, element, elements, innerHtml, textOf } from '../support/html.ts';
import { buildSite } from '../support/site-build.ts';

// No straight quotes in the Markdown: smart punctuation would curl them in the output.
const DAY_TITLE = `<script>alert("day title")</script> ]]> & 'more'`;
const DESCRIPTION = '<img src=x onerror=alert("description")> ]]>';
const TASK_MARKDOWN = '<script>alert(1)</script> with **bold**, `<b>code</b>` and [a link](https://example.com/docs)';
const TASK_HOSTILE = '<img src=x onerror=alert(2)> and [bad link](javascript:alert(3)) and ]]> end';

/** YAML single quotes keep every character as typed; only ' is doubled. */
const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

const MARKDOWN_DAY = `---
date: 2026-04-22
title: ${quoted(DAY_TITLE)}
description: ${quoted(DESCRIPTION)}
tasks:
  - title: ${quoted(TASK_MARKDOWN)}
    human: 2h
    ai: 10m
    supervision: 1m
  - title: ${quoted(TASK_HOSTILE)}
    human: 1h
    ai: 10m
    supervision: 1m
---
Intro with <script>alert(4)</script> and <img src=x onerror=alert(5)>.

## Analysis

A [javascript link](javascript:alert(6)), a raw <a href=javascript:alert(7)>raw link</a>,
an autolink <javascript:alert(8)>, an image ![pic](javascript:alert(9))
and the end of a CDATA section ]]> in text.
`;

const YAML_DAY = `date: 2026-04-23
tasks:
  - title: "*Emphasis* in a YAML day"
    human: 1h
    ai: 5m
    supervision: 1m
intro: |
  <script>alert(10)</script>
analysis: |
  ## Analysis

  [click](javascript:alert(11))
`;

/** No description of its own: the first paragraph is one, raw HTML and a private comment in it. */
const FIRST_PARAGRAPH = 'Desc <img src=x onerror=alert(14)> & more<!-- private note: the client is late -->.';
const FIRST_PARAGRAPH_TEXT = 'Desc <img src=x onerror=alert(14)> & more.';
const FIRST_PARAGRAPH_DAY = `---
date: 2026-04-24
title: Plain <b>bold</b> & done
tasks:
  - title: A task <!-- private note in a title -->with a comment
    human: 1h
    ai: 10m
    supervision: 1m
---
<!-- private note: above everything -->
${FIRST_PARAGRAPH}

More prose.
`;

const SITE_DESCRIPTION = 'Notes <img src=x onerror=alert(15)> & tests';
const HOSTILE_SITE = SITE_YAML.replace(
  'bio: Writes tests.',
  `bio: ${quoted('Writes <script>alert(12)</script> [tests](javascript:alert(13))')}`,
).replace('description: Days written to test Fulcrum', `description: ${quoted(SITE_DESCRIPTION)}`);

let content: string;
let out: string;
const read = (path: string) => readFileSync(join(out, path), 'utf8');

beforeAll(() => {
  content = contentFolder({
    'site.yaml': HOSTILE_SITE,
    'days/2026-04-22.md': MARKDOWN_DAY,
    'days/2026-04-23.yaml': YAML_DAY,
    'days/2026-04-24.md': FIRST_PARAGRAPH_DAY,
  });
  out = join(content, 'dist');
  const build = buildSite({ content, out });
  expect(build.stderr).not.toMatch(/error/i);
  expect(build.status).toBe(0);
});
afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('the detector these tests rely on', () => {
  it('finds script elements, event handlers and javascript: URLs', () => {
    expect(activeContent('<p><script>x</script><img src=x onerror=alert(1)><a href=" java\tscript:y">z</a></p>')).toEqual([
      '<script>',
      '<img onerror>',
      '<a href=" java\tscript:y">',
    ]);
  });

  it('does not mistake text or attribute values for elements', () => {
    expect(activeContent('<meta content="&lt;img src=x onerror=alert(1)&gt;"><p>&lt;script&gt; javascript:</p>')).toEqual([]);
  });
});

describe.each(['index.html', '2026/04/22/index.html', '2026/04/23/index.html', '2026/04/24/index.html'])('%s', (page) => {
  it('contains nothing that could run', () => {
    expect(activeContent(read(page))).toEqual([]);
  });
});

describe('structured data (JSON-LD) on the hostile day', () => {
  it('is one JSON block that carries the title as data and cannot be closed early', () => {
    const html = read('2026/04/22/index.html');
    const blocks = elements(html, 'script[type="application/ld+json"]').map((script) => innerHtml(script, html));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).not.toMatch(/</);
    expect((JSON.parse(blocks[0] ?? '') as { headline: string }).headline).toBe(DAY_TITLE);
  });
});

describe('the page of a day written in Markdown', () => {
  const taskCells = () => {
    const html = read('2026/04/22/index.html');
    return elements(html, 'th.task[scope="row"]').map((cell) => innerHtml(cell, html));
  };

  it('shows the day title and description as typed', () => {
    const html = read('2026/04/22/index.html');
    expect(textOf(element(html, 'h1'))).toBe(DAY_TITLE);
    expect(textOf(element(html, 'head > title'))).toBe(`${DAY_TITLE} · Test Notes`);
    expect(attrsOf(element(html, 'meta[name="description"]')).content).toBe(DESCRIPTION);
  });

  it('renders inline Markdown in task titles and shows their HTML as text', () => {
    const [markdown = '', hostile = ''] = taskCells();
    expect(markdown).toContain('<strong>bold</strong>');
    expect(markdown).toContain('<code>&#x3C;b>code&#x3C;/b></code>');
    expect(markdown).toContain('<a href="https://example.com/docs">a link</a>');
    expect(textOf(markdown)).toBe('<script>alert(1)</script> with bold, <b>code</b> and a link');
    expect(hostile).toContain('<a>bad link</a>');
    expect(textOf(hostile)).toBe('<img src=x onerror=alert(2)> and bad link and ]]> end');
  });

  it('shows raw HTML in the prose as text and drops javascript: links and images', () => {
    const html = read('2026/04/22/index.html');
    const text = textOf(html);
    expect(text).toContain('Intro with <script>alert(4)</script> and <img src=x onerror=alert(5)>.');
    expect(text).toContain(
      'A javascript link, a raw <a href=javascript:alert(7)>raw link</a>, an autolink javascript:alert(8), ' +
        'an image and the end of a CDATA section ]]> in text.',
    );
    expect(html).toContain('<a>javascript link</a>');
    expect(html).toContain('<img alt="pic">');
  });
});

describe('the page of a day written in YAML', () => {
  it('renders its intro and analysis through the same inert Markdown', () => {
    const html = read('2026/04/23/index.html');
    expect(textOf(html)).toContain('<script>alert(10)</script>');
    expect(html).toContain('<h2 id="analysis">Analysis</h2>');
    expect(html).toContain('<a>click</a>');
    expect(html).toContain('<em>Emphasis</em> in a YAML day');
  });
});

describe('private comments', () => {
  it('appear in no page and no feed', () => {
    for (const file of ['index.html', '2026/04/24/index.html', 'rss.xml', 'atom.xml', 'feed.json', 'data/days.json', 'data/tasks.csv']) {
      expect(read(file), file).not.toContain('private note');
    }
  });

  it('leave the first paragraph as the description, raw HTML shown as typed', () => {
    const html = read('2026/04/24/index.html');
    expect(attrsOf(element(html, 'meta[name="description"]')).content).toBe(FIRST_PARAGRAPH_TEXT);
    expect(textOf(html)).toContain('A task with a comment');
  });
});

describe('the RSS feed', () => {
  const xml = () => read('rss.xml');
  // htmlEntities: character references are decoded once, as XML says; entity-escaped HTML stays HTML.
  const channel = () => new XMLParser({ ignoreAttributes: false, htmlEntities: true, parseTagValue: false }).parse(xml()).rss.channel;
  const items = () => channel().item as { title: string; description: string; 'content:encoded': string }[];
  /** RSS titles and descriptions are HTML to most readers: this is what they show. */
  const shown = (html: string) => textOf(html);
  const item = (title: string) => items().find((candidate) => shown(candidate.title) === title);

  it('is well-formed XML with no raw CDATA end', () => {
    expect(xml()).not.toContain(']]>');
    expect(items()).toHaveLength(3);
  });

  it('carries titles and descriptions as text inside HTML: shown as typed, nothing runs', () => {
    const day = item(DAY_TITLE);
    expect(day).toBeDefined();
    expect(shown(day?.description ?? '')).toBe(DESCRIPTION);
    for (const { title, description = '' } of items()) {
      expect(activeContent(title), title).toEqual([]);
      expect(activeContent(description), description).toEqual([]);
    }
  });

  it('escapes a description taken from the first paragraph, and a title with markup, the same way', () => {
    const day = item('Plain <b>bold</b> & done');
    expect(day?.title).toBe('Plain &#x3C;b>bold&#x3C;/b> &#x26; done');
    expect(day?.description).toBe('Desc &#x3C;img src=x onerror=alert(14)> &#x26; more.');
  });

  it('escapes the site title and description as well', () => {
    expect(activeContent(channel().description)).toEqual([]);
    expect(shown(channel().description)).toBe(SITE_DESCRIPTION);
  });

  it('carries the posts with nothing that could run, inline Markdown intact', () => {
    for (const entry of items()) expect(activeContent(entry['content:encoded'])).toEqual([]);
    const day = item(DAY_TITLE)?.['content:encoded'] ?? '';
    expect(day).toContain('<strong>bold</strong>');
    expect(textOf(day)).toContain('<script>alert(1)</script> with bold');
    expect(textOf(day)).toContain('and the end of a CDATA section ]]> in text.');
  });
});

describe('Atom and JSON Feed', () => {
  const TITLES = ['Plain <b>bold</b> & done', 'Leverage Record: April 23, 2026', DAY_TITLE];
  const SUMMARIES = [FIRST_PARAGRAPH_TEXT, '', DESCRIPTION];

  it('carry titles and summaries as plain text (Atom type="text"), as typed', () => {
    const parser = new XMLParser({
      ignoreAttributes: false,
      htmlEntities: true,
      parseTagValue: false,
      isArray: (name) => name === 'entry',
    });
    const entries = parser.parse(read('atom.xml')).feed.entry as { title: unknown; summary: unknown }[];
    // A text element without a type attribute is type="text": the parser hands back a plain string.
    expect(entries.map(({ title }) => title)).toEqual(TITLES);
    expect(entries.map(({ summary }) => summary)).toEqual(SUMMARIES);
  });

  it('JSON Feed: titles and summaries are plain-text fields', () => {
    const items = (JSON.parse(read('feed.json')) as { items: { title: string; summary: string }[] }).items;
    expect(items.map(({ title }) => title)).toEqual(TITLES);
    expect(items.map(({ summary }) => summary)).toEqual(SUMMARIES);
  });
});
