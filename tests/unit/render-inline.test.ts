/** Task titles: one line of inline Markdown, never a block, never live HTML. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDayFile } from '../../src/lib/schema/day-file.ts';
import { renderInlineMarkdownAll } from '../../src/lib/markdown/render-markdown.ts';
import { inlineHtml, renderTitleAlone } from '../support/markdown-html.ts';
import { SAMPLE_CONTENT, sampleFile } from '../support/npm-run.ts';

describe('a task title rendered alone', () => {
  it('renders code, emphasis and links', async () => {
    expect(await inlineHtml('Fix `parse()` *quickly*, see [the issue](https://example.com/1)')).toBe(
      'Fix <code>parse()</code> <em>quickly</em>, see <a href="https://example.com/1">the issue</a>',
    );
  });

  it('shows a title that starts with an HTML block tag as text and still renders the Markdown after it', async () => {
    expect(await inlineHtml('<script>alert(1)</script> with **bold**')).toBe(
      '&#x3C;script>alert(1)&#x3C;/script> with <strong>bold</strong>',
    );
    expect(await inlineHtml('<div onclick=alert(1)>x</div> and `code`')).toBe(
      '&#x3C;div onclick=alert(1)>x&#x3C;/div> and <code>code</code>',
    );
  });

  it('keeps a title from becoming a heading, quote or list', async () => {
    expect(await inlineHtml('# not a heading')).toBe('# not a heading');
    expect(await inlineHtml('> not a quote')).toBe('> not a quote');
    expect(await inlineHtml('1. not a list')).toBe('1. not a list');
  });

  it('removes javascript: links but keeps their text', async () => {
    expect(await inlineHtml('[bad link](javascript:alert(1))')).toBe('<a>bad link</a>');
  });
});

describe('renderInlineMarkdownAll', () => {
  const sampleTitles = readdirSync(join(SAMPLE_CONTENT, 'days')).flatMap((name) => {
    const file = `content/days/${name}`;
    return parseDayFile(file, readFileSync(sampleFile(file))).day?.frontmatter.tasks.map((task) => task.title) ?? [];
  });
  const tricky = [
    'Plain words only',
    'It\'s the "quoted" one -- with dashes --- and dots...',
    'Docs site: fix the colon',
    'TODO:fix a directive-like word, ratio 3:1',
    'see www.example.com and ada@example.com',
    'https://example.com/a',
    '-x and --y',
    '# not a heading',
    '1. not a list',
    '+ not a list either',
    'two  spaces, a tab\tand NBSP\u00a0here',
    'a <b>tag</b>, &amp; an entity, `code` and *emphasis*',
    'ends with a colon:',
    '26',
  ];

  it('gives each title exactly what rendering it on its own gives', async () => {
    const titles = [...sampleTitles, ...tricky];
    expect(sampleTitles.length).toBeGreaterThan(40);
    const together = await renderInlineMarkdownAll(titles);
    const alone = await Promise.all(titles.map((title) => renderTitleAlone(title)));
    expect(together).toEqual(alone);
  });

  it('makes a title without Markdown one text node, with the typographer’s punctuation', async () => {
    expect(await renderInlineMarkdownAll(['Plain words only', 'It\'s the "quoted" one -- with dashes --- and dots...'])).toEqual([
      [{ type: 'text', value: 'Plain words only' }],
      [{ type: 'text', value: 'It’s the “quoted” one – with dashes — and dots…' }],
    ]);
  });
});
