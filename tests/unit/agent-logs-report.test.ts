/** What the dry run and the warning say about the sessions and lines read: short ids that tell sessions apart, skipped lines of the day only. */
import { describe, expect, it } from 'vitest';
import type { LogReading } from '../../src/cli/agent-logs/activity.ts';
import { shortSessionIds, skippedOfDay } from '../../src/cli/agent-logs/report.ts';

describe('shortSessionIds', () => {
  it('keeps the first 8 characters when they tell the sessions apart', () => {
    expect(shortSessionIds(['5b1f7c9e-2d4a-4c1e-9f3b-7a6d2e8c4b10', 'c0ffee12-8d3b-4f6a-a1e2-3b4c5d6e7f80'])).toEqual([
      '5b1f7c9e',
      'c0ffee12',
    ]);
  });

  it('takes whole groups more for every session when two started in the same minute (Codex ids begin with the time)', () => {
    expect(
      shortSessionIds([
        '019e5615-1ef8-7270-b988-4f52f86449a4',
        '019e5615-9632-7740-b2cf-3061e4ff06e2',
        '019e561a-bb64-7560-9dce-f0d80bd886ac',
      ]),
    ).toEqual(['019e5615-1ef8', '019e5615-9632', '019e561a-bb64']);
    // Started in the same millisecond: the third group.
    expect(shortSessionIds(['019e5615-1ef8-7270-b988-4f52f86449a4', '019e5615-1ef8-7aaa-b988-4f52f86449a4'])).toEqual([
      '019e5615-1ef8-7270',
      '019e5615-1ef8-7aaa',
    ]);
  });

  it('gives an empty list for no sessions', () => {
    expect(shortSessionIds([])).toEqual([]);
  });
});

describe('skippedOfDay', () => {
  const at = (iso: string) => Date.parse(iso);
  // 2026-05-04 in Berlin: 2026-05-03T22:00Z to 2026-05-04T22:00Z.
  const start = at('2026-05-03T22:00:00Z');
  const end = at('2026-05-04T22:00:00Z');
  const reading: LogReading = {
    sessions: [],
    skipped: [
      { file: 'before.jsonl', line: 3, reason: 'not a JSON object' },
      { file: 'of-the-day.jsonl', line: 7, reason: 'not a JSON object' },
      { file: 'after.jsonl', line: 2, reason: 'not a JSON object' },
      { file: 'no-time.jsonl', line: 1, reason: 'not a JSON object' },
      { file: 'across.jsonl', line: 9, reason: 'not a JSON object' },
    ],
    written: new Map([
      ['before.jsonl', { start: at('2026-05-03T08:00:00Z'), end: at('2026-05-03T21:59:59.999Z') }],
      ['of-the-day.jsonl', { start: at('2026-05-04T09:00:00Z'), end: at('2026-05-04T10:00:00Z') }],
      ['after.jsonl', { start: at('2026-05-04T22:00:00Z'), end: at('2026-05-05T09:00:00Z') }],
      ['across.jsonl', { start: at('2026-05-03T21:00:00Z'), end: at('2026-05-03T22:00:00Z') }],
    ]),
  };

  it('keeps the lines of files written during the day, and of files with no time to tell', () => {
    expect(skippedOfDay(reading, start, end).map(({ file }) => file)).toEqual(['of-the-day.jsonl', 'no-time.jsonl', 'across.jsonl']);
  });
});
