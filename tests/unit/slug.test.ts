/**
 * One rule turns tags into addresses across the site: every distinct tag
 * gets its own address, in any script; c, c++ and c# stay apart; tags that
 * still share one are reported. Heading anchors follow GitHub's rule.
 */
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/schema/tags.ts';
import { groupByTag } from '../../src/lib/metrics/tag-groups.ts';
import { effectiveTags } from '../../src/lib/schema/tags.ts';
import { formatDiagnostic } from '../../src/lib/source/diagnostic.ts';
import { checkDayFiles } from '../../src/lib/project/check-project.ts';
import { markdownHtml } from '../support/markdown-html.ts';

describe('slugify', () => {
  it.each([
    ['инфраструктура', 'инфраструктура'],
    ['インフラ', 'インフラ'],
    ['υποδομή', 'υποδομή'],
    ['Английский', 'английский'],
    ['c', 'c'],
    ['c++', 'c-plus-plus'],
    ['C#', 'c-sharp'],
    ['F# scripts', 'f-sharp-scripts'],
    ['Course Platform', 'course-platform'],
    ['course-platform', 'course-platform'],
    ['Café', 'cafe'],
    ['Übersetzung', 'ubersetzung'],
    ['straße', 'straße'],
    ['Node.js', 'node-js'],
    ['ＣＬＩ', 'cli'],
    ['ﾊﾞｸﾞ', 'バグ'],
    ['🚀 launch', '🚀-launch'],
    ['  -- what? --  ', 'what'],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('gives the three non-Latin words of the issue three addresses', () => {
    expect(new Set(['инфраструктура', 'インフラ', 'υποδομή'].map(slugify)).size).toBe(3);
  });
});

describe('tags', () => {
  const task = (tags: string[]) => ({ human: 6000, ai: 600, supervision: 0, tags });

  it('keeps c, c++ and c# apart, and the non-Latin tags apart', () => {
    const groups = groupByTag([task(['c']), task(['c++']), task(['c#']), task(['инфраструктура']), task(['インフラ']), task(['υποδομή'])]);
    expect(groups.map(({ slug, name }) => [slug, name])).toEqual([
      ['c', 'c'],
      ['c-plus-plus', 'c++'],
      ['c-sharp', 'c#'],
      ['υποδομή', 'υποδομή'],
      ['инфраструктура', 'инфраструктура'],
      ['インフラ', 'インフラ'],
    ]);
  });

  it("sums each tag's tasks into its totals and keeps its tasks in the order given", () => {
    // a: 1h in 10m (sup 2m) and 30m in 5m (sup 0m) → 90m in 15m = 6.0x; 90m / 2m = 45.0x.
    // b: 1h in 10m (sup 2m) and 20m in 3m (sup 1m) → 80m in 13m = 6.15… → 6.2x; 80m / 3m = 26.66… → 26.7x.
    const first = { human: 60 * 6000, ai: 10 * 6000, supervision: 2 * 6000, tags: ['a', 'b'] };
    const second = { human: 30 * 6000, ai: 5 * 6000, supervision: 0, tags: ['a'] };
    const third = { human: 20 * 6000, ai: 3 * 6000, supervision: 6000, tags: ['b'] };
    const [a, b] = groupByTag([first, second, third]);
    expect(a).toEqual({
      slug: 'a',
      name: 'a',
      items: [first, second],
      totals: {
        tasks: 2,
        human: 540_000,
        ai: 90_000,
        supervision: 12_000,
        supervisedHuman: 540_000,
        unsupervisedDays: 0,
        tokens: null,
        leverage: 60,
        supervisionLeverage: 450,
      },
    });
    expect(b).toEqual({
      slug: 'b',
      name: 'b',
      items: [first, third],
      totals: {
        tasks: 2,
        human: 480_000,
        ai: 78_000,
        supervision: 18_000,
        supervisedHuman: 480_000,
        unsupervisedDays: 0,
        tokens: null,
        leverage: 62,
        supervisionLeverage: 267,
      },
    });
  });

  it('still treats spellings of one address as one tag on a task', () => {
    expect(effectiveTags(['Billing'], ['billing', 'c++', 'c'])).toEqual(['Billing', 'c++', 'c']);
  });
});

describe('headings', () => {
  it('get their anchors by GitHub’s rule (github-slugger), not the tags’ rule', async () => {
    // Punctuation is dropped rather than spelt out, accents and every script are kept, each space is a hyphen.
    expect(await markdownHtml('## C++ and C# tips\n\n## Über uns\n\n## Инфраструктура\n\n## Step 1 -- set up\n')).toBe(
      '<h2 id="c-and-c-tips">C++ and C# tips</h2>\n<h2 id="über-uns">Über uns</h2>\n<h2 id="инфраструктура">Инфраструктура</h2>\n' +
        '<h2 id="step-1--set-up">Step 1 – set up</h2>',
    );
  });

  it('never take an id the post page uses itself, nor one taken before on the page', async () => {
    expect(await markdownHtml('## Task Log\n\n## Comparison\n\n## Task Log\n\n## Main\n\n## ?!\n\n## ...\n')).toBe(
      '<h2 id="task-log-1">Task Log</h2>\n<h2 id="comparison-1">Comparison</h2>\n<h2 id="task-log-2">Task Log</h2>\n' +
        '<h2 id="main-1">Main</h2>\n<h2 id="section">?!</h2>\n<h2 id="section-1">…</h2>',
    );
  });
});

describe('the check', () => {
  const day = (date: string, dayTags: string, taskTags: string) =>
    `---\ndate: ${date}\ntags: ${dayTags}\ntasks:\n  - title: A\n    human: 1h\n    ai: 10m\n    supervision: 1m\n    tags: ${taskTags}\n---\nText.\n`;
  const files = (...texts: [string, string][]) =>
    texts.map(([file, text]) => ({ file: `content/days/${file}`, bytes: new TextEncoder().encode(text) }));

  it('reports two spellings that share an address, at the later one, naming the first', () => {
    const { diagnostics } = checkDayFiles(
      files(
        ['2026-04-22.md', day('2026-04-22', '[Billing, c++]', '[c]')],
        ['2026-04-23.md', day('2026-04-23', '[c#]', '[billing, "C++"]')],
      ),
    );
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'content/days/2026-04-23.md:9:12 warning tasks[1].tags[1]: the tag "billing" has the address of "Billing" (content/days/2026-04-22.md:3:8), /tags/billing/, so both show as one tag, "Billing"; write them the same way, or tell them apart by a letter or digit',
      'content/days/2026-04-23.md:9:21 warning tasks[1].tags[2]: the tag "C++" has the address of "c++" (content/days/2026-04-22.md:3:17), /tags/c-plus-plus/, so both show as one tag, "c++"; write them the same way, or tell them apart by a letter or digit',
    ]);
  });

  it('is quiet when each address has one spelling', () => {
    const { diagnostics } = checkDayFiles(
      files(
        ['2026-04-22.md', day('2026-04-22', '[c, c++, c#]', '[инфраструктура, インフラ, υποδομή]')],
        ['2026-04-23.md', day('2026-04-23', '[c]', '[c++]')],
      ),
    );
    expect(diagnostics).toEqual([]);
  });
});
