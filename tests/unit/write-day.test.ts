/**
 * Day files written by tools: the exact text, and that the day parser reads
 * back every value unchanged, however a title is punctuated.
 */
import { describe, expect, it } from 'vitest';
import { parseDayFile } from '../../src/lib/schema/day-file.ts';
import { dayFileText, taskListText, type DayDraft } from '../../src/lib/source/write-day.ts';

const DAY: DayDraft = {
  date: '2026-05-04',
  title: 'Leverage Record: May 4, 2026',
  tokens: 867_500,
  tasks: [
    { title: 'Billing: reject negative quantities', human: '3h', ai: '13m', supervision: '2m', tags: ['billing', 'api'] },
    { title: '"Quoted" start, a # and `code`', human: '0.33h', ai: '5m', supervision: '0m' },
  ],
  intro: 'A short day.',
  analysis: 'Mostly reviews.',
};

function parse(file: string, text: string) {
  return parseDayFile(file, new TextEncoder().encode(text));
}

describe('dayFileText', () => {
  it('writes the .md form an author would type, with ## Analysis added above the analysis', () => {
    expect(dayFileText(DAY, 'md')).toBe(
      [
        '---',
        'date: 2026-05-04',
        'title: "Leverage Record: May 4, 2026"',
        'tokens: 867500',
        'tasks:',
        '  - title: "Billing: reject negative quantities"',
        '    human: 3h',
        '    ai: 13m',
        '    supervision: 2m',
        '    tags: [billing, api]',
        '  - title: \'"Quoted" start, a # and `code`\'',
        '    human: 0.33h',
        '    ai: 5m',
        '    supervision: 0m',
        '---',
        'A short day.',
        '',
        '## Analysis',
        '',
        'Mostly reviews.',
        '',
      ].join('\n'),
    );
  });

  it('reads back unchanged in both forms', () => {
    for (const [form, file] of [
      ['md', 'content/days/2026-05-04.md'],
      ['yaml', 'content/days/2026-05-04.yaml'],
    ] as const) {
      const { day, diagnostics } = parse(file, dayFileText(DAY, form));
      expect(diagnostics).toEqual([]);
      expect(day?.frontmatter.title).toBe('Leverage Record: May 4, 2026');
      expect(day?.frontmatter.tokens).toBe(867_500);
      expect(day?.frontmatter.tasks.map((task) => [task.title, task.human, task.ai, task.supervision, task.tags])).toEqual([
        ['Billing: reject negative quantities', 1_080_000, 78_000, 12_000, ['billing', 'api']],
        ['"Quoted" start, a # and `code`', 118_800, 30_000, 0, undefined],
      ]);
      expect(day?.intro.trim()).toBe('A short day.');
      expect(day?.rest.trim()).toBe('## Analysis\n\nMostly reviews.');
    }
  });

  it('keeps an analysis that already starts with a level-two heading as it is', () => {
    const text = dayFileText({ ...DAY, analysis: '## What went wrong\n\nThe proxy.' }, 'md');
    expect(text.endsWith('A short day.\n\n## What went wrong\n\nThe proxy.\n')).toBe(true);
  });

  it('refuses an intro with a ## heading in the .md form, where it would end the intro', () => {
    expect(() => dayFileText({ ...DAY, intro: 'Before.\n\n## Too early\n\nAfter.' }, 'md')).toThrow(
      'the intro of 2026-05-04 holds a ## heading',
    );
  });

  it('writes a day without prose as front matter alone', () => {
    const text = dayFileText({ date: '2026-05-04', tasks: [{ title: 'One', human: '1h', ai: '6m', supervision: '1m' }] }, 'md');
    expect(text).toBe('---\ndate: 2026-05-04\ntasks:\n  - title: One\n    human: 1h\n    ai: 6m\n    supervision: 1m\n---\n');
  });
});

describe('dayFileText, for days measured from agent logs', () => {
  const measured: DayDraft = {
    date: '2026-05-04',
    comment: 'Measured by npm run new.\nFill in each human.',
    tokens: 36_974,
    tasks: [
      { title: 'Fix the export', human: '', ai: '12.5m', supervision: '0.001m', tags: ['billing-api'], session: 'claude-code/5b1f7c9e' },
    ],
  };

  it('writes the comment above the day and the session as the last key of its task', () => {
    expect(dayFileText(measured, 'yaml')).toBe(
      [
        '# Measured by npm run new.',
        '# Fill in each human.',
        '',
        'date: 2026-05-04',
        'tokens: 36974',
        'tasks:',
        '  - title: Fix the export',
        '    human: ""',
        '    ai: 12.5m',
        '    supervision: 0.001m',
        '    tags: [billing-api]',
        '    session: claude-code/5b1f7c9e',
        '',
      ].join('\n'),
    );
  });

  it('reads back with the session kept and human refused until it is filled in', () => {
    const file = 'content/days/2026-05-04.md';
    const blank = parse(file, dayFileText(measured, 'md'));
    expect(blank.diagnostics.map(({ line, path, message }) => [line, path, message])).toEqual([
      [9, 'tasks[1].human', 'human is empty; write human: 2.5h (what a human would have needed)'],
    ]);
    const filled = parse(file, dayFileText(measured, 'md').replace('human: ""', 'human: 2h'));
    expect(filled.diagnostics).toEqual([]);
    expect(filled.day?.frontmatter.tasks[0]).toEqual({
      title: 'Fix the export',
      human: 720_000,
      ai: 75_000,
      supervision: 6,
      tags: ['billing-api'],
      session: 'claude-code/5b1f7c9e',
    });
  });
});

describe('taskListText', () => {
  it('writes tasks as list items at the given indentation', () => {
    expect(taskListText([{ title: 'A: b', human: '', ai: '1m', supervision: '0m', session: 'codex/1' }], 4)).toBe(
      '    - title: "A: b"\n      human: ""\n      ai: 1m\n      supervision: 0m\n      session: codex/1\n',
    );
  });
});
