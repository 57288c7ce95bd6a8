/** npm run size groups the built pages by type; each row is named as the comment on pageTypeOf says. */
import { describe, expect, it } from 'vitest';
import { pageTypeOf } from '../../scripts/lib/page-weight.ts';

describe('pageTypeOf', () => {
  it('names the home page, later index pages and posts', () => {
    expect(pageTypeOf('index.html')).toBe('index');
    expect(pageTypeOf('2/index.html')).toBe('index, later pages');
    expect(pageTypeOf('12/index.html')).toBe('index, later pages');
    expect(pageTypeOf('2026/04/22/index.html')).toBe('post');
  });

  it('names a file at the top by itself and any other page by its first folder', () => {
    expect(pageTypeOf('rss.xml')).toBe('rss.xml');
    expect(pageTypeOf('stats/index.html')).toBe('stats');
    expect(pageTypeOf('tags/agents/2/index.html')).toBe('tags');
  });
});
