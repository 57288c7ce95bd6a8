/** Turns, agent time, supervision and tokens, and the day each turn belongs to. */
import { describe, expect, it } from 'vitest';
import type { SessionActivity } from '../../src/cli/agent-logs/activity.ts';
import { localClock, localDate, sessionDay } from '../../src/cli/agent-logs/session-days.ts';
import { NO_TOKENS } from '../../src/lib/schema/token-counts.ts';
import { measureTurns } from '../../src/cli/agent-logs/turns.ts';

const ms = (clock: string) => Date.parse(`2026-05-04T${clock}Z`);
const MINUTE = 60_000;
const CAP = 10 * MINUTE;

function activity(fields: Partial<SessionActivity>): SessionActivity {
  return { source: 'claude-code', id: 's', prompts: [], work: [], runs: [], usage: [], ...fields };
}

function figures(session: SessionActivity, cap = CAP) {
  return measureTurns(session, cap).map(({ start, end, agentMs, supervisionMs }) => ({ start, end, agentMs, supervisionMs }));
}

describe('measureTurns', () => {
  it('times each turn from its prompt to its last event, and caps the wait before the next prompt', () => {
    const session = activity({
      prompts: [ms('09:00:00'), ms('09:20:00'), ms('10:30:00')],
      work: [ms('09:03:00'), ms('09:05:00'), ms('09:21:30'), ms('10:30:45')],
    });
    expect(figures(session)).toEqual([
      { start: ms('09:00:00'), end: ms('09:05:00'), agentMs: 5 * MINUTE, supervisionMs: 0 },
      // Waited 09:05 → 09:20: 15 minutes, capped at 10.
      { start: ms('09:20:00'), end: ms('09:21:30'), agentMs: 90_000, supervisionMs: CAP },
      { start: ms('10:30:00'), end: ms('10:30:45'), agentMs: 45_000, supervisionMs: CAP },
    ]);
    // With a 0m cap nothing counts as supervision; with a 2h one the whole waits do (15 min, 68.5 min).
    expect(figures(session, 0).map((turn) => turn.supervisionMs)).toEqual([0, 0, 0]);
    expect(figures(session, 120 * MINUTE).map((turn) => turn.supervisionMs)).toEqual([0, 15 * MINUTE, 68 * MINUTE + 30_000]);
  });

  it('counts time a sub-agent shares with its turn once, and a run that outlasts its turn until it ends', () => {
    const session = activity({
      prompts: [ms('09:00:00'), ms('09:30:00')],
      work: [ms('09:10:00'), ms('09:31:00')],
      runs: [
        { start: ms('09:02:00'), end: ms('09:08:00') }, // inside the turn: adds nothing
        { start: ms('09:05:00'), end: ms('09:20:00') }, // runs on after the main thread's 09:10: 10 more minutes
      ],
    });
    expect(figures(session)).toEqual([
      { start: ms('09:00:00'), end: ms('09:20:00'), agentMs: 20 * MINUTE, supervisionMs: 0 },
      { start: ms('09:30:00'), end: ms('09:31:00'), agentMs: MINUTE, supervisionMs: 10 * MINUTE },
    ]);
  });

  it('splits a background run that is still working at the next prompt between the turns, with no wait between them', () => {
    const session = activity({
      prompts: [ms('09:00:00'), ms('09:10:00')],
      work: [ms('09:01:00'), ms('09:11:00')],
      runs: [{ start: ms('09:00:30'), end: ms('09:15:00') }],
    });
    expect(figures(session)).toEqual([
      { start: ms('09:00:00'), end: ms('09:10:00'), agentMs: 10 * MINUTE, supervisionMs: 0 },
      { start: ms('09:10:00'), end: ms('09:15:00'), agentMs: 5 * MINUTE, supervisionMs: 0 },
    ]);
  });

  it('gives a prompt the agent never answered no agent time, and work before the first prompt a turn of its own', () => {
    const session = activity({ prompts: [ms('09:10:00'), ms('09:12:00')], work: [ms('09:00:00'), ms('09:04:00'), ms('09:13:00')] });
    expect(figures(session)).toEqual([
      { start: ms('09:00:00'), end: ms('09:04:00'), agentMs: 4 * MINUTE, supervisionMs: 0 },
      { start: ms('09:10:00'), end: ms('09:10:00'), agentMs: 0, supervisionMs: 6 * MINUTE },
      { start: ms('09:12:00'), end: ms('09:13:00'), agentMs: MINUTE, supervisionMs: 2 * MINUTE },
    ]);
  });

  it('puts each use of tokens in the turn it was logged in', () => {
    const tokens = (input: number) => ({ ...NO_TOKENS, input });
    const session = activity({
      prompts: [ms('09:00:00'), ms('09:30:00')],
      work: [ms('09:01:00'), ms('09:31:00')],
      usage: [
        { at: ms('09:01:00'), tokens: tokens(5) },
        { at: ms('09:29:59'), tokens: tokens(7) },
        { at: ms('09:30:00'), tokens: tokens(11) },
      ],
    });
    expect(measureTurns(session, CAP).map((turn) => turn.tokens.input)).toEqual([12, 11]);
  });

  it('measures nothing in a session with no events', () => {
    expect(measureTurns(activity({}), CAP)).toEqual([]);
  });
});

describe('the day of a turn', () => {
  it("is the date of its prompt in the site's time zone, not in UTC", () => {
    // 02:30 UTC on May 5 is 22:30 on May 4 in New York (UTC−4) and 04:30 on May 5 in Berlin (UTC+2).
    const instant = Date.parse('2026-05-05T02:30:00Z');
    expect(localDate(instant, 'America/New_York')).toBe('2026-05-04');
    expect(localDate(instant, 'Europe/Berlin')).toBe('2026-05-05');
    expect(localClock(instant, 'America/New_York')).toBe('22:30');
    expect(localClock(Date.parse('2026-05-04T22:05:00Z'), 'Europe/Berlin')).toBe('00:05');
  });

  it('adds up the turns of one day, from the first prompt to the last work', () => {
    // Prompts at 23:40 and 23:58 on May 4 in New York (03:40Z and 03:58Z on May 5); the second runs past midnight.
    const session = activity({
      prompts: [Date.parse('2026-05-05T03:40:00Z'), Date.parse('2026-05-05T03:58:00Z'), Date.parse('2026-05-05T04:20:00Z')],
      work: [Date.parse('2026-05-05T03:45:00Z'), Date.parse('2026-05-05T04:10:00Z'), Date.parse('2026-05-05T04:21:00Z')],
    });
    const turns = measureTurns(session, CAP);
    expect(sessionDay(turns, '2026-05-04', 'America/New_York')).toEqual({
      start: Date.parse('2026-05-05T03:40:00Z'),
      end: Date.parse('2026-05-05T04:10:00Z'),
      turns: 2,
      agentMs: 5 * MINUTE + 12 * MINUTE,
      supervisionMs: 10 * MINUTE, // 03:45 → 03:58 is 13 minutes, capped
      tokens: NO_TOKENS,
    });
    expect(sessionDay(turns, '2026-05-05', 'America/New_York')).toMatchObject({ turns: 1, agentMs: MINUTE, supervisionMs: 10 * MINUTE });
    expect(sessionDay(turns, '2026-05-03', 'America/New_York')).toBeUndefined();
  });
});
