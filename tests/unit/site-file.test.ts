/** content/site.yaml: every mistake at its line and column, and a missing file said plainly. */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/source/diagnostic.ts';
import { parseSiteFile } from '../../src/lib/schema/site-file.ts';

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
    expect(result.site).toMatchObject({ language: 'en', aiName: 'Claude', postsPerPage: 10, tasksPerTagPage: 50, feedItems: 12 });
  });

  it('takes the number of feed items from feedItems, a whole number of at least 1', () => {
    expect(parseSiteFile(FILE, new TextEncoder().encode(`${SITE}feedItems: 2\n`)).site).toMatchObject({ feedItems: 2 });
    expect(check(`${SITE}feedItems: 0\n`)).toEqual(['content/site.yaml:11:12 error feedItems: must be at least 1; write feedItems: 12']);
  });

  it('measures agent logs with a 10-minute supervision cap and every kind of token unless agentLogs says otherwise', () => {
    // 10m is 60,000 centiseconds; 5m is 30,000.
    expect(parseSiteFile(FILE, new TextEncoder().encode(SITE)).site?.agentLogs).toEqual({
      supervisionGapCap: 60_000,
      tokens: ['input', 'output', 'cacheWrites', 'cacheReads'],
    });
    const set = `${SITE}agentLogs:\n  supervisionGapCap: 5m\n  tokens: [input, output]\n`;
    expect(parseSiteFile(FILE, new TextEncoder().encode(set)).site?.agentLogs).toEqual({
      supervisionGapCap: 30_000,
      tokens: ['input', 'output'],
    });
    const partly = `${SITE}agentLogs:\n  tokens: []\n`;
    expect(parseSiteFile(FILE, new TextEncoder().encode(partly)).site?.agentLogs).toEqual({ supervisionGapCap: 60_000, tokens: [] });
  });

  it('says what to write for a cap without a unit and a kind of token it does not know', () => {
    expect(check(`${SITE}agentLogs:\n  supervisionGapCap: 10\n  tokens: [input, cache_reads, words]\n`)).toEqual([
      'content/site.yaml:12:22 error agentLogs.supervisionGapCap: "10" has no unit; write 10m (minutes) or 0.2h (hours)',
      'content/site.yaml:13:19 error agentLogs.tokens[2]: "cache_reads" is not a kind of token; write cacheReads',
      'content/site.yaml:13:32 error agentLogs.tokens[3]: "words" is not a kind of token; write one of input, output, cacheWrites or cacheReads',
    ]);
    expect(check(`${SITE}agentLogs:\n  tokens: input\n`)).toEqual([
      'content/site.yaml:12:11 error agentLogs.tokens: "input" is not a list; write tokens: [input, output, cacheWrites, cacheReads]',
    ]);
  });

  it('says so when the file does not exist', () => {
    expect(parseSiteFile(FILE, undefined).diagnostics.map(formatDiagnostic)).toEqual([
      'content/site.yaml:1:1 error the site settings file is missing; create content/site.yaml with title, description, url, timeZone, author and footer (see docs/site-settings.md)',
    ]);
  });

  it('reports each bad value at its line and column', () => {
    const broken = SITE.replace('https://example.com/', 'example.com')
      .replace('Europe/Berlin', 'Berlin time')
      .replace('title: Field Notes\n', 'title: Field Notes\nlanguage: en US\npostsPerPage: 0\ntasksPerTagPage: 2.5\n');
    expect(check(broken)).toEqual([
      'content/site.yaml:2:11 error language: "en US" is not a language tag; write one such as language: en, en-GB or de',
      'content/site.yaml:3:15 error postsPerPage: must be at least 1; write postsPerPage: 10',
      'content/site.yaml:4:18 error tasksPerTagPage: must be a whole number; write tasksPerTagPage: 50',
      'content/site.yaml:6:6 error url: "example.com" is not an absolute web address; write url: https://example.com/',
      'content/site.yaml:7:11 error timeZone: "Berlin time" is not a time zone; write an IANA name such as timeZone: Europe/Berlin or UTC',
    ]);
  });

  it.each([
    // A space or %20 in the base path built a site whose day pages failed ("Missing parameter: date").
    ['https://example.com/my blog/', 'has a space in its path, which a base path cannot hold; write url: https://example.com/my-blog/'],
    ['https://example.com/my%20blog/', 'has a space in its path, which a base path cannot hold; write url: https://example.com/my-blog/'],
    [
      'https://example.com/blög/',
      'has "ö" in its path; a base path holds only letters a–z, digits, "-", ".", "_" and "~"; write url: https://example.com/bl-g/',
    ],
    // Credentials and queries would be copied into every page, feed and data/days.json.
    [
      'https://ada:secret@example.com/blog/',
      'holds a user name or password, which every page and feed would publish; write url: https://example.com/blog/',
    ],
    [
      'https://example.com/?utm_source=feed',
      'has a query (?utm_source=feed), which a site’s address cannot have; write url: https://example.com/',
    ],
    ['https://example.com/blog/#top', 'has a fragment (#top), which a site’s address cannot have; write url: https://example.com/blog/'],
  ])('refuses url: %s as the site’s address', (url, message) => {
    expect(check(SITE.replace('https://example.com/', JSON.stringify(url)))).toEqual([
      `content/site.yaml:3:6 error url: ${JSON.stringify(url)} ${message}`,
    ]);
  });

  it('accepts a base path of letters, digits, "-", ".", "_" and "~", and a port', () => {
    for (const url of ['https://example.com/~ada/field-notes_2.0/', 'http://localhost:4321/blog/']) {
      expect(check(SITE.replace('https://example.com/', url)), url).toEqual([]);
    }
  });

  it('still takes any web address for the footer’s link, query and all', () => {
    const withLink = `${SITE}  link:\n    label: Book a call\n    url: https://cal.example.com/ada?duration=30#slots\n`;
    expect(check(withLink)).toEqual([]);
  });

  describe('icon: the author’s own icon, a file in the content folder', () => {
    const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle cx="4" cy="4" r="4" fill="#e07000"/></svg>';
    const files: Record<string, string> = { 'icon.svg': SVG, 'icons/mark.svg': SVG, 'icon.png': 'GIF89a, not a PNG' };
    const asset = (path: string) => ({ file: `content/${path}`, bytes: path in files ? new TextEncoder().encode(files[path]) : undefined });
    const withIcon = (icon: string) =>
      parseSiteFile(FILE, new TextEncoder().encode(`${SITE}icon: ${icon}\n`), asset).diagnostics.map(formatDiagnostic);

    it('accepts an SVG or PNG there, in a subfolder too', () => {
      expect(withIcon('icon.svg')).toEqual([]);
      expect(withIcon('icons/mark.svg')).toEqual([]);
      expect(parseSiteFile(FILE, new TextEncoder().encode(`${SITE}icon: icon.svg\n`), asset).site).toMatchObject({ icon: 'icon.svg' });
    });

    it.each([
      [
        'logo.svg',
        'content/site.yaml:11:7 error icon: content/logo.svg does not exist; put your icon there, or remove icon: to use Fulcrum’s',
      ],
      ['icon.png', 'content/site.yaml:11:7 error icon: content/icon.png is not a PNG image'],
      [
        'favicon.ico',
        'content/site.yaml:11:7 error icon: "favicon.ico" is neither an SVG nor a PNG file; write icon: icon.svg or icon.png',
      ],
      [
        '/home/ada/icon.svg',
        'content/site.yaml:11:7 error icon: "/home/ada/icon.svg" is outside the content folder; put the file in the content folder and write icon: icon.svg',
      ],
      [
        '../icon.svg',
        'content/site.yaml:11:7 error icon: "../icon.svg" is outside the content folder; put the file in the content folder and write icon: icon.svg',
      ],
    ])('refuses icon: %s', (icon, message) => {
      expect(withIcon(icon)).toEqual([message]);
    });
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
