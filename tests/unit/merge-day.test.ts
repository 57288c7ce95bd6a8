/** --merge: new tasks added to the author's day as text, everything already there kept byte for byte. */
import { describe, expect, it } from 'vitest';
import { parseDayFile } from '../../src/lib/schema/day-file.ts';
import { mergeDay, type Addition } from '../../src/lib/source/merge-day.ts';

const AUTHOR_DAY = `---
date: 2026-05-04
title: 'Quoted: the author''s way'
tokens: 1000   # from the old tool
tasks:
  # written by hand
  - title: Review the PR
    human: 1h
    ai: 10m
    supervision: 5m
  - title: "Measured earlier"
    human: 2h
    ai: 12m
    supervision: 13m
    session: claude-code/s-1
---
Intro, with a tasks: line that is prose.

## Analysis

Kept.
`;

const task = (session: string, title = 'New work') => ({ title, human: '', ai: '13.5m', supervision: '6m', tags: ['app'], session });
// undefined: the site's rule counts no tokens.
const added = (session: string, tokens: number | undefined): Addition => ({ task: task(session), tokens });

describe('mergeDay', () => {
  it('adds the sessions the day lacks after its last task, adds their tokens, and keeps the rest as written', () => {
    const result = mergeDay(AUTHOR_DAY, 'md', [added('claude-code/s-1', 500), added('codex/c-9', 2_345)]);
    expect(result).toEqual({
      ok: true,
      text: AUTHOR_DAY.replace('tokens: 1000 ', 'tokens: 3345 ').replace(
        '    session: claude-code/s-1\n',
        '    session: claude-code/s-1\n  - title: New work\n    human: ""\n    ai: 13.5m\n    supervision: 6m\n    tags: [app]\n    session: codex/c-9\n',
      ),
      added: [task('codex/c-9')],
      alreadyThere: [task('claude-code/s-1')],
      tokens: { before: 1000, after: 3345 },
    });
    if (!result.ok) return;
    const day = parseDayFile('content/days/2026-05-04.md', new TextEncoder().encode(result.text));
    expect(day.diagnostics.map((d) => d.message)).toEqual(['human is empty; write human: 2.5h (what a human would have needed)']);
  });

  it('changes nothing when every session is there already', () => {
    expect(mergeDay(AUTHOR_DAY, 'md', [added('claude-code/s-1', 500)])).toEqual({
      ok: true,
      text: AUTHOR_DAY,
      added: [],
      alreadyThere: [task('claude-code/s-1')],
      tokens: { before: 1000, after: 1000 },
    });
  });

  it('writes tokens above the tasks when the day has none, and leaves them alone when the rule counts none', () => {
    const day = 'date: 2026-05-04\ntasks:\n- title: A\n  human: 1h\n  ai: 1m\n  supervision: 0m\nintro: |\n  Hello.\n';
    const result = mergeDay(day, 'yaml', [added('codex/c-1', 42)]);
    expect(result.ok && result.text).toBe(
      'date: 2026-05-04\ntokens: 42\ntasks:\n- title: A\n  human: 1h\n  ai: 1m\n  supervision: 0m\n- title: New work\n  human: ""\n  ai: 13.5m\n  supervision: 6m\n  tags: [app]\n  session: codex/c-1\nintro: |\n  Hello.\n',
    );
    const untouched = mergeDay(day, 'yaml', [added('codex/c-1', undefined)]);
    expect(untouched.ok && untouched.text).toBe(
      'date: 2026-05-04\ntasks:\n- title: A\n  human: 1h\n  ai: 1m\n  supervision: 0m\n- title: New work\n  human: ""\n  ai: 13.5m\n  supervision: 6m\n  tags: [app]\n  session: codex/c-1\nintro: |\n  Hello.\n',
    );
  });

  it('keeps Windows line endings and a byte-order mark, and copes with a file that does not end in a newline', () => {
    const day = '\uFEFF---\r\ndate: 2026-05-04\r\ntasks:\r\n  - title: A\r\n    human: 1h\r\n    ai: 1m\r\n    supervision: 0m\r\n---\r\n';
    const result = mergeDay(day, 'md', [added('codex/c-1', undefined)]);
    expect(result.ok && result.text).toBe(
      '\uFEFF---\r\ndate: 2026-05-04\r\ntasks:\r\n  - title: A\r\n    human: 1h\r\n    ai: 1m\r\n    supervision: 0m\r\n  - title: New work\r\n    human: ""\r\n    ai: 13.5m\r\n    supervision: 6m\r\n    tags: [app]\r\n    session: codex/c-1\r\n---\r\n',
    );
    const unterminated = mergeDay('date: 2026-05-04\ntasks:\n  - title: A', 'yaml', [added('codex/c-1', undefined)]);
    expect(unterminated.ok && unterminated.text).toBe(
      'date: 2026-05-04\ntasks:\n  - title: A\n  - title: New work\n    human: ""\n    ai: 13.5m\n    supervision: 6m\n    tags: [app]\n    session: codex/c-1\n',
    );
  });

  it.each([
    ['no front matter', 'date: 2026-05-04\n', 'md', 'it has no front matter between two --- lines'],
    ['broken YAML', '---\ndate: [\n---\n', 'md', 'its YAML does not read; fix what npm run check reports first'],
    [
      'tasks in brackets',
      '---\ndate: 2026-05-04\ntasks: [{title: A}]\n---\n',
      'md',
      'its tasks are not a list of "- title:" entries to add to',
    ],
    ['no tasks', 'date: 2026-05-04\n', 'yaml', 'its tasks are not a list of "- title:" entries to add to'],
    ['tokens as text', 'date: 2026-05-04\ntokens: lots\ntasks:\n  - title: A\n', 'yaml', 'its tokens is not a whole number; fix it first'],
  ])('refuses a day with %s', (_case, text, form, message) => {
    expect(mergeDay(text, form as 'md' | 'yaml', [added('codex/c-1', 500)])).toEqual({ ok: false, message });
  });
});
