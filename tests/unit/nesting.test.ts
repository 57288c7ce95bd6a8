/**
 * Absurdly nested Markdown (1,000 list levels, 3,000 quote markers in 3 KB)
 * is refused by the check at its file and line before anything parses it,
 * and nothing that renders or scans Markdown runs out of stack on it.
 * Nesting is counted in levels: each quote, list, emphasis, link or
 * struck-out span inside another is one more; 32 are allowed.
 */
import { describe, expect, it } from 'vitest';
import { checkProse } from '../../src/lib/project/check-project.ts';
import { scanProse } from '../../src/lib/source/prose-scan.ts';
import { formatDiagnostic } from '../../src/lib/source/diagnostic.ts';
import { parseDayFile } from '../../src/lib/schema/day-file.ts';
import { renderInlineMarkdownAll, renderMarkdown } from '../../src/lib/markdown/render-markdown.ts';
import { markdownHtml } from '../support/markdown-html.ts';
import { SETTINGS } from '../support/prose-corpus.ts';

const FILE = 'content/days/2026-04-22.md';
const FRONT = '---\ndate: 2026-04-22\ntasks:\n  - title: Fix the form\n    human: 1h\n    ai: 17m\n    supervision: 2m\n---\n';
/** The prose starts on line 9. */
const check = (prose: string) => parseDayFile(FILE, new TextEncoder().encode(FRONT + prose)).diagnostics.map(formatDiagnostic);

const nestedList = (levels: number) =>
  Array.from({ length: levels }, (_, level) => `${'  '.repeat(level)}- level ${level + 1}`).join('\n') + '\n';

describe('the check, before parsing', () => {
  it('refuses a list nested 1,000 levels deep at the line of level 33', () => {
    expect(check(`Intro.\n\n${nestedList(1000)}`)).toEqual([
      'content/days/2026-04-22.md:43:1 error prose: quotes and lists are nested 33 levels deep here; at most 32 are allowed: flatten them',
    ]);
  });

  it('refuses 3,000 quote markers on one line, with or without spaces', () => {
    expect(check(`${'>'.repeat(3000)} deep\n`)).toEqual([
      'content/days/2026-04-22.md:9:1 error prose: quotes and lists are nested 3000 levels deep here; at most 32 are allowed: flatten them',
    ]);
    expect(check(`Text.\n${'> '.repeat(40)}deep\n`)).toEqual([
      'content/days/2026-04-22.md:10:1 error prose: quotes and lists are nested 40 levels deep here; at most 32 are allowed: flatten them',
    ]);
  });

  it('refuses list markers stacked on one line, and lists inside quotes inside lists', () => {
    expect(check(`${'- '.repeat(1000)}x\n`)).toEqual([
      'content/days/2026-04-22.md:9:1 error prose: quotes and lists are nested 1000 levels deep here; at most 32 are allowed: flatten them',
    ]);
    expect(check(`${'1. > '.repeat(20)}x\n`)).toEqual([
      'content/days/2026-04-22.md:9:1 error prose: quotes and lists are nested 40 levels deep here; at most 32 are allowed: flatten them',
    ]);
  });

  it('refuses 3,000 nested brackets (links or images inside each other)', () => {
    expect(check(`Text ${'!['.repeat(3000)}x${'](u)'.repeat(3000)}\n`)).toEqual([
      'content/days/2026-04-22.md:9:1 error prose: brackets [ ] are nested 3000 levels deep here; at most 32 are allowed: close them, or write \\[ for a bracket that is text',
    ]);
  });

  it('refuses it in a YAML day’s prose at its line in the file', () => {
    const yaml = `date: 2026-04-22\ntasks:\n  - title: A\n    human: 1h\n    ai: 17m\n    supervision: 2m\nintro: |\n  Intro.\n  ${'>'.repeat(50)} deep\n`;
    expect(parseDayFile('content/days/2026-04-22.yaml', new TextEncoder().encode(yaml)).diagnostics.map(formatDiagnostic)).toEqual([
      'content/days/2026-04-22.yaml:9:3 error intro: quotes and lists are nested 50 levels deep here; at most 32 are allowed: flatten them',
    ]);
  });

  it('leaves ordinary nesting alone: a list five deep, lists in quotes, code, a thematic break', () => {
    const prose = [
      nestedList(5),
      '> A quote with a list:',
      '> - one',
      '>   - two',
      '',
      '```',
      `${'> '.repeat(40)}code is not nested`,
      '```',
      '',
      '- - -',
      '',
      '* * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * *',
      '',
    ].join('\n');
    expect(check(prose)).toEqual([]);
  });

  it('counts only what is still open: 40 sibling items at the same level are one level', () => {
    expect(check(Array.from({ length: 40 }, (_, n) => `- item ${n}\n  - child`).join('\n') + '\n')).toEqual([]);
  });
});

describe('the prose check, after parsing', () => {
  const day = (prose: string) => {
    const result = parseDayFile(FILE, new TextEncoder().encode(FRONT + prose));
    if (!result.day) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
    return result.day;
  };

  it('refuses emphasis nested 1,500 levels deep, where level 33 opens', () => {
    // 3,000 asterisks on each side pair up as 1,500 strong emphases, two characters each: level 33 opens at column 65.
    expect(checkProse([day(`${'*'.repeat(3000)}x${'*'.repeat(3000)}\n`)], SETTINGS).map(formatDiagnostic)).toEqual([
      'content/days/2026-04-22.md:9:65 error prose: Markdown is nested more than 32 levels deep here (quotes, lists, emphasis, links or struck-out text inside each other); flatten it',
    ]);
  });

  it('scans such prose without running out of stack', () => {
    expect(scanProse(`${'~~a '.repeat(400)}x${' a~~'.repeat(400)}\n`).tooDeep).toBe(128);
  });
});

describe('rendering', () => {
  it('refuses with the line rather than running out of stack', async () => {
    await expect(renderMarkdown(`Fine.\n\n${'*'.repeat(3000)}x${'*'.repeat(3000)}\n`)).rejects.toThrow(
      'Markdown is nested more than 32 levels deep at line 3, column 65',
    );
    await expect(renderInlineMarkdownAll([`${'_'.repeat(100)}x${'_'.repeat(100)}`])).rejects.toThrow('nested more than 32 levels deep');
  });

  it('renders nesting within the limit', async () => {
    expect(await markdownHtml('> > > deep\n')).toBe(
      '<blockquote>\n<blockquote>\n<blockquote>\n<p>deep</p>\n</blockquote>\n</blockquote>\n</blockquote>',
    );
  });
});

describe('a task title', () => {
  it('is refused at the title when its emphasis nests too deep', () => {
    const title = `"${'*'.repeat(100)}x${'*'.repeat(100)}"`;
    const text = FRONT.replace('title: Fix the form', `title: ${title}`);
    expect(parseDayFile(FILE, new TextEncoder().encode(text)).diagnostics.map(formatDiagnostic)).toEqual([
      'content/days/2026-04-22.md:4:12 error tasks[1].title: Markdown is nested more than 32 levels deep here (quotes, lists, emphasis, links or struck-out text inside each other); flatten it',
    ]);
  });

  it('with plenty of emphasis that does not nest is fine', () => {
    const text = FRONT.replace('title: Fix the form', `title: "${'*a* '.repeat(40)}"`);
    expect(parseDayFile(FILE, new TextEncoder().encode(text)).diagnostics).toEqual([]);
  });
});
