/**
 * Which day a turn belongs to: the date its prompt falls on in the site's
 * time zone. The logs' timestamps are UTC instants, so a turn prompted at
 * 23:50 in Berlin is that day's even if it is already the next day in UTC,
 * or the agent works past midnight; the wait before a turn belongs with it.
 */
import { dateFormatter, todayIn } from '../../lib/dates.ts';
import type { Instant } from './activity.ts';
import { addTokens, NO_TOKENS, type TokenCounts } from '../../lib/schema/token-counts.ts';
import type { Turn } from './turns.ts';

/** YYYY-MM-DD of `instant` in `timeZone`. */
export function localDate(instant: Instant, timeZone: string): string {
  return todayIn(timeZone, new Date(instant));
}

/** "09:05" in `timeZone`, for the session table. */
export function localClock(instant: Instant, timeZone: string): string {
  return dateFormatter('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}

/** A session's turns of one day, added up. */
export interface SessionDay {
  /** The first turn's prompt and the agent's last work of the day's last turn. */
  start: Instant;
  end: Instant;
  turns: number;
  agentMs: number;
  supervisionMs: number;
  tokens: TokenCounts;
}

/** The turns that belong to `date`, added up; undefined when none does. */
export function sessionDay(turns: readonly Turn[], date: string, timeZone: string): SessionDay | undefined {
  const ofDay = turns.filter((turn) => localDate(turn.start, timeZone) === date);
  const [first] = ofDay;
  if (first === undefined) return undefined;
  return ofDay.reduce<SessionDay>(
    (day, turn) => ({
      start: day.start,
      end: Math.max(day.end, turn.end),
      turns: day.turns + 1,
      agentMs: day.agentMs + turn.agentMs,
      supervisionMs: day.supervisionMs + turn.supervisionMs,
      tokens: addTokens(day.tokens, turn.tokens),
    }),
    { start: first.start, end: first.start, turns: 0, agentMs: 0, supervisionMs: 0, tokens: NO_TOKENS },
  );
}
