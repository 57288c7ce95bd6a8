/** content/site.yaml: every mistake at its line and column, and a missing file said plainly. */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/source/diagnostic.ts';
import { parseSiteFile } from '../../src/lib/source/site-file.ts';

const FILE = 'content/site.yaml';

const SITE = `title: Field Notes
description: Daily records of work done with an AI agent
url: https://example.com/
timeZone: Europe/Berlin
author:
  name: Ada Example
  bio: Builds things.
footer:
  heading: Work with me
  body: Get in touch.
`;

function check(text: string): string[] {
  return parseSiteFile(FILE, new TextEncoder().encode(text)).diagnostics.map(formatDiagnostic);
}

describe('site.yaml', () => {
  it('accepts a complete file and fills in the defaults', () => {
    const result = parseSiteFile(FILE, new TextEncoder().encode(SITE));
    expect(result.diagnostics).toEqual([]);
    expect(result.site).toMatchObject({ language: 'en', aiName: 'Claude', postsPerPage: 10, feedItems: 50 });
  });

  it('takes the number of feed items from feedItems, a whole number of at least 1', () => {
    expect(parseSiteFile(FILE, new TextEncoder().encode(`${SITE}feedItems: 2\n`)).site).toMatchObject({ feedItems: 2 });
    expect(check(`${SITE}feedItems: 0\n`)).toEqual(['content/site.yaml:11:12 error feedItems: must be at least 1; write feedItems: 50']);
  });

  it('says so when the file does not exist', () => {
    expect(parseSiteFile(FILE, undefined).diagnostics.map(formatDiagnostic)).toEqual([
      'content/site.yaml:1:1 error the site settings file is missing; create content/site.yaml with title, description, url, timeZone, author and footer (see README.md)',
    ]);
  });

  it('reports each bad value at its line and column', () => {
    const broken = SITE.replace('https://example.com/', 'example.com')
      .replace('Europe/Berlin', 'Berlin time')
      .replace('title: Field Notes\n', 'title: Field Notes\nlanguage: en US\npostsPerPage: 0\n');
    expect(check(broken)).toEqual([
      'content/site.yaml:2:11 error language: "en US" is not a language tag; write one such as language: en, en-GB or de',
      'content/site.yaml:3:15 error postsPerPage: must be at least 1; write postsPerPage: 10',
      'content/site.yaml:5:6 error url: "example.com" is not an absolute web address; write url: https://example.com/',
      'content/site.yaml:6:11 error timeZone: "Berlin time" is not a time zone; write an IANA name such as timeZone: Europe/Berlin or UTC',
    ]);
  });

  it('reports missing blocks and keys, and suggests known keys', () => {
    const broken = SITE.replace('  bio: Builds things.\n', '').replace(/footer:[\s\S]*$/, 'titel: Notes\n');
    expect(check(broken)).toEqual([
      'content/site.yaml:1:1 error footer: footer is missing; add the footer: block with heading, body, link indented below it',
      'content/site.yaml:6:3 error author.bio: bio is missing; add bio: "One or two sentences in Markdown"',
      'content/site.yaml:7:1 error titel: unknown key "titel"; did you mean title?',
    ]);
  });

  it('reports a syntax error', () => {
    expect(check(SITE.replace('heading: Work with me', 'heading: Work with me: now'))).toEqual([
      'content/site.yaml:9:12 error footer.heading: the heading contains ": ", which YAML reads as another key; put it in quotes: heading: "Work with me: now"',
    ]);
  });

  it('reports a file that is a list', () => {
    expect(check('- title: Field Notes\n')).toEqual([
      'content/site.yaml:1:1 error site.yaml is written as a list (lines starting with "- "); its top level must be keys such as title:, url: and author:, each at the start of a line',
    ]);
  });

  it('rejects bytes that are not UTF-8', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('title: Caf'), 0xe9, 0x0a]);
    expect(parseSiteFile(FILE, bytes).diagnostics.map(formatDiagnostic)).toEqual([
      'content/site.yaml:1:11 error the byte at offset 10 (0xE9) is not UTF-8 text; the file was probably saved in another encoding (such as Windows-1252): save it as UTF-8 and re-type the character here',
    ]);
  });
});

describe('control characters in site.yaml', () => {
  it('are refused in any setting at the character, raw or escaped; the Markdown settings may hold tabs and line breaks', () => {
    const text = SITE.replace('title: Field Notes', 'title: "Field \\x1b[1mNotes"')
      .replace('  name: Ada Example', '  name: "Ada\tExample"')
      .replace('  bio: Builds things.', '  bio: |\n    Builds things.\n    Second\tline.')
      .replace('  heading: Work with me', `  heading: Work ${'\u0085'}with me`);
    expect(check(text)).toEqual([
      'content/site.yaml:1:15 error title: the text contains U+001B (escape, left by a pasted terminal colour code), a control character that pages and feeds cannot carry; delete it',
      'content/site.yaml:6:13 error author.name: the text contains a tab, but this is one line of text; replace the tab with a space',
      'content/site.yaml:11:17 error footer.heading: the text contains U+0085, a control character that pages and feeds cannot carry; delete it',
    ]);
  });
});
