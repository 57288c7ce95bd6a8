import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../src/lib/html-text.ts';
import { firstParagraphText } from '../../src/lib/published/description.ts';

describe('decodeEntities', () => {
  it('decodes the named entities our Markdown pipeline writes', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;')).toBe('a & b <c> "d" \'e\'');
    expect(decodeEntities('x&nbsp;y')).toBe('x\u00a0y');
  });

  it('decodes decimal and hexadecimal references', () => {
    expect(decodeEntities('&#39;&#x27;&#X27;&#8217;&#x1F600;')).toBe("'''\u2019\u{1F600}");
  });

  it('decodes once: an escaped entity stays an entity', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });

  it('knows every name HTML does, and leaves unknown names alone', () => {
    expect(decodeEntities('&copy; &bogus; & alone')).toBe('© &bogus; & alone');
  });
});

describe('htmlToText', () => {
  it('drops tags, decodes, and collapses whitespace', () => {
    expect(htmlToText('<p>Fix <code>&lt;Suspense&gt;</code>\n  in the   <em>sidebar</em></p>\n')).toBe('Fix <Suspense> in the sidebar');
  });

  it('does not treat decoded text as tags', () => {
    expect(htmlToText('&lt;b&gt;bold&lt;/b&gt;')).toBe('<b>bold</b>');
  });
});

describe('firstParagraphText', () => {
  const text = (html: string) => firstParagraphText(fromHtml(html, { fragment: true }));

  it('is the text of the first paragraph only', () => {
    const html = '<h2>Heading</h2>\n<p>First <a href="/x">link</a> &amp; more.</p>\n<p>Second.</p>';
    expect(text(html)).toBe('First link & more.');
  });

  it('spans lines inside the paragraph', () => {
    expect(text('<p>one\ntwo</p>')).toBe('one two');
  });

  it('is empty when there is no paragraph', () => {
    expect(text('<ul><li>item</li></ul>')).toBe('');
    expect(text('')).toBe('');
  });

  it('is the author’s first paragraph, not the generated summary placed before it', () => {
    expect(text('<p class="data-summary" dir="auto">Four tasks.</p>\n<p>The author’s words.</p>')).toBe('The author’s words.');
  });
});
