import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { firstParagraphText } from '../../src/lib/published/description.ts';

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
