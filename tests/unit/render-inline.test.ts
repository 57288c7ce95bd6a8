/** Task titles: one line of inline Markdown, never a block, never live HTML. */
import { describe, expect, it } from 'vitest';
import { renderInlineMarkdown } from '../../src/markdown/render.ts';

describe('renderInlineMarkdown', () => {
  it('renders code, emphasis and links', async () => {
    expect(await renderInlineMarkdown('Fix `parse()` *quickly*, see [the issue](https://example.com/1)')).toBe(
      'Fix <code>parse()</code> <em>quickly</em>, see <a href="https://example.com/1">the issue</a>',
    );
  });

  it('shows a title that starts with an HTML block tag as text and still renders the Markdown after it', async () => {
    expect(await renderInlineMarkdown('<script>alert(1)</script> with **bold**')).toBe(
      '&#x3C;script>alert(1)&#x3C;/script> with <strong>bold</strong>',
    );
    expect(await renderInlineMarkdown('<div onclick=alert(1)>x</div> and `code`')).toBe(
      '&#x3C;div onclick=alert(1)>x&#x3C;/div> and <code>code</code>',
    );
  });

  it('keeps a title from becoming a heading, quote or list', async () => {
    expect(await renderInlineMarkdown('# not a heading')).toBe('# not a heading');
    expect(await renderInlineMarkdown('> not a quote')).toBe('> not a quote');
    expect(await renderInlineMarkdown('1. not a list')).toBe('1. not a list');
  });

  it('removes javascript: links but keeps their text', async () => {
    expect(await renderInlineMarkdown('[bad link](javascript:alert(1))')).toBe('<a>bad link</a>');
  });
});
