/**
 * The invented logs in tests/fixtures/agent-logs/, read and measured. Every
 * expected figure is worked out by hand from the timestamps and usage in the
 * fixture files (UTC), with Berlin at UTC+2 in May and a 10-minute cap.
 */
import { describe, expect, it } from 'vitest';
import type { SessionActivity } from '../../src/cli/agent-logs/activity.ts';
import { readClaudeCode } from '../../src/cli/agent-logs/claude-code.ts';
import { readCodex } from '../../src/cli/agent-logs/codex.ts';
import { sessionDay } from '../../src/cli/agent-logs/session-days.ts';
import { measureTurns } from '../../src/cli/agent-logs/turns.ts';
import { fixtureLogs } from '../support/agent-log-fixtures.ts';

const CAP = 10 * 60_000;
const BERLIN = 'Europe/Berlin';
const S1 = '5b1f7c9e-2d4a-4c1e-9f3b-7a6d2e8c4b10';
const S2 = 'c0ffee12-8d3b-4f6a-a1e2-3b4c5d6e7f80';
const S3 = '7d3e9a41-5c2b-4e8f-b6a0-1f2e3d4c5b6a';
const CODEX = '0197a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

const claude = readClaudeCode(fixtureLogs('claude'), { titles: true });
const codex = readCodex(fixtureLogs('codex'), { titles: true });

function session(sessions: readonly SessionActivity[], id: string): SessionActivity {
  const found = sessions.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no session ${id}`);
  return found;
}

function day(activity: SessionActivity, date: string, timeZone = BERLIN) {
  const measured = sessionDay(measureTurns(activity, CAP), date, timeZone);
  return measured && { agentMs: measured.agentMs, supervisionMs: measured.supervisionMs, tokens: measured.tokens, turns: measured.turns };
}

describe('the Claude Code fixtures', () => {
  it('hold three sessions, with their working folders and proposed titles', () => {
    // In the order the files were read (here by path).
    expect(claude.sessions.map(({ id, folder, title }) => [id, folder, title])).toEqual([
      // The agent's title (ai-title) wins over the first prompt.
      [S1, '/home/ada/src/billing-api', 'Invoice export: a JSON flag'],
      // The /model command before the first prompt is no title.
      [S3, '/home/ada/src/billing-api', 'Investigate the nightly export timeout'],
      // The first line of the first prompt; the second line (a password) is never kept.
      [S2, '/home/ada/src/release-tools', 'Use token ghp_FAKE0example0token0not0real to fix the release workflow'],
    ]);
  });

  it('skip the truncated last line of the first session, and say where', () => {
    expect(claude.skipped).toEqual([
      {
        file: `claude/projects/-home-ada-src-billing-api/${S1}.jsonl`,
        line: 17,
        reason: 'not complete JSON, as when a session is still being written',
      },
    ]);
  });

  it('measure the first session: streamed repeats once, the sub-agent inside its turn, the idle gap capped', () => {
    // Turns 07:00:00–07:05:00 (300 s), 07:08:00–07:12:00 (240 s; the sub-agent's 07:08:10–07:11:00 lies inside
    // and adds nothing), 07:40:00–07:43:00 (180 s): 720 s = 12 min.
    // Waits: 07:05→07:08 = 180 s; 07:12→07:40 = 1,680 s, capped at 600 s: 780 s = 13 min.
    // Tokens, msg_01A and msg_01B once each (msg_01B's output grows from 150 to 200 as it streams: 200),
    // plus the sub-agent's two messages:
    //   input 10+5+2+1+1+3+2 + 100+50 = 174; output 50+200+300+20+80+60+40 + 400+100 = 1,250;
    //   cache writes 1,000+500 = 1,500; cache reads 2,000+3,000+3,000+4,000+4,100+4,200+4,300 = 24,600.
    expect(day(session(claude.sessions, S1), '2026-05-04')).toEqual({
      agentMs: 720_000,
      supervisionMs: 780_000,
      tokens: { input: 174, output: 1_250, cacheWrites: 1_500, cacheReads: 24_600 },
      turns: 3,
    });
  });

  it('measure the second session, which overlaps the first, on its own', () => {
    // Turns 07:02:00–07:09:00 (420 s) and 07:15:00–07:21:30 (390 s): 810 s = 13.5 min; wait 07:09→07:15 = 360 s.
    // Tokens: input 20+4+6 = 30, output 100+150+250 = 500, cache writes 2,000+300 = 2,300, reads 2,100+2,200 = 4,300.
    expect(day(session(claude.sessions, S2), '2026-05-04')).toEqual({
      agentMs: 810_000,
      supervisionMs: 360_000,
      tokens: { input: 30, output: 500, cacheWrites: 2_300, cacheReads: 4_300 },
      turns: 2,
    });
  });

  it('split the session across midnight in Berlin by the day each prompt falls on', () => {
    const s3 = session(claude.sessions, S3);
    // May 4 (23:49 and 23:50 in Berlin): the /model command at 21:49:00Z (no agent work), then the turn
    // 21:50:00Z–22:05:00Z = 900 s, although it ends at 00:05 on May 5; the wait 21:49→21:50 = 60 s.
    // Tokens msg_03A + msg_03B: input 20, output 300, cache reads 2,000.
    expect(day(s3, '2026-05-04')).toEqual({
      agentMs: 900_000,
      supervisionMs: 60_000,
      tokens: { input: 20, output: 300, cacheWrites: 0, cacheReads: 2_000 },
      turns: 2,
    });
    // May 5 (00:09 in Berlin): the turn 22:09:00Z–22:10:00Z = 60 s, and the wait before it, 22:05→22:09 = 240 s.
    expect(day(s3, '2026-05-05')).toEqual({
      agentMs: 60_000,
      supervisionMs: 240_000,
      tokens: { input: 5, output: 50, cacheWrites: 0, cacheReads: 1_200 },
      turns: 1,
    });
    // In UTC the whole session is May 4's: 900 + 60 s of agent time, 60 + 240 s of waits.
    expect(day(s3, '2026-05-04', 'UTC')).toMatchObject({ agentMs: 960_000, supervisionMs: 300_000, turns: 3 });
    expect(day(s3, '2026-05-05', 'UTC')).toBeUndefined();
  });
});

describe('the Codex fixture', () => {
  it('holds one session with its folder and the first line of the first prompt as its title', () => {
    expect(codex.sessions.map(({ id, folder, title }) => [id, folder, title])).toEqual([
      [CODEX, '/home/ada/src/fulcrum', 'Speed up the tag page build'],
    ]);
  });

  it('skips the line of an unknown entry type, and says where, but passes over world_state', () => {
    expect(codex.skipped).toEqual([
      {
        file: `codex/sessions/2026/05/04/rollout-2026-05-04T11-30-00-${CODEX}.jsonl`,
        line: 17,
        reason: 'unknown entry type "hologram"',
      },
    ]);
  });

  it('measures turns from the prompts and takes the differences of the cumulative token counts', () => {
    // Turns 09:31:00–09:37:00 (360 s, to its task_complete) and 09:45:00–09:50:00 (300 s): 660 s = 11 min;
    // wait 09:37→09:45 = 480 s (the task_started at 09:44:59.990 opens the second turn: no work of the first).
    // The last cumulative count is input 20,000 (15,000 of them cached), output 1,500: the differences
    // 5,000/3,000/400, 7,000/6,000/500, 0 (the repeated count), 8,000/6,000/600 add up to it.
    // Fresh input 20,000 − 15,000 = 5,000; cache reads 15,000; output 1,500 (reasoning included).
    // Summing the reports instead would give 5,400 + 12,900 + 12,900 + 21,500 = 52,700.
    expect(day(session(codex.sessions, CODEX), '2026-05-04')).toEqual({
      agentMs: 660_000,
      supervisionMs: 480_000,
      tokens: { input: 5_000, output: 1_500, cacheWrites: 0, cacheReads: 15_000 },
      turns: 2,
    });
  });
});
