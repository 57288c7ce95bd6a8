/**
 * HTML comments in an author's Markdown are private notes: they are left out
 * of everything rendered (pages, feeds, the description taken from the first
 * paragraph), while every other piece of raw HTML still shows as typed. A
 * comment that is never closed would show the note and everything after it,
 * so the check refuses it.
 */
import { describe, expect, it } from 'vitest';
import { checkProse } from '../../src/lib/project/check-project.ts';
import { firstParagraphText } from '../../src/lib/published/description.ts';
import { formatDiagnostic } from '../../src/lib/source/diagnostic.ts';
import { markdownWithoutComments, renderMarkdown } from '../../src/lib/markdown/render-markdown.ts';
import { inlineHtml, markdownHtml } from '../support/markdown-html.ts';
import { parsed, SETTINGS } from '../support/prose-corpus.ts';

describe('rendering', () => {
  it('drops a comment inside a paragraph, on one line or several', async () => {
    expect(await markdownHtml('Before <!-- private inline --> after.\n')).toBe('<p>Before  after.</p>');
    expect(await markdownHtml('One <!-- a note\nover two lines --> two.\n')).toBe('<p>One  two.</p>');
  });

  it('drops a comment that stands as a block, and keeps text after its end on the same line', async () => {
    expect(await markdownHtml('<!-- private block -->\n\nNext.\n')).toBe('<p>Next.</p>');
    expect(await markdownHtml('<!--\nmany\nlines\n-->\nNext.\n')).toBe('<p>Next.</p>');
    expect(await markdownHtml('<!-- a --> tail <b>bold</b>\n\nNext.\n')).toBe(' tail &#x3C;b>bold&#x3C;/b>\n<p>Next.</p>');
  });

  it('drops a comment inside raw HTML, which still shows as typed', async () => {
    expect(await markdownHtml('<div>\n<!-- inside -->\nshown\n</div>\n')).toBe('&#x3C;div>\n\nshown\n&#x3C;/div>');
  });

  it('shows the text of a <script> as typed, comment-like or not: it holds no comments', async () => {
    expect(await markdownHtml('<script><!-- x --></script>\n')).toBe('&#x3C;script>&#x3C;!-- x -->&#x3C;/script>');
  });

  it('drops a comment in a task title', async () => {
    expect(await inlineHtml('Fix <!-- why: see ticket --> the login form')).toBe('Fix  the login form');
  });

  it('keeps comments out of the description taken from the first paragraph', async () => {
    expect(firstParagraphText(await renderMarkdown('<!-- draft: rewrite -->\nThe day <!-- really? --> went well.\n'))).toBe(
      'The day went well.',
    );
  });

  it('shows an unclosed comment as typed (the check refuses it before any build)', async () => {
    expect(await markdownHtml('Text.\n\n<!-- never closed\n\nMore.\n')).toBe('<p>Text.</p>\n&#x3C;!-- never closed\n\nMore.\n');
  });
});

describe('the check', () => {
  const day = (prose: string) =>
    parsed(
      'content/days/2026-04-23.md',
      `---\ndate: 2026-04-23\ntasks:\n  - title: A\n    human: 2h\n    ai: 10m\n    supervision: 1m\n---\n${prose}`,
    );

  it('accepts closed comments', () => {
    expect(checkProse([day('Hi <!-- note --> there.\n\n<!-- block -->\n')], SETTINGS)).toEqual([]);
  });

  it('refuses a comment opened inside a paragraph and never closed, which would show as typed', () => {
    expect(checkProse([day('Some text <!-- the client is late, never closed.\n')], SETTINGS).map(formatDiagnostic)).toEqual([
      'content/days/2026-04-23.md:9:11 error comment: this HTML comment is never closed, so it and everything after it would show on the page; end it with -->',
    ]);
  });

  it('leaves <!-- alone in code, or escaped as text', () => {
    expect(checkProse([day('Write `<!--` to open a comment, or \\<!-- and &lt;!-- for the text.\n')], SETTINGS)).toEqual([]);
  });

  it('refuses a comment that is never closed, where it opens', () => {
    expect(checkProse([day('Intro.\n\nSome text.\n<!-- private: the client is late\n\nMore.\n')], SETTINGS).map(formatDiagnostic)).toEqual([
      'content/days/2026-04-23.md:12:1 error comment: this HTML comment is never closed, so it and everything after it would show on the page; end it with -->',
    ]);
  });
});

describe('Markdown published as written (a task title in the open data)', () => {
  it('loses its comments and keeps everything else, code included', () => {
    expect(markdownWithoutComments('Fix <!-- why: see ticket --> the `<!-- kept -->` form')).toBe('Fix  the `<!-- kept -->` form');
    expect(markdownWithoutComments('No comment here')).toBe('No comment here');
  });
});
