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
import { htmlToText } from '../../src/lib/html-text.ts';
import { contentFolder, SITE_YAML } from '../support/content-folder.ts';
import { activeContent, elements } from '../support/html-elements.ts';
import { npmRun } from '../support/npm-run.ts';

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

const HOSTILE_SITE = SITE_YAML.replace('bio: Writes tests.', `bio: ${quoted('Writes <script>alert(12)</script> [tests](javascript:alert(13))')}`);

let content: string;
let out: string;
const read = (path: string) => readFileSync(join(out, path), 'utf8');

beforeAll(() => {
  content = contentFolder({ 'site.yaml': HOSTILE_SITE, 'days/2026-04-22.md': MARKDOWN_DAY, 'days/2026-04-23.yaml': YAML_DAY });
  out = join(content, 'dist');
  const build = npmRun('build', ['--outDir', out], { FULCRUM_CONTENT: content });
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

describe.each(['index.html', '2026/04/22/index.html', '2026/04/23/index.html'])('%s', (page) => {
  it('contains nothing that could run', () => {
    expect(activeContent(read(page))).toEqual([]);
  });
});

describe('structured data (JSON-LD) on the hostile day', () => {
  it('is one JSON block that carries the title as data and cannot be closed early', () => {
    const html = read('2026/04/22/index.html');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).not.toMatch(/</);
    expect((JSON.parse(blocks[0] ?? '') as { headline: string }).headline).toBe(DAY_TITLE);
  });
});

describe('the page of a day written in Markdown', () => {
  const taskCells = () => [...read('2026/04/22/index.html').matchAll(/<th scope="row" class="task">([\s\S]*?)<\/th>/g)].map((m) => m[1] ?? '');

  it('shows the day title and description as typed', () => {
    const html = read('2026/04/22/index.html');
    expect(htmlToText(/<h1>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '')).toBe(DAY_TITLE);
    expect(htmlToText(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '')).toBe(`${DAY_TITLE} · Test Notes`);
    const meta = elements(html).find(({ tag, attributes }) => tag === 'meta' && attributes.name === 'description');
    expect(meta?.attributes.content).toBe(DESCRIPTION);
  });

  it('renders inline Markdown in task titles and shows their HTML as text', () => {
    const [markdown = '', hostile = ''] = taskCells();
    expect(markdown).toContain('<strong>bold</strong>');
    expect(markdown).toContain('<code>&#x3C;b>code&#x3C;/b></code>');
    expect(markdown).toContain('<a href="https://example.com/docs">a link</a>');
    expect(htmlToText(markdown)).toBe('<script>alert(1)</script> with bold, <b>code</b> and a link');
    expect(hostile).toContain('<a>bad link</a>');
    expect(htmlToText(hostile)).toBe('<img src=x onerror=alert(2)> and bad link and ]]> end');
  });

  it('shows raw HTML in the prose as text and drops javascript: links and images', () => {
    const html = read('2026/04/22/index.html');
    const text = htmlToText(html);
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
    expect(htmlToText(html)).toContain('<script>alert(10)</script>');
    expect(html).toContain('<h2 id="analysis">Analysis</h2>');
    expect(html).toContain('<a>click</a>');
    expect(html).toContain('<em>Emphasis</em> in a YAML day');
  });
});

describe('the feed', () => {
  const xml = () => read('rss.xml');
  const items = () => {
    const feed = new XMLParser({ ignoreAttributes: false, htmlEntities: true }).parse(xml());
    return feed.rss.channel.item as { title: string; description: string; 'content:encoded': string }[];
  };

  it('is well-formed XML with no raw CDATA end', () => {
    expect(xml()).not.toContain(']]>');
    expect(items()).toHaveLength(2);
  });

  it('carries titles and descriptions as text', () => {
    const day = items().find((item) => item.title === DAY_TITLE);
    expect(day?.description).toBe(DESCRIPTION);
  });

  it('carries the posts with nothing that could run, inline Markdown intact', () => {
    for (const item of items()) expect(activeContent(item['content:encoded'])).toEqual([]);
    const day = items().find((item) => item.title === DAY_TITLE)?.['content:encoded'] ?? '';
    expect(day).toContain('<strong>bold</strong>');
    expect(htmlToText(day)).toContain('<script>alert(1)</script> with bold');
    expect(htmlToText(day)).toContain('and the end of a CDATA section ]]> in text.');
  });
});
