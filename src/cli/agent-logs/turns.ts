/**
 * A session's turns and what each one measures. A turn starts when the
 * author sends a prompt and lasts until their next one; within it:
 *
 * - agent time: wall-clock time from the prompt to the agent's last event of
 *   the turn, plus any sub-agent run, with time that several of them share
 *   counted once (the union of the intervals);
 * - supervision: the wait before the turn, from the agent's last work of the
 *   previous turn to this prompt, capped, so a lunch break is not supervision;
 * - tokens: the usage logged during the turn.
 *
 * Work logged before a session's first prompt (a log that begins mid-turn)
 * forms a turn that starts with it.
 */
import type { Instant, Interval, SessionActivity } from './activity.ts';
import { addTokens, NO_TOKENS, type TokenCounts } from '../../lib/schema/token-counts.ts';

export interface Turn {
  start: Instant;
  /** The last moment the agent worked in the turn; the start when it did nothing. */
  end: Instant;
  agentMs: number;
  /** The capped wait for the author before the turn (0 for a session's first turn). */
  supervisionMs: number;
  tokens: TokenCounts;
}

function earliest(times: Iterable<Instant>): Instant | undefined {
  let found: Instant | undefined;
  for (const time of times) if (found === undefined || time < found) found = time;
  return found;
}

/** Overlapping or touching intervals merged, in order. */
function union(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((interval) => interval.end > interval.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/** Index of the last start at or before `time` (starts sorted, time at or after the first). */
function windowOf(starts: readonly Instant[], time: Instant): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((starts[middle] as number) <= time) low = middle;
    else high = middle - 1;
  }
  return low;
}

export function measureTurns(session: SessionActivity, supervisionCapMs: number): Turn[] {
  const prompts = [...new Set(session.prompts)].sort((a, b) => a - b);
  const first = earliest([...session.work, ...session.runs.map((run) => run.start), ...session.usage.map((use) => use.at)]);
  const starts = first !== undefined && (prompts[0] === undefined || first < prompts[0]) ? [first, ...prompts] : prompts;
  if (starts.length === 0) return [];

  // The main thread works from each prompt to its last event before the next prompt.
  const lastWork = starts.map((start) => start);
  for (const time of session.work) {
    const index = windowOf(starts, time);
    lastWork[index] = Math.max(lastWork[index] as number, time);
  }
  const busy = union([...starts.map((start, index) => ({ start, end: lastWork[index] as number })), ...session.runs]);

  const turns: Turn[] = [];
  let piece = 0;
  starts.forEach((start, index) => {
    const next = starts[index + 1] ?? Infinity;
    let agentMs = 0;
    let end = start;
    while (piece < busy.length && (busy[piece] as Interval).end <= start) piece++;
    for (let scan = piece; scan < busy.length && (busy[scan] as Interval).start < next; scan++) {
      const { start: from, end: to } = busy[scan] as Interval;
      const clipped = { start: Math.max(from, start), end: Math.min(to, next) };
      agentMs += clipped.end - clipped.start;
      end = Math.max(end, clipped.end);
    }
    const previous = turns.at(-1);
    const wait = previous ? start - previous.end : 0;
    turns.push({ start, end, agentMs, supervisionMs: Math.min(Math.max(wait, 0), supervisionCapMs), tokens: NO_TOKENS });
  });
  for (const use of session.usage) {
    const turn = turns[windowOf(starts, use.at)] as Turn;
    turn.tokens = addTokens(turn.tokens, use.tokens);
  }
  return turns;
}
