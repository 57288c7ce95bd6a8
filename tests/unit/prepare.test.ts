/**
 * A day prepared once for the build: its prose parsed once, scanned by the
 * check and then rendered from the same tree, giving what parsing twice
 * gave; in worker threads exactly as on this one; and handed from the
 * build's check to the loader only for the content folder it was read from.
 */
import { describe, expect, it } from 'vitest';
import { handedOver, handOver } from '../../src/lib/project/handoff.ts';
import { prepareDayFile } from '../../src/lib/project/prepare-day.ts';
import { prepareInWorkers } from '../../src/lib/project/prepare-pool.ts';
import type { PreparedDays } from '../../src/lib/project/prepare.ts';
import { scanProse } from '../../src/lib/source/prose-scan.ts';
import { renderInlineMarkdownAll, renderMarkdown } from '../../src/lib/markdown/render-markdown.ts';

const encode = (text: string) => new TextEncoder().encode(text);

const TASKS = 'tasks:\n  - title: "Split the `InvoiceService` in *two*"\n    human: 2h\n    ai: 20m\n    supervision: 5m\n';
const INTRO = 'A day of "refactoring" -- with :metric[leverage] leverage.\n';
const REST = 'It went well... mostly.\n\n::summary\n';
const DAY = `---\ndate: 2026-04-22\n${TASKS}---\n${INTRO}\n## Analysis\n\n${REST}`;

describe('a day prepared once', () => {
  it('scans and renders the tree it parsed once, as a separate parse for each would', async () => {
    const prepared = await prepareDayFile('content/days/2026-04-22.md', encode(DAY));
    const day = prepared.parsed.day;
    if (!day) throw new Error('the day did not parse');
    expect(prepared.scanned).toEqual({ intro: scanProse(day.intro), rest: scanProse(day.rest) });
    expect(prepared.rendered).toEqual({
      intro: await renderMarkdown(day.intro),
      rest: await renderMarkdown(day.rest),
      titles: await renderInlineMarkdownAll(['Split the `InvoiceService` in *two*']),
    });
    expect(prepared.refused).toBeUndefined();
  });

  it('renders smart punctuation and the metric placeholder into the intro', async () => {
    const prepared = await prepareDayFile('content/days/2026-04-22.md', encode(DAY));
    expect(prepared.rendered?.intro).toEqual({
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            { type: 'text', value: 'A day of \u201crefactoring\u201d \u2013 with ' },
            { type: 'element', tagName: 'fulcrum-metric', properties: {}, children: [{ type: 'text', value: 'leverage' }] },
            { type: 'text', value: ' leverage.' },
          ],
        },
      ],
    });
    expect(prepared.scanned?.intro?.metrics).toEqual([{ name: 'leverage', start: 31, end: 48 }]);
  });

  it('refuses to render prose nested too deep, at its line and column, and still gives the check what it scanned', async () => {
    // 3,000 asterisks on each side pair up as 1,500 strong emphases, two characters each: level 33 opens at column 65.
    const deep = `${'*'.repeat(3000)}x${'*'.repeat(3000)}\n`;
    const prepared = await prepareDayFile('content/days/2026-04-22.md', encode(`---\ndate: 2026-04-22\n${TASKS}---\nFine.\n\n${deep}`));
    expect(prepared.rendered).toBeUndefined();
    expect(prepared.refused).toEqual({
      file: 'content/days/2026-04-22.md',
      line: 11,
      column: 65,
      severity: 'error',
      path: 'prose',
      message:
        'Markdown is nested more than 32 levels deep here (quotes, lists, emphasis, links or struck-out text inside each other); flatten it',
    });
    expect(prepared.scanned?.intro?.tooDeep).toBe('Fine.\n\n'.length + 64);
  });

  it('prepares nothing more than the file check for a file with errors', async () => {
    const prepared = await prepareDayFile('content/days/2026-04-22.md', encode(DAY.replace('ai: 20m', 'ai: 20')));
    expect(prepared.parsed.day).toBeUndefined();
    expect(prepared.scanned).toBeUndefined();
    expect(prepared.rendered).toBeUndefined();
  });

  it('comes out of a worker thread exactly as prepared on this one', async () => {
    const files = ['2026-04-20', '2026-04-21', '2026-04-22'].map((date) => ({
      file: `content/days/${date}.md`,
      bytes: encode(DAY.replace('2026-04-22', date)),
    }));
    const fromWorkers = await prepareInWorkers(files, 2);
    expect(fromWorkers.map(({ file }) => file).sort()).toEqual(files.map(({ file }) => file));
    for (const { file, bytes } of files) {
      const json = fromWorkers.find((prepared) => prepared.file === file)?.json;
      expect(JSON.parse(json ?? 'null')).toEqual(JSON.parse(JSON.stringify(await prepareDayFile(file, bytes))));
    }
  });
});

describe('the handoff from the build to the loader', () => {
  it('gives the prepared days only for the content folder they were read from', () => {
    const prepared = { dir: '/site/content', byFile: new Map(), keyOfFile: new Map(), days: [], diagnostics: [] } satisfies PreparedDays;
    handOver(prepared);
    expect(handedOver('/site/content')).toBe(prepared);
    expect(handedOver('/other/content')).toBeUndefined();
  });
});
