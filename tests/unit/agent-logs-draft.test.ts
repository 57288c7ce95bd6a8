/** From measured sessions to a day file's tasks: minutes rounded once to an author's precision, titles, tags, tokens by the site's rule. */
import { describe, expect, it } from 'vitest';
import type { SessionActivity } from '../../src/cli/agent-logs/activity.ts';
import type { SessionDay } from '../../src/cli/agent-logs/session-days.ts';
import {
  agentMinutes,
  dayMinutes,
  dayTokens,
  draftDay,
  folderTag,
  measuredMinutes,
  sessionTask,
  type MeasuredSession,
} from '../../src/cli/agent-logs/draft.ts';
import { proposedTitle } from '../../src/cli/agent-logs/title.ts';
import { countTokens, TOKEN_KINDS } from '../../src/lib/schema/token-counts.ts';
import { parseDuration } from '../../src/lib/duration.ts';

const ALL = TOKEN_KINDS;

function measured(id: string, day: Partial<SessionDay>, session: Partial<SessionActivity> = {}): MeasuredSession {
  return {
    session: { source: 'claude-code', id, prompts: [], work: [], runs: [], usage: [], ...session },
    day: {
      start: 0,
      end: 0,
      turns: 1,
      agentMs: 60_000,
      supervisionMs: 0,
      tokens: { input: 1, output: 2, cacheWrites: 3, cacheReads: 4 },
      ...day,
    },
  };
}

describe('measured minutes, written as an author writes them: one decimal under 10m, whole minutes from 10m', () => {
  it.each([
    [213_540, '3.6m'], // 3.559 min: one decimal, never 3.559m
    [1_034_100, '17m'], // 17.235 min: whole minutes
    [720_000, '12m'],
    [810_000, '14m'], // 13.5 min: half up
    [0, '0m'],
    [2_999, '0m'], // 0.0499… min: down
    [3_000, '0.1m'], // 0.05 min, half a tenth: up, once
    [596_999, '9.9m'], // 9.9499… min
    [597_000, '10m'], // 9.95 min is 10.0 at one decimal: from there, whole minutes
    [629_999, '10m'], // 10.4999… min
    [630_000, '11m'], // 10.5 min: half up
    [3_600_000, '60m'],
  ])('%i ms is %s', (ms, text) => {
    expect(measuredMinutes(ms)).toBe(text);
  });

  it('reads back through the duration parser: 3.6m is 21,600 cs', () => {
    expect(parseDuration(measuredMinutes(213_540))).toEqual({ ok: true, cs: 21_600 });
  });

  it('never writes an agent time of 0m, which a day file refuses: a few milliseconds show as 0.1m', () => {
    expect(agentMinutes(10)).toBe('0.1m');
    expect(agentMinutes(810_000)).toBe('14m');
  });
});

describe('dayMinutes', () => {
  it('adds up the minutes as each task writes them, over the sessions that become tasks', () => {
    const sessions = [
      measured('a', { agentMs: 1_034_100, supervisionMs: 2_000 }), // 17m, 0m
      measured('b', { agentMs: 10, supervisionMs: 2_000 }), // 0.1m (never 0m), 0m
      measured('c', { agentMs: 0, supervisionMs: 600_000 }), // no agent work: no task, left out
      measured('d', { agentMs: 213_540, supervisionMs: 90_000 }), // 3.6m, 1.5m
    ];
    // 17 + 0.1 + 3.6 = 20.7; supervision 0 + 0 + 1.5, although the 4 s of a and b together would round to 0.1m.
    expect(dayMinutes(sessions)).toEqual({ agent: '20.7m', supervision: '1.5m' });
  });
});

describe('folderTag', () => {
  it.each([
    ['/home/ada/src/billing-api', '/home/ada', 'billing-api'],
    ['/home/ada/src/billing-api/', '/home/ada', 'billing-api'],
    ['C:\\Users\\ada\\src\\Shop Front', 'C:\\Users\\ada', 'Shop Front'],
    ['/home/ada', '/home/ada', undefined],
    ['/home/ada/', '/home/ada', undefined],
    ['/', '/home/ada', undefined],
    ['C:\\', 'C:\\Users\\ada', undefined],
    [undefined, '/home/ada', undefined],
  ])('%s (home %s) gives %s', (folder, home, tag) => {
    expect(folderTag(folder, home)).toBe(tag);
  });
});

describe('proposedTitle', () => {
  it('keeps the first non-blank line with its spaces tidied, and nothing after it', () => {
    expect(proposedTitle('\n  \n  Fix   the\tlogin  form \nThe password is hunter2')).toBe('Fix the login form');
    expect(proposedTitle(' \n ')).toBeUndefined();
  });

  it('cuts a long line at a word boundary to at most 72 characters, ending in an ellipsis', () => {
    const long = 'Rewrite the invoice export so that every exporter shares one formatter and one set of options';
    expect(proposedTitle(long)).toBe('Rewrite the invoice export so that every exporter shares one formatter…');
    expect([...(proposedTitle(long) ?? '')].length).toBeLessThanOrEqual(72);
    // One word longer than half the title is cut where it stands.
    expect(proposedTitle(`Use ${'x'.repeat(100)}`)).toBe(`Use ${'x'.repeat(67)}…`);
  });
});

describe('tokens by the rule in site.yaml', () => {
  it('adds the kinds the rule lists, each once', () => {
    const counts = { input: 174, output: 1_250, cacheWrites: 1_500, cacheReads: 24_600 };
    expect(countTokens(counts, ALL)).toBe(27_524);
    expect(countTokens(counts, ['input', 'output'])).toBe(1_424);
    expect(countTokens(counts, ['output', 'output'])).toBe(1_250);
    expect(countTokens(counts, [])).toBe(0);
  });

  it("are the day's over the sessions that become tasks; none at all with an empty rule", () => {
    const sessions = [measured('a', {}), measured('b', { agentMs: 0 }), measured('c', {})];
    expect(dayTokens(sessions, ALL)).toBe(20); // (1 + 2 + 3 + 4) twice; b did no agent work
    expect(dayTokens(sessions, ['cacheReads'])).toBe(8);
    expect(dayTokens(sessions, [])).toBeUndefined();
  });
});

describe('draftDay', () => {
  const sessions = [
    measured('s-1', { agentMs: 810_000, supervisionMs: 360_000 }, { title: 'Fix the export', folder: '/home/ada/src/billing-api' }),
    measured('s-2', { agentMs: 0, supervisionMs: 60_000 }, { title: 'Nothing done' }),
    measured('s-3', { agentMs: 30, supervisionMs: 29 }, { folder: '/home/ada' }),
  ];

  it('makes a task of each session the agent worked in, with human left blank for the author', () => {
    expect(draftDay('2026-05-04', 'codex', sessions, { titles: true, tokenKinds: ALL, home: '/home/ada' })).toEqual({
      date: '2026-05-04',
      comment:
        "Measured from Codex's logs by npm run new. Fill in each task's human\n(how long it would have taken by hand), check the titles, write about the day,\nthen run npm run check.",
      tokens: 20,
      tasks: [
        // 13.5 min is 14m (whole minutes from 10m); 30 ms of agent work is the smallest agent time, 0.1m.
        { title: 'Fix the export', human: '', ai: '14m', supervision: '6m', tags: ['billing-api'], session: 'claude-code/s-1' },
        { title: '', human: '', ai: '0.1m', supervision: '0m', session: 'claude-code/s-3' },
      ],
    });
  });

  it('takes neither titles nor folders without titles', () => {
    expect(sessionTask(sessions[0] as MeasuredSession, { titles: false, tokenKinds: ALL })).toEqual({
      title: '',
      human: '',
      ai: '14m',
      supervision: '6m',
      session: 'claude-code/s-1',
    });
  });
});
